package io.github.newsmodel.share;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed share URL template with {@code {url}} and {@code {text}} placeholders.
 *
 * <p>Expansion substitutes the percent-encoded article URL and text. When there is no text, a query
 * parameter whose whole value is {@code {text}} is left out, a {@code {text}%20} prefix is dropped,
 * and any other {@code {text}} becomes empty. Parsing goes the other way: it finds the query
 * parameter that carries {@code {url}} (and {@code {text}}, possibly combined as {@code
 * {text}%20{url}}) so that a share URL can be recognised.
 */
final class ShareTemplate {

  static final String URL = "{url}";
  static final String TEXT = "{text}";
  private static final String COMBINED = TEXT + "%20" + URL;
  private static final String URL_TOKEN = "newsmodel-url-placeholder";
  private static final String TEXT_TOKEN = "newsmodel-text-placeholder";

  private final String template;
  private final String scheme;
  private final @Nullable String host;
  private final @Nullable String urlParam;
  private final @Nullable String textParam;
  private final boolean combined;

  private ShareTemplate(
      String template,
      String scheme,
      @Nullable String host,
      @Nullable String urlParam,
      @Nullable String textParam,
      boolean combined) {
    this.template = template;
    this.scheme = scheme;
    this.host = host;
    this.urlParam = urlParam;
    this.textParam = textParam;
    this.combined = combined;
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException if the template has no {@code {url}} placeholder or is not a
   *     valid absolute URI once placeholders are filled in
   */
  static ShareTemplate parse(String template) {
    if (!template.contains(URL)) {
      throw new IllegalArgumentException(
          "template '"
              + template
              + "' has no {url} placeholder; expected a URL template containing {url}");
    }
    URI uri;
    try {
      uri = new URI(template.replace(URL, URL_TOKEN).replace(TEXT, TEXT_TOKEN));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "template '"
              + template
              + "' is not a valid URI; expected an absolute URL with only {url} and {text} placeholders",
          e);
    }
    if (uri.getScheme() == null) {
      throw new IllegalArgumentException(
          "template '" + template + "' is relative; expected an absolute URL template");
    }
    String authority = uri.getRawAuthority();
    if (authority != null && (authority.contains(URL_TOKEN) || authority.contains(TEXT_TOKEN))) {
      throw new IllegalArgumentException(
          "template '"
              + template
              + "' has a placeholder in its host; expected {url} and {text} only in path, query or fragment");
    }
    String query = uri.isOpaque() ? queryOf(uri.getRawSchemeSpecificPart()) : uri.getRawQuery();
    String urlParam = null;
    String textParam = null;
    boolean combined = false;
    for (Map.Entry<String, String> param : params(query).entrySet()) {
      String value = param.getValue();
      if (value.contains(URL_TOKEN) && urlParam == null) {
        urlParam = param.getKey();
        combined = value.equals(TEXT_TOKEN + "%20" + URL_TOKEN);
      }
      if (value.equals(TEXT_TOKEN) && textParam == null) {
        textParam = param.getKey();
      }
    }
    String host = uri.getHost();
    return new ShareTemplate(
        template,
        uri.getScheme().toLowerCase(Locale.ROOT),
        host == null ? null : host.toLowerCase(Locale.ROOT),
        urlParam,
        textParam,
        combined);
  }

  String template() {
    return template;
  }

  /** The lower-case scheme of expanded URLs. */
  String scheme() {
    return scheme;
  }

  /** The lower-case host of expanded URLs, or {@code null} for opaque URIs such as mailto. */
  @Nullable String host() {
    return host;
  }

  boolean hasText() {
    return template.contains(TEXT);
  }

  /** Expands the template with the already normalised article URL and optional text. */
  String expand(String articleUrl, @Nullable String text) {
    String encodedUrl = PercentCodec.encode(articleUrl);
    if (text != null) {
      // Encoded values never contain braces, so the replacements cannot interfere.
      return template.replace(TEXT, PercentCodec.encode(text)).replace(URL, encodedUrl);
    }
    return withoutText().replace(URL, encodedUrl);
  }

  private String withoutText() {
    String result = template.replace(COMBINED, URL);
    int q = result.indexOf('?');
    if (q >= 0) {
      int hash = result.indexOf('#', q);
      String query = hash < 0 ? result.substring(q + 1) : result.substring(q + 1, hash);
      String tail = hash < 0 ? "" : result.substring(hash);
      List<String> kept = new ArrayList<>();
      for (String param : query.split("&", -1)) {
        if (!param.endsWith("=" + TEXT)
            || param.indexOf('=') != param.length() - TEXT.length() - 1) {
          kept.add(param);
        }
      }
      String joined = String.join("&", kept);
      result = result.substring(0, q) + (joined.isEmpty() ? "" : "?" + joined) + tail;
    }
    return result.replace(TEXT, "");
  }

  /**
   * Reads the article URL and text out of a share URL built from this template; scheme and host
   * must already have been checked by the caller.
   */
  Optional<RecognizedShare> recognize(SharePlatform platform, URI uri) {
    if (urlParam == null) {
      return Optional.empty();
    }
    String query = uri.isOpaque() ? queryOf(uri.getRawSchemeSpecificPart()) : uri.getRawQuery();
    Map<String, String> params = params(query);
    String rawUrl = params.get(urlParam);
    if (rawUrl == null) {
      return Optional.empty();
    }
    boolean plusIsSpace = !scheme.equals("mailto");
    String value = PercentCodec.decode(rawUrl, plusIsSpace);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    value = value.strip();
    if (combined) {
      int space = lastWhitespace(value);
      String target = value.substring(space + 1);
      if (!isWebUrl(target)) {
        return Optional.empty();
      }
      String text = space < 0 ? null : value.substring(0, space).strip();
      return Optional.of(new RecognizedShare(platform, target, blankToNull(text)));
    }
    String text = null;
    if (textParam != null && params.containsKey(textParam)) {
      text = PercentCodec.decode(params.get(textParam), plusIsSpace);
      if (text == null) {
        return Optional.empty();
      }
    }
    return Optional.of(new RecognizedShare(platform, value, blankToNull(text)));
  }

  private static @Nullable String queryOf(@Nullable String schemeSpecificPart) {
    if (schemeSpecificPart == null) {
      return null;
    }
    int q = schemeSpecificPart.indexOf('?');
    return q < 0 ? null : schemeSpecificPart.substring(q + 1);
  }

  private static Map<String, String> params(@Nullable String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static int lastWhitespace(String value) {
    for (int i = value.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWebUrl(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
