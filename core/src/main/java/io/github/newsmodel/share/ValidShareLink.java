package io.github.newsmodel.share;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that a {@link ShareLink}'s URL is safe and belongs to its platform.
 *
 * <p>A violation has the property path {@code url} and one of two message templates:
 *
 * <ul>
 *   <li>{@code {newsmodel.share.url}} (code {@code share.url}) when the URL is hostile or broken:
 *       it contains whitespace or control characters, cannot be parsed, has no scheme, has
 *       userinfo, or has a scheme other than {@code http}, {@code https} or the platform's own
 *       (such as {@code viber} or {@code mailto});
 *   <li>{@code {newsmodel.share.host}} (code {@code share.host}) when scheme or host do not match
 *       the platform: {@code mailto:} for e-mail, {@code viber://forward} for Viber, and an {@code
 *       http} or {@code https} URL with a host in {@link SharePlatform#hosts()} otherwise (for a
 *       custom platform, the host of its template or an added host).
 * </ul>
 *
 * <pre>{@code
 * validator.validate(ShareLink.ofUrl(SharePlatform.TELEGRAM, "https://evil.example/share"));
 * // one violation: path "url", template "{newsmodel.share.host}"
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValidShareLinkValidator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidShareLink {

  /**
   * The message template used when the default violation is reported; the validator replaces it
   * with {@code {newsmodel.share.host}} or {@code {newsmodel.share.url}}.
   *
   * @return the message template
   */
  String message() default "{newsmodel.share.host}";

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
