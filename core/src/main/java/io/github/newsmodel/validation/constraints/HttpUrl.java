package io.github.newsmodel.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.newsmodel.validation.internal.HttpUrlUriValidator;
import io.github.newsmodel.validation.internal.HttpUrlValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} or {@link java.net.URI} must be a safe absolute {@code http}
 * or {@code https} URL.
 *
 * <p>Checks, in this order, each with its own code (only the first failing check is reported):
 *
 * <ol>
 *   <li>{@code url.length}: longer than 8,192 characters;
 *   <li>{@code url.whitespace}: any whitespace (space, tab, CR, LF, no-break space, ...) anywhere,
 *       including leading and trailing, so {@code " javascript:"} and {@code "java\tscript:"} fail;
 *   <li>{@code url.control}: C0/C1 control characters (U+0000 to U+001F, U+007F to U+009F) or
 *       invisible format characters (bidi controls, zero-width characters);
 *   <li>{@code url.syntax}: backslashes, empty input;
 *   <li>{@code url.scheme}: relative or protocol-relative ({@code //host}) URLs and any scheme
 *       other than http/https (letter case ignored), e.g. {@code javascript:}, {@code data:},
 *       {@code file:}, {@code vbscript:}, {@code ftp:}; {@code mailto:} unless {@link
 *       #allowMailto()};
 *   <li>{@code url.userinfo}: a user-info part ({@code https://user:pass@host}, {@code
 *       https://good.com@evil.com});
 *   <li>{@code url.host}: missing or malformed host; internationalized hosts are converted with
 *       {@link java.net.IDN#toASCII(String)} first and are accepted;
 *   <li>{@code url.syntax}: invalid port, or not parseable by {@link java.net.URI} after non-ASCII
 *       characters of path, query and fragment have been percent-encoded as UTF-8;
 *   <li>{@code url.mailto}: (only with {@link #allowMailto()}) a {@code mailto:} link without a
 *       well-formed address.
 * </ol>
 *
 * <p><b>Homographs</b> are not errors, but a host label that mixes scripts as look-alike domains
 * do, such as {@code https://аpple.com} with a Cyrillic "а" (also in punycode, {@code
 * xn--pple-43d.com}), is reported as the <em>warning</em> {@code url.homograph} (a Hibernate
 * Validator dynamic payload, like {@link NoInvisibleText}), only when no error was found. Labels in
 * one script ({@code https://пример.рф}) and the Latin/Han/Kana/Hangul/Bopomofo mixes of Japanese,
 * Chinese and Korean names are not reported. Render the host in its ASCII (punycode) form where
 * trust matters.
 *
 * <p>{@code null} is valid. Because each violation carries its specific code, a custom {@link
 * #message()} is not used for the violations of this constraint.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // exported to Hibernate Validator only, which instantiates them
@Constraint(validatedBy = {HttpUrlValidator.class, HttpUrlUriValidator.class})
public @interface HttpUrl {

  /**
   * Message template; the default resolves from the newsmodel message bundle.
   *
   * @return the message template
   */
  String message() default "{newsmodel.url.syntax}";

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
   * Whether RFC 6068 {@code mailto:} links with at least one address are also accepted, e.g. for
   * links inside body text.
   *
   * @return true to accept {@code mailto:} links
   */
  boolean allowMailto() default false;
}
