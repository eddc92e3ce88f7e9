package io.github.newsmodel.share;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A social network, messenger or mail client that an article can be shared to.
 *
 * <p>The built-in platforms are constants of this class; further platforms can be defined with
 * {@link #custom(String, String, String, Set)} from a URL template. Each platform knows its share
 * URL template, the hosts its share URLs live on, whether it takes a text next to the article URL,
 * and a text limit where one exists.
 *
 * <p>Templates use the placeholders {@code {url}} and {@code {text}}. When a link is built without
 * text, a query parameter whose value is exactly {@code {text}} is left out, as is a {@code
 * {text}%20} prefix (for platforms where text and URL share one parameter).
 *
 * <p>Two schemes are not web URLs: {@link #VIBER} uses Viber's documented deep link {@code
 * viber://forward?text=…}, whose only "host" is the action name {@code forward}, so {@link
 * #hosts()} of Viber is {@code [forward]}; {@link #EMAIL} uses an RFC 6068 {@code mailto:} URI,
 * which has no host, so its {@link #hosts()} is empty.
 *
 * <pre>{@code
 * SharePlatform telegram = SharePlatform.byId("telegram").orElseThrow();
 * SharePlatform mastodon = SharePlatform.custom("mastodon", "Mastodon",
 *         "https://mastodon.social/share?text={text}%20{url}", Set.of());
 * }</pre>
 *
 * <p>Instances are immutable; two platforms are equal when their id and template are equal.
 */
public final class SharePlatform {

  /** Telegram: {@code https://t.me/share/url?url={url}&text={text}}. */
  public static final SharePlatform TELEGRAM =
      builtIn(
          "telegram",
          "Telegram",
          "https://t.me/share/url?url={url}&text={text}",
          -1,
          "t.me",
          "telegram.me");

  /**
   * WhatsApp: {@code https://wa.me/?text={text}%20{url}}; the text and the URL share one parameter,
   * separated by a space.
   */
  public static final SharePlatform WHATSAPP =
      builtIn(
          "whatsapp",
          "WhatsApp",
          "https://wa.me/?text={text}%20{url}",
          -1,
          "wa.me",
          "api.whatsapp.com");

  /**
   * Facebook: {@code https://www.facebook.com/sharer/sharer.php?u={url}}; Facebook ignores text.
   */
  public static final SharePlatform FACEBOOK =
      builtIn(
          "facebook",
          "Facebook",
          "https://www.facebook.com/sharer/sharer.php?u={url}",
          -1,
          "www.facebook.com",
          "facebook.com");

  /**
   * X (formerly Twitter): {@code https://x.com/intent/post?text={text}&url={url}}. A post holds 280
   * characters and a URL counts as 23 (X's t.co rule), so text longer than 256 characters is
   * shortened with an ellipsis to fit next to the URL.
   */
  public static final SharePlatform X =
      builtIn(
          "x", "X", "https://x.com/intent/post?text={text}&url={url}", 280, "x.com", "twitter.com");

  /**
   * LinkedIn: {@code https://www.linkedin.com/sharing/share-offsite/?url={url}}; LinkedIn ignores
   * text.
   */
  public static final SharePlatform LINKEDIN =
      builtIn(
          "linkedin",
          "LinkedIn",
          "https://www.linkedin.com/sharing/share-offsite/?url={url}",
          -1,
          "www.linkedin.com");

  /** VK (VKontakte): {@code https://vk.com/share.php?url={url}&title={text}}. */
  public static final SharePlatform VK =
      builtIn("vk", "VK", "https://vk.com/share.php?url={url}&title={text}", -1, "vk.com");

  /**
   * Odnoklassniki (OK): {@code https://connect.ok.ru/offer?url={url}&title={text}}; id {@code ok}.
   */
  public static final SharePlatform ODNOKLASSNIKI =
      builtIn(
          "ok",
          "Odnoklassniki",
          "https://connect.ok.ru/offer?url={url}&title={text}",
          -1,
          "connect.ok.ru");

  /** Reddit: {@code https://www.reddit.com/submit?url={url}&title={text}}. */
  public static final SharePlatform REDDIT =
      builtIn(
          "reddit",
          "Reddit",
          "https://www.reddit.com/submit?url={url}&title={text}",
          -1,
          "www.reddit.com",
          "reddit.com");

  /**
   * Viber: the deep link {@code viber://forward?text={text}%20{url}}, which opens the Viber app to
   * forward the text and the URL as one message; it only works where Viber is installed.
   */
  public static final SharePlatform VIBER =
      builtIn("viber", "Viber", "viber://forward?text={text}%20{url}", -1, "forward");

  /** E-mail: an RFC 6068 {@code mailto:?subject={text}&body={url}} URI without recipient. */
  public static final SharePlatform EMAIL =
      builtIn("email", "E-mail", "mailto:?subject={text}&body={url}", -1);

  private static final List<SharePlatform> BUILT_INS =
      List.of(TELEGRAM, WHATSAPP, FACEBOOK, X, LINKEDIN, VK, ODNOKLASSNIKI, REDDIT, VIBER, EMAIL);

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int X_URL_WEIGHT = 23;

  private final String id;
  private final String displayName;
  private final String template;
  private final Set<String> hosts;
  private final int textLimit;
  private final boolean builtIn;
  private final ShareTemplate parsed;

  private SharePlatform(
      String id,
      String displayName,
      ShareTemplate parsed,
      Set<String> hosts,
      int textLimit,
      boolean builtIn) {
    this.id = id;
    this.displayName = displayName;
    this.template = parsed.template();
    this.parsed = parsed;
    this.hosts = hosts;
    this.textLimit = textLimit;
    this.builtIn = builtIn;
  }

  private static SharePlatform builtIn(
      String id, String displayName, String template, int textLimit, String... hosts) {
    return new SharePlatform(
        id,
        displayName,
        ShareTemplate.parse(template),
        Collections.unmodifiableSet(new LinkedHashSet<>(List.of(hosts))),
        textLimit,
        true);
  }

  /**
   * Defines a platform from a share URL template.
   *
   * <p>The template must be an absolute {@code http} or {@code https} URL containing the {@code
   * {url}} placeholder and may contain {@code {text}}; the host of the template is always one of
   * the platform's {@link #hosts()}, {@code hosts} adds further ones.
   *
   * <pre>{@code
   * SharePlatform.custom("mastodon", "Mastodon",
   *         "https://mastodon.social/share?text={text}%20{url}", Set.of("mastodon.online"));
   * }</pre>
   *
   * @param id lower-case stable id ({@code [a-z0-9][a-z0-9._-]*}, at most 64 characters), not the
   *     id of a built-in platform
   * @param displayName human-readable name, not blank
   * @param template share URL template with {@code {url}} and optionally {@code {text}}
   * @param hosts additional hosts the platform's share URLs may live on
   * @return the new platform
   * @throws NullPointerException if an argument or a host is {@code null}
   * @throws IllegalArgumentException if an argument is not acceptable
   */
  public static SharePlatform custom(
      String id, String displayName, String template, Set<String> hosts) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(displayName, "displayName must not be null");
    Objects.requireNonNull(template, "template must not be null");
    Objects.requireNonNull(hosts, "hosts must not be null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id '"
              + id
              + "' is not accepted; expected 1 to 64 characters of a-z, 0-9, '.', '_' or '-' starting with a letter or digit");
    }
    if (byId(id).isPresent()) {
      throw new IllegalArgumentException(
          "id '"
              + id
              + "' belongs to a built-in platform; expected an id not used by a built-in platform");
    }
    if (displayName.isBlank()) {
      throw new IllegalArgumentException("displayName is blank; expected a human-readable name");
    }
    ShareTemplate parsed = ShareTemplate.parse(template);
    if ((!parsed.scheme().equals("http") && !parsed.scheme().equals("https"))
        || parsed.host() == null) {
      throw new IllegalArgumentException(
          "template '"
              + template
              + "' is not accepted; expected an absolute http or https URL template with a host");
    }
    Set<String> allHosts = new LinkedHashSet<>();
    allHosts.add(parsed.host());
    for (String host : hosts) {
      Objects.requireNonNull(host, "hosts must not contain null");
      if (host.isBlank()
          || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c >= 0x7F)) {
        throw new IllegalArgumentException(
            "hosts contains '"
                + host
                + "'; expected ASCII host names without whitespace, '/' or '@'");
      }
      allHosts.add(host.toLowerCase(Locale.ROOT));
    }
    return new SharePlatform(
        id, displayName, parsed, Collections.unmodifiableSet(allHosts), -1, false);
  }

  /**
   * Finds a built-in platform by its {@link #id()}, ignoring case.
   *
   * <pre>{@code
   * SharePlatform.byId("vk");      // Optional[VK]
   * SharePlatform.byId("myspace"); // Optional.empty
   * }</pre>
   *
   * @param id the platform id
   * @return the built-in platform, or empty if there is none with that id
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static Optional<SharePlatform> byId(String id) {
    Objects.requireNonNull(id, "id must not be null");
    for (SharePlatform platform : BUILT_INS) {
      if (platform.id.equalsIgnoreCase(id)) {
        return Optional.of(platform);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the built-in platforms in a fixed order: Telegram, WhatsApp, Facebook, X, LinkedIn, VK,
   * Odnoklassniki, Reddit, Viber, e-mail.
   *
   * @return an unmodifiable list
   */
  public static List<SharePlatform> builtIns() {
    return BUILT_INS;
  }

  /**
   * Turns a share URL of any built-in platform back into the platform, the shared URL and the text,
   * decoding percent-encoding as UTF-8 ({@code +} counts as a space except in {@code mailto:}).
   *
   * <p>A URL is recognised by its scheme, its host being one of the platform's {@link #hosts()},
   * and the presence of the query parameter that carries the article URL, so older forms such as
   * {@code https://twitter.com/intent/tweet?url=…} are recognised as well.
   *
   * <pre>{@code
   * SharePlatform.recognize(URI.create("https://t.me/share/url?url=https%3A%2F%2Fexample.kz&text=Hi"));
   * // Optional[RecognizedShare[platform=telegram, targetUrl=https://example.kz, text=Hi]]
   * }</pre>
   *
   * @param shareUrl a share URL
   * @return what was shared, or empty if the URL is not a share URL of a built-in platform
   * @throws NullPointerException if {@code shareUrl} is {@code null}
   */
  public static Optional<RecognizedShare> recognize(URI shareUrl) {
    Objects.requireNonNull(shareUrl, "shareUrl must not be null");
    for (SharePlatform platform : BUILT_INS) {
      Optional<RecognizedShare> share = platform.recognizeOwn(shareUrl);
      if (share.isPresent()) {
        return share;
      }
    }
    return Optional.empty();
  }

  /** Like {@link #recognize(URI)}, but for this platform only (custom platforms included). */
  Optional<RecognizedShare> recognizeOwn(URI shareUrl) {
    if (!matchesScheme(shareUrl.getScheme())) {
      return Optional.empty();
    }
    if (!hosts.isEmpty()) {
      String host = shareUrl.getHost();
      if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    return parsed.recognize(this, shareUrl);
  }

  /** Whether {@code scheme} fits this platform; http and https are interchangeable. */
  boolean matchesScheme(@Nullable String scheme) {
    if (scheme == null) {
      return false;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (isWeb()) {
      return lower.equals("http") || lower.equals("https");
    }
    return lower.equals(scheme());
  }

  /** Whether the platform's share URLs are {@code http} or {@code https} URLs. */
  boolean isWeb() {
    return scheme().equals("http") || scheme().equals("https");
  }

  /** Builds the share URL for an already normalised article URL and optional text. */
  String expand(String articleUrl, @Nullable String text) {
    String fitted = text == null || !supportsText() ? null : fitText(text);
    return parsed.expand(articleUrl, fitted);
  }

  /**
   * Shortens {@code text} with an ellipsis so that text, a space and a URL fit the text limit;
   * lengths count code points, and a URL counts as 23 (X's t.co rule).
   */
  String fitText(String text) {
    if (textLimit < 0) {
      return text;
    }
    int budget = textLimit - X_URL_WEIGHT - 1;
    if (text.codePointCount(0, text.length()) <= budget) {
      return text;
    }
    int end = text.offsetByCodePoints(0, budget - 1);
    return text.substring(0, end).stripTrailing() + "…";
  }

  /**
   * The lower-case stable id, e.g. {@code telegram}, {@code ok} or {@code email}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The human-readable name, e.g. {@code Telegram} or {@code Odnoklassniki}.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The share URL template with {@code {url}} and {@code {text}} placeholders, e.g. {@code
   * https://vk.com/share.php?url={url}&title={text}}.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * The URL scheme of this platform's share links: {@code https} (or {@code http} for a custom
   * template), {@code viber} or {@code mailto}.
   *
   * @return the lower-case scheme
   */
  public String scheme() {
    return parsed.scheme();
  }

  /**
   * The lower-case hosts this platform's share URLs live on, e.g. {@code [t.me, telegram.me]};
   * {@code [forward]} for Viber and empty for e-mail (see the class description).
   *
   * @return an unmodifiable set in a stable order
   */
  public Set<String> hosts() {
    return hosts;
  }

  /**
   * Whether the platform takes a text next to the URL; Facebook and LinkedIn do not, and text given
   * for them is dropped.
   *
   * @return {@code true} if the template contains {@code {text}}
   */
  public boolean supportsText() {
    return parsed.hasText();
  }

  /**
   * The maximum length of the whole message (text, a space and the URL), where the platform has
   * one: 280 for X, where a URL counts as 23 characters.
   *
   * @return the limit, or empty if there is none
   */
  public OptionalInt textLimit() {
    return textLimit < 0 ? OptionalInt.empty() : OptionalInt.of(textLimit);
  }

  /**
   * Whether this is one of the {@link #builtIns()}.
   *
   * @return {@code true} for built-in platforms, {@code false} for custom ones
   */
  public boolean isBuiltIn() {
    return builtIn;
  }

  /**
   * Equal when id and template are equal.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a platform with the same id and template
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SharePlatform that
        && Objects.equals(id, that.id)
        && Objects.equals(template, that.template);
  }

  /**
   * A hash of id and template.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, template);
  }

  /**
   * A short description for logs, e.g. {@code SharePlatform[telegram]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SharePlatform[" + id + "]";
  }
}
