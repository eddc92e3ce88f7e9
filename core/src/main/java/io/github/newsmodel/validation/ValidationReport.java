package io.github.newsmodel.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Immutable outcome of validating one object graph.
 *
 * <p>Problems are ordered deterministically: by path (digit runs compare numerically, so {@code
 * media[2]} precedes {@code media[10]}), then by code, then errors before warnings, then by
 * message. There is at most one problem per (path, code) pair; when two reports of the same pair
 * disagree on severity, the error wins.
 *
 * <p>See {@link io.github.newsmodel.article.Article} for an example of validating an article and
 * reading its report.
 */
public final class ValidationReport {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path, PathOrder.INSTANCE)
          .thenComparing(Problem::code)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Problem> problems;

  private ValidationReport(List<Problem> problems) {
    this.problems = problems;
  }

  /**
   * Builds a report from problems in any order; sorts them and drops duplicate (path, code) pairs.
   *
   * @param problems the problems; neither the list nor its elements may be null
   * @return the report
   * @throws NullPointerException if the list or one of its elements is null
   */
  public static ValidationReport of(List<Problem> problems) {
    Objects.requireNonNull(problems, "ValidationReport.of: the problem list must not be null");
    List<Problem> sorted = new ArrayList<>(problems.size());
    for (int i = 0; i < problems.size(); i++) {
      sorted.add(
          Objects.requireNonNull(
              problems.get(i), "ValidationReport.of: problem at index " + i + " is null"));
    }
    if (sorted.isEmpty()) {
      return EMPTY;
    }
    sorted.sort(ORDER);
    Set<List<String>> seen = new HashSet<>();
    List<Problem> unique = new ArrayList<>(sorted.size());
    for (Problem p : sorted) {
      if (seen.add(List.of(p.path(), p.code()))) {
        unique.add(p);
      }
    }
    return new ValidationReport(List.copyOf(unique));
  }

  /**
   * Returns the report without problems.
   *
   * @return the shared empty (valid) report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns all problems in deterministic order.
   *
   * @return an unmodifiable list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the problems with severity {@link Severity#ERROR}, in report order.
   *
   * @return an unmodifiable list
   */
  public List<Problem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /**
   * Returns the problems with severity {@link Severity#WARNING}, in report order.
   *
   * @return an unmodifiable list
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
  }

  /**
   * Tells whether the validated object has no errors; warnings do not make it invalid.
   *
   * @return true when {@link #errors()} is empty
   */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }

  /**
   * Combines this report with another one, re-sorting and de-duplicating.
   *
   * @param other the other report
   * @return a report with the problems of both
   * @throws NullPointerException if {@code other} is null
   */
  public ValidationReport merge(ValidationReport other) {
    Objects.requireNonNull(other, "ValidationReport.merge: the other report must not be null");
    if (other.problems.isEmpty()) {
      return this;
    }
    if (problems.isEmpty()) {
      return other;
    }
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(other.problems);
    return of(all);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValidationReport r && problems.equals(r.problems);
  }

  @Override
  public int hashCode() {
    return problems.hashCode();
  }

  /**
   * Renders a header line followed by one line per problem.
   *
   * @return a readable multi-line description
   */
  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return "ValidationReport: valid, no problems";
    }
    StringBuilder sb =
        new StringBuilder("ValidationReport: ")
            .append(isValid() ? "valid" : "invalid")
            .append(", ")
            .append(errors().size())
            .append(" error(s), ")
            .append(warnings().size())
            .append(" warning(s)");
    for (Problem p : problems) {
      sb.append('\n').append(p);
    }
    return sb.toString();
  }
}
