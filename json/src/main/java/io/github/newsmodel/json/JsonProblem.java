package io.github.newsmodel.json;

import io.github.newsmodel.validation.Severity;
import java.util.Objects;

/**
 * One problem found while reading or validating a JSON document.
 *
 * @param pointer where the problem is, an RFC 6901 JSON Pointer such as {@code
 *     /media/0/renditions/2/width}; {@code ""} is the whole document
 * @param code a stable machine code such as {@code type.mismatch}, {@code required} or {@code
 *     limit.depth}; see {@code docs/json-format.md} for the list
 * @param severity whether the problem makes the document invalid ({@link Severity#ERROR}) or is
 *     advice ({@link Severity#WARNING})
 * @param message a human-readable explanation naming what was found and what was expected
 * @param line the 1-based line in the document, or 0 when unknown
 * @param column the 1-based column in the document, or 0 when unknown; counted in bytes of the line
 *     when the document was read as bytes (byte arrays, streams, files) and in characters when it
 *     was read as text (strings, readers)
 */
public record JsonProblem(
    String pointer, String code, Severity severity, String message, int line, int column) {

  /**
   * Checks the components.
   *
   * @param pointer where the problem is, an RFC 6901 JSON Pointer; {@code ""} is the whole document
   * @param code a stable machine code such as {@code type.mismatch}
   * @param severity whether the problem is an error or a warning
   * @param message a human-readable explanation
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @throws NullPointerException if a text component or the severity is null
   * @throws IllegalArgumentException if the code is blank or line or column is negative
   */
  public JsonProblem {
    Objects.requireNonNull(
        pointer, "JsonProblem.pointer must not be null (use \"\" for the document)");
    Objects.requireNonNull(code, "JsonProblem.code must not be null");
    Objects.requireNonNull(severity, "JsonProblem.severity must not be null");
    Objects.requireNonNull(message, "JsonProblem.message must not be null");
    if (code.isBlank()) {
      throw new IllegalArgumentException(
          "JsonProblem.code is blank at '" + pointer + "'; expected a code like 'type.mismatch'");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "JsonProblem line/column "
              + line
              + ":"
              + column
              + " at '"
              + pointer
              + "' is negative; expected 1-based values or 0 when unknown");
    }
  }

  /**
   * Creates an error without a known location in the text.
   *
   * @param pointer the JSON Pointer
   * @param code the machine code
   * @param message the explanation
   * @return the problem
   */
  public static JsonProblem error(String pointer, String code, String message) {
    return new JsonProblem(pointer, code, Severity.ERROR, message, 0, 0);
  }

  /**
   * Returns whether this problem is an {@link Severity#ERROR}.
   *
   * @return true for errors, false for warnings
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns a copy located at another line and column.
   *
   * @param newLine the 1-based line, or 0
   * @param newColumn the 1-based column, or 0
   * @return the copy
   */
  public JsonProblem at(int newLine, int newColumn) {
    return new JsonProblem(pointer, code, severity, message, newLine, newColumn);
  }

  /**
   * Returns e.g. {@code ERROR /media/0/renditions/2/width (12:18) [range]: must be greater than 0}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "<document>" : pointer;
    String position = line > 0 ? " (" + line + ":" + column + ")" : "";
    return severity + " " + where + position + " [" + code + "]: " + message;
  }
}
