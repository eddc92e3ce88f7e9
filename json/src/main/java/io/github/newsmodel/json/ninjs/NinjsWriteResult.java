package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonProblem;
import java.util.List;
import java.util.Objects;

/**
 * A ninjs document written from an article, with what could not be written.
 *
 * <p>See {@link io.github.newsmodel.json.ninjs.Ninjs} for an example.
 *
 * @param json the ninjs document; valid against the official schema of {@code version}
 * @param version the ninjs version written
 * @param dropped one {@code ninjs.dropped} warning per value left out: its pointer is into the
 *     model (such as {@code /followLinks/0/label}) for model fields ninjs has no place for, or into
 *     the JSON that would have been written (such as {@code /eventDetails}) for values the chosen
 *     version cannot carry
 */
public record NinjsWriteResult(String json, NinjsVersion version, List<JsonProblem> dropped) {

  /**
   * Creates a write result.
   *
   * @param json the ninjs document
   * @param version the ninjs version written
   * @param dropped what was left out
   */
  public NinjsWriteResult {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(version, "version");
    dropped = List.copyOf(Objects.requireNonNull(dropped, "dropped"));
  }

  /**
   * Returns whether everything in the article was written.
   *
   * @return true when nothing was dropped
   */
  public boolean isComplete() {
    return dropped.isEmpty();
  }
}
