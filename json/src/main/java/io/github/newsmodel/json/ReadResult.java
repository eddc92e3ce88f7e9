package io.github.newsmodel.json;

import io.github.newsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What reading a JSON document produced: the value, when its required structure was present, and
 * every problem found, in document order.
 *
 * <p>A value may be present together with errors (for example a URL that is not http); {@link
 * #isValid()} tells whether it can be used as is.
 *
 * @param <T> the type read, such as {@code Article}
 */
public final class ReadResult<T> {

  private final @Nullable T value;
  private final List<JsonProblem> problems;

  private ReadResult(@Nullable T value, List<JsonProblem> problems) {
    this.value = value;
    this.problems = problems;
  }

  /**
   * Creates a result.
   *
   * @param value the value read, or null when the document did not hold one
   * @param problems the problems, in document order
   * @param <T> the type read
   * @return the result
   * @throws NullPointerException if {@code problems} is or holds null
   */
  public static <T> ReadResult<T> of(@Nullable T value, List<JsonProblem> problems) {
    Objects.requireNonNull(problems, "ReadResult.of: problems must not be null");
    return new ReadResult<>(value, List.copyOf(problems));
  }

  /**
   * Creates a result without a value.
   *
   * @param problems the problems explaining why there is no value
   * @param <T> the type that was to be read
   * @return the result
   */
  public static <T> ReadResult<T> failed(List<JsonProblem> problems) {
    return of(null, problems);
  }

  /**
   * Returns the value read, empty when the document's required structure was missing or broken.
   *
   * @return the value, or empty
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns every problem, errors and warnings, in document order.
   *
   * @return the problems, unmodifiable, possibly empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the problems of severity {@link Severity#ERROR}.
   *
   * @return the errors, unmodifiable, possibly empty
   */
  public List<JsonProblem> errors() {
    return filter(Severity.ERROR);
  }

  /**
   * Returns the problems of severity {@link Severity#WARNING}.
   *
   * @return the warnings, unmodifiable, possibly empty
   */
  public List<JsonProblem> warnings() {
    return filter(Severity.WARNING);
  }

  /**
   * Returns whether a value is present and no problem is an error.
   *
   * @return true when the value can be used as is
   */
  public boolean isValid() {
    if (value == null) {
      return false;
    }
    for (JsonProblem problem : problems) {
      if (problem.isError()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the value when {@link #isValid()}, or throws.
   *
   * @return the value
   * @throws NewsJsonValidationException holding every problem, when the result is not valid
   */
  public T orElseThrow() {
    if (value == null || !isValid()) {
      throw new NewsJsonValidationException(problems);
    }
    return value;
  }

  private List<JsonProblem> filter(Severity severity) {
    List<JsonProblem> selected = new ArrayList<>();
    for (JsonProblem problem : problems) {
      if (problem.severity() == severity) {
        selected.add(problem);
      }
    }
    return List.copyOf(selected);
  }

  /**
   * Compares the value and the problems.
   *
   * @param other the other object
   * @return whether both hold equal values and problems
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadResult<?> that
        && Objects.equals(value, that.value)
        && problems.equals(that.problems);
  }

  /**
   * Hashes the value and the problems.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(value, problems);
  }

  /**
   * Describes the result: valid or not and its problems.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("ReadResult{")
            .append(value == null ? "no value" : isValid() ? "valid" : "invalid")
            .append(", ")
            .append(problems.size())
            .append(" problem(s)");
    for (JsonProblem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.append('}').toString();
  }
}
