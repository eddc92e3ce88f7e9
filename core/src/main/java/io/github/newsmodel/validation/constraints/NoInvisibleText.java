package io.github.newsmodel.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.internal.NoInvisibleTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Flags zero-width characters (U+200B to U+200D, U+2060, U+FEFF) in the annotated {@code
 * CharSequence}; code {@code text.invisible}.
 *
 * <p><b>How the warning is emitted.</b> The Bean Validation specification requires the {@code
 * payload} element to default to an empty array, so a constraint cannot carry {@link Warning} by
 * default. Instead the validator attaches the configured {@link #severity()} as a Hibernate
 * Validator <em>dynamic payload</em>, which {@link io.github.newsmodel.validation.NewsValidator}
 * reads when it builds the {@link io.github.newsmodel.validation.Problem}. Keeping this check apart
 * from {@link CleanText} lets one field report an error ({@code text.control}) and a warning
 * ({@code text.invisible}) at the same time. {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // exported to Hibernate Validator only, which instantiates them
@Constraint(validatedBy = NoInvisibleTextValidator.class)
public @interface NoInvisibleText {

  /**
   * Message template; the default resolves from the newsmodel message bundle.
   *
   * @return the message template
   */
  String message() default "{newsmodel.text.invisible}";

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

  /**
   * Severity of the reported problem; {@link Severity#WARNING} by default because zero-width
   * joiners are legitimate in emoji sequences and some scripts. A {@link Warning} payload also
   * yields a warning.
   *
   * @return the severity to report
   */
  Severity severity() default Severity.WARNING;
}
