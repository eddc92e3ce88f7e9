package io.github.newsmodel.share;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks and normalises the article URL that a share link points to.
 *
 * <p>The URL must be an absolute {@code http} or {@code https} URL with a host and without
 * userinfo, whitespace, control characters or invisible format characters (bidi controls,
 * zero-width characters, which IDNA would otherwise silently remove from a host). The normal form
 * has a lower-case scheme and host, an internationalised host converted to punycode with {@link
 * IDN#toASCII(String)}, and every non-ASCII character of path, query and fragment percent-encoded
 * as UTF-8.
 */
final class ArticleUrls {

  private ArticleUrls() {}

  /**
   * Returns the normal ASCII form of {@code articleUrl}.
   *
   * @throws IllegalArgumentException if the URL is not an acceptable article URL
   */
  static String normalize(String articleUrl) {
    for (int i = 0; i < articleUrl.length(); i++) {
      char c = articleUrl.charAt(i);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        throw invalid(articleUrl, "a URL without whitespace, control or invisible characters");
      }
    }
    URI uri;
    try {
      uri = new URI(articleUrl);
    } catch (URISyntaxException e) {
      throw invalid(articleUrl, "a syntactically valid absolute http or https URL");
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      throw invalid(articleUrl, "an absolute http or https URL");
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(articleUrl, "an http or https URL");
    }
    if (uri.isOpaque()) {
      throw invalid(articleUrl, "an absolute http or https URL");
    }
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      throw invalid(articleUrl, "a URL with a host");
    }
    if (uri.getRawUserInfo() != null || authority.contains("@")) {
      throw invalid(articleUrl, "a URL without userinfo");
    }
    String host = uri.getHost();
    int port = uri.getPort();
    if (host == null) {
      // Registry-based authority, e.g. an internationalised host name such as пример.рф:8080
      host = authority;
      int colon = authority.lastIndexOf(':');
      if (colon >= 0) {
        host = authority.substring(0, colon);
        port = parsePort(articleUrl, authority.substring(colon + 1));
      }
      if (host.isEmpty() || host.indexOf('%') >= 0 || host.indexOf(':') >= 0) {
        throw invalid(articleUrl, "a URL with a valid host");
      }
      try {
        host = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
      } catch (IllegalArgumentException e) {
        throw invalid(articleUrl, "a URL with a valid internationalised host");
      }
      if (host.isEmpty()) {
        throw invalid(articleUrl, "a URL with a valid host");
      }
    }
    if (port > 65535) {
      throw invalid(articleUrl, "a URL with a port between 0 and 65535");
    }
    StringBuilder out = new StringBuilder(articleUrl.length() + 16);
    out.append(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
    if (port >= 0) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    if (path != null) {
      out.append(PercentCodec.encodeNonAscii(path));
    }
    if (uri.getRawQuery() != null) {
      out.append('?').append(PercentCodec.encodeNonAscii(uri.getRawQuery()));
    }
    if (uri.getRawFragment() != null) {
      out.append('#').append(PercentCodec.encodeNonAscii(uri.getRawFragment()));
    }
    return out.toString();
  }

  private static int parsePort(String articleUrl, String digits) {
    if (digits.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw invalid(articleUrl, "a URL with a numeric port");
      }
    }
    if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
      throw invalid(articleUrl, "a URL with a port between 0 and 65535");
    }
    return Integer.parseInt(digits);
  }

  private static IllegalArgumentException invalid(String articleUrl, String expected) {
    return new IllegalArgumentException(
        "articleUrl '" + abbreviate(articleUrl) + "' is not accepted; expected " + expected);
  }

  private static String abbreviate(String value) {
    StringBuilder safe = new StringBuilder();
    value
        .codePoints()
        .limit(200)
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                safe.append(String.format(Locale.ROOT, "\\u%04X", cp));
              } else {
                safe.appendCodePoint(cp);
              }
            });
    return value.codePointCount(0, value.length()) > 200 ? safe + "…" : safe.toString();
  }
}
