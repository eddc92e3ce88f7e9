package io.github.newsmodel.time;

import io.github.newsmodel.validation.Severity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link WithOffset}. Public for the validation provider only; not API. */
public final class WithOffsetValidator implements ConstraintValidator<WithOffset, NewsDateTime> {

  private Severity severity = Severity.WARNING;

  /** Creates the validator; called by the validation provider. */
  public WithOffsetValidator() {}

  @Override
  public void initialize(WithOffset annotation) {
    severity = annotation.severity();
  }

  @Override
  public boolean isValid(@Nullable NewsDateTime value, ConstraintValidatorContext context) {
    if (value == null || value.hasOffset()) {
      return true;
    }
    if (context instanceof HibernateConstraintValidatorContext) {
      context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(severity);
    }
    return false;
  }
}
