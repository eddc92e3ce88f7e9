package io.github.newsmodel.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.constraints.Warning;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link NewsDateTime} should carry a UTC offset; by default a missing offset is a
 * warning (code {@code datetime.offset}), since the value is still usable but ambiguous. Null is
 * valid. Set {@link #severity()} to {@link Severity#ERROR} to make it an error.
 */
@Documented
@Constraint(validatedBy = WithOffsetValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WithOffset {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{newsmodel.datetime.offset}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload. Bean Validation requires its default to be empty, so the warning level comes from
   * {@link #severity()}; a {@link Warning} payload also makes the problem a warning.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * How serious a missing offset is.
   *
   * @return the severity, {@link Severity#WARNING} unless set
   */
  Severity severity() default Severity.WARNING;
}
