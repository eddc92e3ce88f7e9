package io.github.newsmodel.validation;

import java.util.Objects;

/**
 * One validation fault found in an object graph.
 *
 * <p>See {@link io.github.newsmodel.article.Article} for an example of validating an article and
 * printing its problems.
 *
 * @param path Bean Validation property path rendered like {@code media[0].renditions[2].width},
 *     {@code keywords[3]} or {@code extensions[key]}; the empty string denotes the root object
 * @param code stable machine-readable code such as {@code url.scheme} or {@code range}; never blank
 * @param severity whether the fault is an error or only a warning
 * @param message human-readable, localized and interpolated message
 */
public record Problem(String path, String code, Severity severity, String message) {

  /**
   * Checks the components.
   *
   * @param path the rendered property path, {@code ""} for the root object
   * @param code the machine-readable code
   * @param severity the severity
   * @param message the localized message
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code code} is blank
   */
  public Problem {
    Objects.requireNonNull(path, "Problem.path must not be null (use \"\" for the root object)");
    Objects.requireNonNull(code, "Problem.code must not be null");
    Objects.requireNonNull(severity, "Problem.severity must not be null");
    Objects.requireNonNull(message, "Problem.message must not be null");
    if (code.isBlank()) {
      throw new IllegalArgumentException(
          "Problem.code must be a non-blank machine code like 'url.scheme', but was '"
              + code
              + "' (path '"
              + path
              + "')");
    }
  }

  /**
   * Tells whether this problem is an {@link Severity#ERROR}.
   *
   * @return true for errors, false for warnings
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Renders the problem on one line, e.g. {@code ERROR media[0].width [range]: must be ...}.
   *
   * @return a readable one-line description
   */
  @Override
  public String toString() {
    return severity + " " + (path.isEmpty() ? "<root>" : path) + " [" + code + "]: " + message;
  }
}
