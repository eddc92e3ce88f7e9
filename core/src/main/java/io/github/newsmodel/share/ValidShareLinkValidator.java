package io.github.newsmodel.share;

import io.github.newsmodel.validation.internal.PlainUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The validator of {@link ValidShareLink}: reports {@code share.url} for hostile or broken URLs and
 * {@code share.host} for URLs that do not belong to the link's platform, both on the property
 * {@code url}. A {@code null} link is valid.
 */
public final class ValidShareLinkValidator
    implements ConstraintValidator<ValidShareLink, ShareLink> {

  static final String URL_TEMPLATE = "{newsmodel.share.url}";
  static final String HOST_TEMPLATE = "{newsmodel.share.host}";

  /** Creates the validator; called by the Bean Validation provider. */
  public ValidShareLinkValidator() {}

  /**
   * Checks the link.
   *
   * @param link the link, or {@code null}
   * @param context the validation context
   * @return {@code true} if the link is {@code null} or its URL is safe and fits its platform
   */
  @Override
  public boolean isValid(@Nullable ShareLink link, ConstraintValidatorContext context) {
    if (link == null) {
      return true;
    }
    String problem = problem(link);
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(problem)
        .addPropertyNode("url")
        .addConstraintViolation();
    return false;
  }

  /**
   * Tells whether the constraint accepts a link, without a validation context (for newsmodel's own
   * fast path of {@code NewsValidator}).
   *
   * @param link the link
   * @return {@code true} if {@link #isValid} would accept it
   */
  public static boolean accepts(ShareLink link) {
    return problem(link) == null;
  }

  /** Returns the message template of the link's problem, or {@code null} if it has none. */
  static @Nullable String problem(ShareLink link) {
    String url = link.url();
    if (url.isEmpty()) {
      return URL_TEMPLATE;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > 0x20 && c < 0x7F) {
        continue; // visible ASCII
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        return URL_TEMPLATE;
      }
    }
    SharePlatform platform = link.platform();
    String plainHost = PlainUrl.httpHost(url);
    if (plainHost != null) {
      // what java.net.URI would give for this plain http(s) URL, without building one
      return hostProblem(platform, url.startsWith("https") ? "https" : "http", plainHost);
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return URL_TEMPLATE;
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return URL_TEMPLATE;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    boolean web = lower.equals("http") || lower.equals("https");
    if (!web && !lower.equals(platform.scheme())) {
      return URL_TEMPLATE;
    }
    String authority = uri.getRawAuthority();
    if (uri.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
      return URL_TEMPLATE;
    }
    String host = uri.getHost();
    return hostProblem(platform, lower, host == null ? null : host.toLowerCase(Locale.ROOT));
  }

  /** Checks the scheme (lower case) and host (lower case, null if none) against the platform. */
  private static @Nullable String hostProblem(
      SharePlatform platform, String scheme, @Nullable String host) {
    if (!platform.matchesScheme(scheme)) {
      return HOST_TEMPLATE;
    }
    if (platform.isWeb() || !platform.hosts().isEmpty()) {
      if (host == null || !platform.hosts().contains(host)) {
        return HOST_TEMPLATE;
      }
    }
    return null;
  }
}
