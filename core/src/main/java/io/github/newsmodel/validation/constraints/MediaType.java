package io.github.newsmodel.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.newsmodel.validation.internal.MediaTypeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} must be a media type: RFC 6838 {@code type/subtype} followed
 * by optional RFC 9110 parameters, e.g. {@code image/jpeg}, {@code video/mp4; codecs="avc1.42E01E"}
 * or {@code application/vnd.iptc.ninjs+json}; code {@code media.type}.
 *
 * <p>Strict: no surrounding whitespace, no empty parameters, no non-ASCII characters, type and
 * subtype names of at most 127 characters. Names are not checked against the IANA registry. {@code
 * null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // exported to Hibernate Validator only, which instantiates them
@Constraint(validatedBy = MediaTypeValidator.class)
public @interface MediaType {

  /**
   * Message template; the default resolves from the newsmodel message bundle.
   *
   * @return the message template
   */
  String message() default "{newsmodel.media.type}";

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
