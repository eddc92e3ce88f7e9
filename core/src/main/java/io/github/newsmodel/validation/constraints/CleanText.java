package io.github.newsmodel.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.newsmodel.validation.internal.CleanTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} must not contain characters that corrupt or disguise text.
 *
 * <ul>
 *   <li>{@code text.control}: C0/C1 control characters (U+0000 to U+001F, U+007F to U+009F) except
 *       tab; LF and CR only when {@link #multiline()} is true;
 *   <li>{@code text.bidi}: bidi embedding, override and isolate characters (U+202A to U+202E,
 *       U+2066 to U+2069), which can reorder how text is displayed. The marks U+200E, U+200F and
 *       U+061C are allowed: they are legitimately used in Arabic and Hebrew text.
 * </ul>
 *
 * <p>Both codes are reported when both faults occur. This constraint only reports errors; to be
 * warned about zero-width characters as well, add {@link NoInvisibleText}. {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // exported to Hibernate Validator only, which instantiates them
@Constraint(validatedBy = CleanTextValidator.class)
public @interface CleanText {

  /**
   * Message template; the default resolves from the newsmodel message bundle.
   *
   * @return the message template
   */
  String message() default "{newsmodel.text.control}";

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
   * Whether line feed and carriage return are allowed (body text); when false (the default, for
   * titles, names and other single-line values) they are reported as {@code text.control}.
   *
   * @return true to accept LF and CR
   */
  boolean multiline() default false;
}
