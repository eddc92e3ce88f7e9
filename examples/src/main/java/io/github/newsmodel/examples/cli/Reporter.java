package io.github.newsmodel.examples.cli;

import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.validation.Severity;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Prints what {@code validate} found, one document (or NDJSON record) at a time, on standard
 * output.
 *
 * <p>Text form: one problem per line, {@code file:line:column: pointer: message}; a warning's
 * message starts with {@code warning: }; unknown line and column are left out ({@code file:
 * pointer: message}, or {@code file:line: pointer: message} when only the line is known); the
 * pointer of the whole document is {@code <document>}; a valid document without warnings prints
 * nothing.
 *
 * <p>JSON form: one object per document per line, {@code {"file": …, "record": …, "valid": …,
 * "problems": [{"pointer", "code", "severity", "message", "line", "column"}]}}, with {@code record}
 * the 1-based NDJSON record number or null, {@code severity} {@code error} or {@code warning}, and
 * {@code line}/{@code column} null when unknown.
 */
abstract class Reporter {

  final PrintStream out;

  Reporter(PrintStream out) {
    this.out = out;
  }

  /**
   * Creates the reporter of a form.
   *
   * @param form text or JSON
   * @param out standard output
   * @return the reporter
   */
  static Reporter of(Arguments.Report form, PrintStream out) {
    return form == Arguments.Report.JSON ? new Json(out) : new Text(out);
  }

  /**
   * Reports one document.
   *
   * @param file the file name as given, {@code -} for standard input
   * @param record the 1-based record number, or null outside NDJSON
   * @param valid whether the document is valid
   * @param problems its problems, in document order
   */
  abstract void document(
      String file, @Nullable Long record, boolean valid, List<JsonProblem> problems);

  /** One problem per line. */
  static final class Text extends Reporter {

    Text(PrintStream out) {
      super(out);
    }

    @Override
    void document(String file, @Nullable Long record, boolean valid, List<JsonProblem> problems) {
      StringBuilder lines = new StringBuilder();
      for (JsonProblem problem : problems) {
        lines.append(oneLine(file));
        if (problem.line() > 0) {
          lines.append(':').append(problem.line());
          if (problem.column() > 0) {
            lines.append(':').append(problem.column());
          }
        }
        lines
            .append(": ")
            .append(problem.pointer().isEmpty() ? "<document>" : oneLine(problem.pointer()))
            .append(": ");
        if (problem.severity() == Severity.WARNING) {
          lines.append("warning: ");
        }
        lines.append(oneLine(problem.message())).append('\n');
      }
      out.print(lines);
    }

    /** Keeps a problem on one line whatever its text holds. */
    private static String oneLine(String text) {
      StringBuilder clean = null;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
          if (clean == null) {
            clean = new StringBuilder(text.length()).append(text, 0, i);
          }
          clean.append(' ');
        } else if (clean != null) {
          clean.append(c);
        }
      }
      return clean == null ? text : clean.toString();
    }
  }

  /** One JSON object per line. */
  static final class Json extends Reporter {

    Json(PrintStream out) {
      super(out);
    }

    @Override
    void document(String file, @Nullable Long record, boolean valid, List<JsonProblem> problems) {
      StringBuilder json = new StringBuilder(128 + problems.size() * 160);
      json.append("{\"file\":");
      JsonText.appendQuoted(json, file);
      json.append(",\"record\":")
          .append(record == null ? "null" : record.toString())
          .append(",\"valid\":")
          .append(valid)
          .append(",\"problems\":[");
      for (int i = 0; i < problems.size(); i++) {
        JsonProblem problem = problems.get(i);
        if (i > 0) {
          json.append(',');
        }
        json.append("{\"pointer\":");
        JsonText.appendQuoted(json, problem.pointer());
        json.append(",\"code\":");
        JsonText.appendQuoted(json, problem.code());
        json.append(",\"severity\":\"")
            .append(problem.severity().name().toLowerCase(Locale.ROOT))
            .append("\",\"message\":");
        JsonText.appendQuoted(json, problem.message());
        json.append(",\"line\":")
            .append(problem.line() > 0 ? problem.line() : "null")
            .append(",\"column\":")
            .append(problem.column() > 0 ? problem.column() : "null")
            .append('}');
      }
      json.append("]}\n");
      out.print(json);
    }
  }
}
