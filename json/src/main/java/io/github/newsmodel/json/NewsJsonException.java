package io.github.newsmodel.json;

import org.jspecify.annotations.Nullable;

/**
 * Reading or writing newsmodel JSON failed. The subtypes tell why: {@link NewsJsonSyntaxException},
 * {@link NewsJsonLimitException}, {@link NewsJsonIoException}, {@link NewsJsonValidationException}.
 */
public class NewsJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the place the problem was found, {@code ""} for the document. */
  private final String pointer;

  /** The 1-based line of the problem, 0 when unknown. */
  private final int line;

  /** The 1-based column of the problem, 0 when unknown. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, where, and what was expected
   * @param pointer the JSON Pointer of the place, {@code ""} for the document
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param cause the underlying exception, or null
   */
  protected NewsJsonException(
      String message, String pointer, int line, int column, @Nullable Throwable cause) {
    super(message, cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the JSON Pointer of the place the problem was found.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }
}
