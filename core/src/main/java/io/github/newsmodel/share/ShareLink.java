package io.github.newsmodel.share;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A share URL for one platform, e.g. the "share to Telegram" button of an article.
 *
 * <p>{@link #of(SharePlatform, String, String)} builds the platform's documented share URL; {@link
 * #ofUrl(SharePlatform, String)} (and the canonical constructor) wraps an existing URL, for
 * instance one read from a feed, without checking it: validate with {@link ValidShareLink}.
 *
 * <pre>{@code
 * ShareLink link = ShareLink.of(SharePlatform.X, "https://example.kz/news/1", "Breaking news");
 * link.url(); // https://x.com/intent/post?text=Breaking%20news&url=https%3A%2F%2Fexample.kz%2Fnews%2F1
 * }</pre>
 *
 * @param platform the platform the link shares to
 * @param url the share URL
 */
@ValidShareLink
public record ShareLink(SharePlatform platform, String url) {

  /**
   * Wraps a platform and share URL without rebuilding or checking the URL.
   *
   * @param platform the platform the link shares to
   * @param url the share URL
   * @throws NullPointerException if {@code platform} or {@code url} is {@code null}
   */
  public ShareLink {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(url, "url must not be null");
  }

  /**
   * Builds the share URL of {@code platform} for an article.
   *
   * <p>The article URL must be an absolute {@code http} or {@code https} URL without userinfo,
   * whitespace, control characters or invisible format characters (bidi controls, zero-width
   * characters). It is normalised first: scheme and host in lower case, an internationalised host
   * in punycode ({@code https://пример.рф/новости} becomes {@code
   * https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8}). The article URL and
   * the text are then percent-encoded as UTF-8 per RFC 3986 (space as {@code %20}, never {@code
   * +}), so the result is pure ASCII.
   *
   * <p>Text is stripped of leading and trailing whitespace; blank text counts as none. Text is
   * dropped for platforms that do not take it ({@link SharePlatform#supportsText()}) and shortened
   * with an ellipsis where the platform has a {@link SharePlatform#textLimit()}.
   *
   * <pre>{@code
   * ShareLink.of(SharePlatform.WHATSAPP, "https://example.kz/a", "Сәлем").url();
   * // https://wa.me/?text=%D0%A1%D3%99%D0%BB%D0%B5%D0%BC%20https%3A%2F%2Fexample.kz%2Fa
   * }</pre>
   *
   * @param platform the platform to share to
   * @param articleUrl the absolute http or https URL of the article
   * @param text the text to share with the URL, or {@code null}
   * @return the share link
   * @throws NullPointerException if {@code platform} or {@code articleUrl} is {@code null}
   * @throws IllegalArgumentException if {@code articleUrl} is not an acceptable article URL
   */
  public static ShareLink of(SharePlatform platform, String articleUrl, @Nullable String text) {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(articleUrl, "articleUrl must not be null");
    String normalized = ArticleUrls.normalize(articleUrl);
    String stripped = text == null || text.isBlank() ? null : text.strip();
    return new ShareLink(platform, platform.expand(normalized, stripped));
  }

  /**
   * Wraps an existing share URL without rebuilding or checking it; used by readers. The URL may be
   * invalid; {@link ValidShareLink} reports that.
   *
   * @param platform the platform the URL claims to share to
   * @param url the share URL as found
   * @return the share link
   * @throws NullPointerException if {@code platform} or {@code url} is {@code null}
   */
  public static ShareLink ofUrl(SharePlatform platform, String url) {
    return new ShareLink(platform, url);
  }

  /**
   * Reads the shared article URL and text back out of {@link #url()} using this link's platform
   * (custom platforms included).
   *
   * @return what is shared, or empty if the URL is not a share URL of this link's platform
   */
  public Optional<RecognizedShare> recognize() {
    try {
      return platform.recognizeOwn(new URI(url));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
