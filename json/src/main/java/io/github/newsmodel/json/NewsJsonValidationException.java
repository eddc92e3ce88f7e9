package io.github.newsmodel.json;

import java.util.List;

/**
 * The document was read but has errors (wrong types, missing required values, failed constraints);
 * {@link #problems()} lists all of them.
 */
public class NewsJsonValidationException extends NewsJsonException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN_IN_MESSAGE = 5;

  /** Every problem found, in document order. */
  private final List<JsonProblem> problems;

  /**
   * Creates an exception located at the first error.
   *
   * @param problems every problem found, in document order
   */
  public NewsJsonValidationException(List<JsonProblem> problems) {
    this(List.copyOf(problems), first(List.copyOf(problems)));
  }

  private NewsJsonValidationException(List<JsonProblem> problems, JsonProblem first) {
    super(describe(problems), first.pointer(), first.line(), first.column(), null);
    this.problems = problems;
  }

  /**
   * Returns every problem found, errors and warnings, in document order.
   *
   * @return the problems, unmodifiable
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static JsonProblem first(List<JsonProblem> problems) {
    for (JsonProblem problem : problems) {
      if (problem.isError()) {
        return problem;
      }
    }
    return problems.isEmpty()
        ? JsonProblem.error("", "value.missing", "the document holds no value")
        : problems.get(0);
  }

  private static String describe(List<JsonProblem> problems) {
    long errors = problems.stream().filter(JsonProblem::isError).count();
    StringBuilder text =
        new StringBuilder("JSON document is invalid: ")
            .append(errors)
            .append(" error(s), ")
            .append(problems.size() - errors)
            .append(" warning(s)");
    for (int i = 0; i < problems.size() && i < SHOWN_IN_MESSAGE; i++) {
      text.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > SHOWN_IN_MESSAGE) {
      text.append("\n  … and ").append(problems.size() - SHOWN_IN_MESSAGE).append(" more");
    }
    return text.toString();
  }
}
