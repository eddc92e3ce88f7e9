package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJsonException;
import java.util.List;

/**
 * Thrown by a strict {@link Ninjs} when an article cannot be written in the chosen ninjs version
 * without leaving something out.
 */
public class NinjsException extends NewsJsonException {

  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param message what happened
   * @param problems what would have been dropped, at least one
   */
  public NinjsException(String message, List<JsonProblem> problems) {
    super(
        message + describe(problems),
        problems.isEmpty() ? "" : problems.get(0).pointer(),
        0,
        0,
        null);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns what would have been dropped.
   *
   * @return the problems, in document order
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String describe(List<JsonProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < problems.size() && i < 5; i++) {
      text.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > 5) {
      text.append("\n  … and ").append(problems.size() - 5).append(" more");
    }
    return text.toString();
  }
}
