package io.github.newsmodel.share;

import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import io.github.newsmodel.validation.constraints.LanguageTag;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A channel readers can subscribe to, such as a publication's Telegram channel, together with the
 * prompt shown next to it.
 *
 * <p>Construction only checks that the required parts are present; the URL is kept as given.
 *
 * <pre>{@code
 * FollowLink link = FollowLink.of("telegram", "https://t.me/example_news")
 *         .withLabel("Подпишитесь на наш Telegram-канал и узнавайте новости первыми!", "ru");
 * }</pre>
 *
 * @param service the service, e.g. {@code telegram} (see {@link SharePlatform#id()})
 * @param url the URL of the channel or profile
 * @param label the prompt text, or {@code null}
 * @param language the BCP 47 language tag of the label, e.g. {@code ru} or {@code kk}, or {@code
 *     null}
 */
public record FollowLink(
    @NotBlank String service,
    @HttpUrl String url,
    @CleanText @Nullable String label,
    @LanguageTag @Nullable String language) {

  /**
   * Creates a follow link.
   *
   * @param service the service, e.g. {@code telegram}
   * @param url the URL of the channel or profile
   * @param label the prompt text, or {@code null}
   * @param language the BCP 47 language tag of the label, or {@code null}
   * @throws NullPointerException if {@code service} or {@code url} is {@code null}
   */
  public FollowLink {
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(url, "url must not be null");
  }

  /**
   * Creates a follow link without label.
   *
   * @param service the service, e.g. {@code telegram}
   * @param url the URL of the channel
   * @return the follow link
   * @throws NullPointerException if {@code service} or {@code url} is {@code null}
   */
  public static FollowLink of(String service, String url) {
    return new FollowLink(service, url, null, null);
  }

  /**
   * Returns a copy with the given prompt text and its language.
   *
   * @param label the prompt text, or {@code null} to remove it
   * @param language the BCP 47 language tag of the label, or {@code null}
   * @return the new follow link
   */
  public FollowLink withLabel(@Nullable String label, @Nullable String language) {
    return new FollowLink(service, url, label, language);
  }
}
