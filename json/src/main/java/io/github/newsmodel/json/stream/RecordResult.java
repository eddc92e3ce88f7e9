package io.github.newsmodel.json.stream;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.util.Objects;

/**
 * One record of a feed.
 *
 * <p>See {@link io.github.newsmodel.json.stream.ArticleReader} for an example.
 *
 * @param record the 1-based index of the record in the feed
 * @param line the 1-based line where the record starts
 * @param result the article read and every problem of this record; problem lines are lines of the
 *     feed
 */
public record RecordResult(int record, int line, ReadResult<Article> result) {

  /**
   * Checks the components.
   *
   * @param record the 1-based index of the record in the feed
   * @param line the 1-based line where the record starts
   * @param result the article read and every problem of this record
   * @throws NullPointerException if {@code result} is null
   * @throws IllegalArgumentException if {@code record} or {@code line} is not positive
   */
  public RecordResult {
    Objects.requireNonNull(result, "RecordResult.result must not be null");
    if (record < 1 || line < 1) {
      throw new IllegalArgumentException(
          "RecordResult record "
              + record
              + " at line "
              + line
              + " is not positive; expected 1-based values");
    }
  }
}
