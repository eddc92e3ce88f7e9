package io.github.newsmodel.time;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link WithOffset}. Public for the validation provider only; not API. */
public final class WithOffsetValidator implements ConstraintValidator<WithOffset, NewsDateTime> {

  /** Creates the validator; called by the validation provider. */
  public WithOffsetValidator() {}

  @Override
  public boolean isValid(@Nullable NewsDateTime value, ConstraintValidatorContext context) {
    return value == null || value.hasOffset();
  }
}
