package io.github.newsmodel.article;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An article's dates must be in order: {@code modified} not before {@code firstPublished}. The
 * problem is reported on {@code modified} with code {@code dates.order}.
 *
 * <p>See {@link io.github.newsmodel.article.Article} for an example of validating an article.
 */
@Documented
@Constraint(validatedBy = ChronologicalDatesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ChronologicalDates {

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{newsmodel.dates.order}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
