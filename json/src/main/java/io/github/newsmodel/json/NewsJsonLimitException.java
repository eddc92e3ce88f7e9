package io.github.newsmodel.json;

import org.jspecify.annotations.Nullable;

/** The input exceeds one of the {@link JsonLimits}, so reading stopped before reading the rest. */
public class NewsJsonLimitException extends NewsJsonException {

  private static final long serialVersionUID = 1L;

  /** The name of the limit exceeded, as in the problem code {@code limit.<name>}. */
  private final String limit;

  /**
   * Creates an exception.
   *
   * @param limit the name of the limit exceeded: {@code depth}, {@code string}, {@code document},
   *     {@code number}, {@code array}, {@code name} or {@code problems}
   * @param message what exceeded which limit where
   * @param pointer the JSON Pointer of the value being read
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param cause the parser's exception, or null
   */
  public NewsJsonLimitException(
      String limit,
      String message,
      String pointer,
      int line,
      int column,
      @Nullable Throwable cause) {
    super(message, pointer, line, column, cause);
    this.limit = limit;
  }

  /**
   * Returns the name of the limit exceeded, as in the problem code {@code limit.<name>}.
   *
   * @return e.g. {@code depth}
   */
  public String limit() {
    return limit;
  }
}
