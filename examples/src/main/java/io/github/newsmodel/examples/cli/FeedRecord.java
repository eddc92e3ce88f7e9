package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.util.Objects;

/**
 * One record of a feed (an NDJSON line) and what reading it produced.
 *
 * @param index the 1-based number of the record in the feed
 * @param line the 1-based line of the feed on which the record starts
 * @param result the article and its problems; problem lines are lines of the whole feed
 */
public record FeedRecord(long index, long line, ReadResult<Article> result) {

  /**
   * Checks the components.
   *
   * @param index the 1-based number of the record in the feed
   * @param line the 1-based line of the feed on which the record starts
   * @param result the article and its problems
   * @throws IllegalArgumentException if {@code index} or {@code line} is not positive
   */
  public FeedRecord {
    Objects.requireNonNull(result, "result must not be null");
    if (index < 1 || line < 1) {
      throw new IllegalArgumentException(
          "record " + index + " at line " + line + ": expected 1-based positive numbers");
    }
  }
}
