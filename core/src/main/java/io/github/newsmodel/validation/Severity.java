package io.github.newsmodel.validation;

/**
 * How serious a {@link Problem} is.
 *
 * <p>Only {@link #ERROR} makes a {@link ValidationReport} invalid; {@link #WARNING} flags content
 * that is legal but suspicious (for example invisible characters in a headline).
 */
public enum Severity {
  /** The value is invalid; the object must not be published as is. */
  ERROR,
  /** The value is accepted but probably not what the author intended. */
  WARNING
}
