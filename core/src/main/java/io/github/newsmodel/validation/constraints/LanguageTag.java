package io.github.newsmodel.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.newsmodel.validation.internal.LanguageTagValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} must be a well-formed BCP 47 language tag such as {@code en},
 * {@code ru-RU}, {@code kk-Cyrl-KZ} or {@code zh-Hant-TW}; code {@code language.tag}.
 *
 * <p>Well-formedness is checked with {@link java.util.Locale.Builder#setLanguageTag(String)}; the
 * empty string, underscores ({@code en_US}) and surrounding whitespace are rejected. Whether the
 * subtags are registered in the IANA registry is not checked. {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // exported to Hibernate Validator only, which instantiates them
@Constraint(validatedBy = LanguageTagValidator.class)
public @interface LanguageTag {

  /**
   * Message template; the default resolves from the newsmodel message bundle.
   *
   * @return the message template
   */
  String message() default "{newsmodel.language.tag}";

  /**
   * Validation groups.
   *
   * @return the groups this constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * Payload; add {@link Warning} to report violations as warnings.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
