package io.github.newsmodel.share;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a share URL shares: the platform, the article URL and the optional text, as returned by
 * {@link SharePlatform#recognize(java.net.URI)} and {@link ShareLink#recognize()}.
 *
 * <pre>{@code
 * RecognizedShare share = SharePlatform.recognize(URI.create(
 *         "https://vk.com/share.php?url=https%3A%2F%2Fexample.kz&title=%D0%9C%D0%B8%D1%80")).orElseThrow();
 * share.platform();  // SharePlatform.VK
 * share.targetUrl(); // https://example.kz
 * share.text();      // Мир
 * }</pre>
 *
 * @param platform the platform the share URL belongs to
 * @param targetUrl the shared URL, decoded
 * @param text the shared text, decoded, or {@code null} if there is none
 */
public record RecognizedShare(SharePlatform platform, String targetUrl, @Nullable String text) {

  /**
   * Creates a recognised share.
   *
   * @param platform the platform the share URL belongs to
   * @param targetUrl the shared URL, decoded
   * @param text the shared text, decoded, or {@code null}
   * @throws NullPointerException if {@code platform} or {@code targetUrl} is {@code null}
   */
  public RecognizedShare {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(targetUrl, "targetUrl must not be null");
  }
}
