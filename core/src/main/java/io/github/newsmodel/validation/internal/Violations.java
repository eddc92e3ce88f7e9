package io.github.newsmodel.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers for constraint validators that report specific codes. Internal, not API. */
public final class Violations {

  /** Prefix of every newsmodel message key and of every template {@code {newsmodel.<code>}}. */
  public static final String KEY_PREFIX = "newsmodel.";

  private Violations() {}

  /**
   * Returns the message template for a code.
   *
   * @param code a code such as {@code url.scheme}
   * @return {@code {newsmodel.<code>}}
   */
  public static String template(String code) {
    return "{" + KEY_PREFIX + code + "}";
  }

  /**
   * Replaces the default violation with one whose template is {@code {newsmodel.<code>}}.
   *
   * @param context the validator context
   * @param code the specific code
   */
  public static void report(ConstraintValidatorContext context, String code) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template(code)).addConstraintViolation();
  }
}
