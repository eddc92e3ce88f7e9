package io.github.newsmodel.json;

import org.jspecify.annotations.Nullable;

/**
 * The input is not well-formed JSON (or not valid UTF-8), so reading stopped.
 *
 * <p>See {@link io.github.newsmodel.json.NewsJson} for an example of reading.
 */
public class NewsJsonSyntaxException extends NewsJsonException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was found where, and what was expected
   * @param pointer the JSON Pointer of the value being read
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param cause the parser's exception, or null
   */
  public NewsJsonSyntaxException(
      String message, String pointer, int line, int column, @Nullable Throwable cause) {
    super(message, pointer, line, column, cause);
  }
}
