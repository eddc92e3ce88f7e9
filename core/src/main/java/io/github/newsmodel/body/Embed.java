package io.github.newsmodel.body;

import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Third-party content shown in the body (a post, a video player, a map), by URL: never raw HTML.
 *
 * <pre>{@code
 * Embed.of("https://t.me/mfa_kz/1234", "telegram");
 * }</pre>
 *
 * @param url the embedded content's URL
 * @param provider the provider, such as {@code telegram} or {@code youtube}, or null
 * @param title a title for accessibility, or null
 */
public record Embed(
    @HttpUrl String url, @Nullable String provider, @CleanText @Nullable String title)
    implements Block {

  /**
   * Checks the URL is present.
   *
   * @param url the URL
   * @param provider the provider, or null
   * @param title the title, or null
   */
  public Embed {
    Checks.required(url, "url");
  }

  /**
   * Returns an embed without title.
   *
   * @param url the URL
   * @param provider the provider, or null
   * @return the embed
   */
  public static Embed of(String url, @Nullable String provider) {
    return new Embed(url, provider, null);
  }

  @Override
  public String plainText() {
    return "";
  }
}
