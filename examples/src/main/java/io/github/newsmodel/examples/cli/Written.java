package io.github.newsmodel.examples.cli;

import io.github.newsmodel.json.JsonProblem;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document a {@link FormatCodec} wrote, and what it left out.
 *
 * <p>Values the format cannot carry (such as a 3.x-only property written as ninjs 2.2) are listed
 * as warnings with code {@code ninjs.dropped}; in strict mode they are errors, and then nothing is
 * written: {@link #document()} is null.
 *
 * @param document the UTF-8 bytes, pretty-printed; null when the article could not be written
 *     without losing values in strict mode
 * @param dropped one problem per value left out, in document order; errors only in strict mode
 */
public record Written(byte @Nullable [] document, List<JsonProblem> dropped) {

  /**
   * Checks the components and copies the list.
   *
   * @param document the bytes, or null when nothing was written
   * @param dropped what was left out
   * @throws IllegalArgumentException if there is no document and no error explaining why
   */
  public Written {
    dropped = List.copyOf(Objects.requireNonNull(dropped, "dropped must not be null"));
    if (document == null && dropped.stream().noneMatch(JsonProblem::isError)) {
      throw new IllegalArgumentException("no document written and no error saying why");
    }
  }

  /**
   * A complete document: nothing was left out.
   *
   * @param document the UTF-8 bytes
   * @return the result
   */
  public static Written complete(byte[] document) {
    return new Written(Objects.requireNonNull(document, "document must not be null"), List.of());
  }

  /**
   * Returns whether the document was written (nothing stopped it in strict mode).
   *
   * @return true when {@link #document()} is not null
   */
  public boolean isWritten() {
    return document != null;
  }
}
