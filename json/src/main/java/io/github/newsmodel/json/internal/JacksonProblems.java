package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.validation.Severity;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson's read errors into problems with the codes every reader shares. Not API. */
final class JacksonProblems {

  private JacksonProblems() {}

  /**
   * Returns the problem for a Jackson read error: {@code limit.*} for a crossed limit, {@code
   * property.duplicate} for a repeated key, otherwise {@code json.syntax}; with line and column.
   */
  static JsonProblem of(JacksonException e, String pointer) {
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String detail = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException constraint) {
      String limit = Limits.nameOf(constraint);
      return new JsonProblem(
          pointer,
          "limit." + limit,
          Severity.ERROR,
          "input exceeds the " + limit + " limit (" + Limits.settingOf(limit) + "): " + detail,
          line,
          column);
    }
    if (detail.toLowerCase(Locale.ROOT).startsWith("duplicate object property")) {
      return new JsonProblem(
          pointer,
          "property.duplicate",
          Severity.ERROR,
          detail + "; each property may appear once",
          line,
          column);
    }
    return new JsonProblem(
        pointer, "json.syntax", Severity.ERROR, "not well-formed JSON: " + detail, line, column);
  }
}
