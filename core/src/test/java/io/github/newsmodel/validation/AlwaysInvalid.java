package io.github.newsmodel.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Test-only class-level constraint that always fails, to exercise root paths and fallback codes.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = AlwaysInvalid.Validator.class)
@interface AlwaysInvalid {

  String message() default "always invalid";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Validator that rejects everything. */
  final class Validator implements ConstraintValidator<AlwaysInvalid, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return false;
    }
  }
}
