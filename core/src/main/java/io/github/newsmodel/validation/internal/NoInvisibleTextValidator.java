package io.github.newsmodel.validation.internal;

import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.constraints.NoInvisibleText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link NoInvisibleText} and attaches the configured {@link Severity} as a Hibernate
 * Validator dynamic payload. Internal, not API.
 */
public final class NoInvisibleTextValidator
    implements ConstraintValidator<NoInvisibleText, CharSequence> {

  private Severity severity = Severity.WARNING;

  /** Creates the validator; called by Hibernate Validator. */
  public NoInvisibleTextValidator() {}

  @Override
  public void initialize(NoInvisibleText annotation) {
    severity = annotation.severity();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (isInvisible(value.charAt(i))) {
        if (context instanceof HibernateConstraintValidatorContext) {
          context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(severity);
        }
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a character is a zero-width character.
   *
   * @param c the character
   * @return true for U+200B to U+200D, U+2060 and U+FEFF
   */
  public static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }
}
