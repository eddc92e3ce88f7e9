package io.github.newsmodel.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.newsmodel.body.Inline;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.ValidationReport;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second hostile-URL table (beyond {@link HttpUrlTest}'s): scheme tricks, user info, backslashes,
 * IDN homographs, control characters and very long URLs, each with its verdict for {@link HttpUrl},
 * for body links ({@code mailto:} allowed) and for share links ({@link ShareLink#of} and {@link
 * io.github.newsmodel.share.ValidShareLink}).
 */
class HostileUrlTableTest {

  private static final Severity E = Severity.ERROR;
  private static final Severity W = Severity.WARNING;

  record Link(@HttpUrl @Nullable String url) {}

  private static ValidationReport validate(Object bean) {
    return NewsValidator.shared().validate(bean);
  }

  private static Arguments ok(String url) {
    return arguments(url, null, null);
  }

  private static Arguments bad(String url, String code) {
    return arguments(url, code, E);
  }

  private static Arguments warn(String url, String code) {
    return arguments(url, code, W);
  }

  /** URL, expected code (null: accepted without any problem), expected severity. */
  static Stream<Arguments> urls() {
    return Stream.of(
        // scheme tricks: case, leading whitespace, encoded and split schemes
        ok("hTTpS://example.com/"),
        bad("\u0000javascript:alert(1)", "url.control"),
        bad("\u0001https://example.com", "url.control"),
        bad(" https://example.com", "url.whitespace"),
        bad("\thttps://example.com", "url.whitespace"),
        bad("\nhttps://example.com", "url.whitespace"),
        bad("java\rscript:alert(1)", "url.whitespace"),
        bad("\u3000https://example.com", "url.whitespace"),
        bad("\u2028javascript:alert(1)", "url.whitespace"),
        bad("java\u00ADscript:alert(1)", "url.control"),
        bad("jav&#x09;ascript:alert(1)", "url.scheme"),
        bad("%6Aavascript:alert(1)", "url.scheme"),
        bad("javascript%3Aalert(1)", "url.scheme"),
        bad("https%3A//example.com", "url.scheme"),
        bad("https&#58;//example.com", "url.scheme"),
        bad("\uFF4Aavascript:alert(1)", "url.scheme"),
        bad("data:text/html,https://example.com", "url.scheme"),
        bad("blob:https://example.com/0b5f", "url.scheme"),
        bad("view-source:https://example.com", "url.scheme"),
        bad("jar:https://example.com/a.jar!/", "url.scheme"),
        bad("intent://example.com#Intent;scheme=https;end", "url.scheme"),
        bad("wss://example.com/socket", "url.scheme"),
        bad("chrome://settings", "url.scheme"),
        bad("http:evil.com", "url.host"),
        // user info and look-alike authorities
        bad("https://example.com@evil.com/", "url.userinfo"),
        bad("https://user@example.com", "url.userinfo"),
        bad("https://:@example.com", "url.userinfo"),
        bad("https://example.com:443@evil.com", "url.userinfo"),
        bad("https://example.com%40evil.com/", "url.host"),
        bad("https://exa%6Dple.com", "url.host"),
        ok("https://evil.com#@example.com"),
        ok("https://evil.com?@example.com"),
        // backslashes
        bad("https:/\\/evil.com", "url.syntax"),
        bad("https://evil.com\\.example.com", "url.syntax"),
        bad("\\\\evil.com\\share", "url.syntax"),
        bad("https://example.com/a\\..\\..\\etc", "url.syntax"),
        // IDN homographs: mixed scripts in one label are a warning
        warn("https://\u0430pple.com", "url.homograph"),
        warn("https://xn--pple-43d.com/", "url.homograph"),
        warn("https://p\u0430ypal.com/login", "url.homograph"),
        warn("https://g\u043E\u043Egle.com", "url.homograph"),
        warn("https://\u03B1pple.com", "url.homograph"),
        warn("https://ex\u0430mple.\u0440\u0444", "url.homograph"),
        warn("https://\u0430pple.com:8443/path", "url.homograph"),
        ok("https://\u049B\u0430\u0437\u0430\u049B.kz/\u0436\u0430\u04A3\u0430\u043B\u044B\u049B"),
        ok("https://\u0430\u0440\u0440\u04CF\u0435.com"),
        ok("https://apple.com/\u0430"),
        ok("https://\u4F8B\u3048.jp"),
        ok("https://\u30BD\u30CB\u30FCstore.jp"),
        ok("https://\uD55C\uAD6Dexample.kr"),
        ok("https://a\u0301pple.com"),
        bad("https://\u0430pple.com\u200B", "url.control"),
        // control and invisible characters
        bad("https://example.com/\u001B[31m", "url.control"),
        bad("https://example.com/\u200E", "url.control"),
        bad("https://example.com/\u2066x\u2069", "url.control"),
        bad("https://exa\tmple.com", "url.whitespace"),
        ok("https://example.com/%00"),
        ok("https://example.com/\uD83D\uDE00"),
        // very long URLs and numbers
        bad("https://" + "a".repeat(64) + ".com", "url.host"),
        bad("https://" + ("a".repeat(63) + ".").repeat(4) + "com", "url.host"),
        bad("https://example.com/?q=" + "x".repeat(8192), "url.length"),
        bad("https://" + "a".repeat(9000) + ".com", "url.length"),
        ok("https://" + "a".repeat(63) + ".com/"),
        bad("https://example.com:65536/", "url.syntax"),
        bad("https://example.com:/", "url.syntax"),
        bad("https://example.com:-1/", "url.syntax"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("urls")
  void eachUrlGetsItsVerdict(String url, @Nullable String code, @Nullable Severity severity) {
    ValidationReport report = validate(new Link(url));
    if (code == null) {
      assertThat(report.problems()).as("URL %s should be accepted", url).isEmpty();
    } else {
      assertThat(report.problems())
          .extracting(Problem::path, Problem::code, Problem::severity)
          .containsExactly(tuple("url", code, severity));
      assertThat(report.isValid()).isEqualTo(severity == W);
    }
  }

  /** Body links: href, expected code or null, severity. */
  static Stream<Arguments> bodyLinks() {
    return Stream.of(
        ok("mailto:editor@example.com"),
        ok("MAILTO:editor@example.com?subject=Hi"),
        bad("mailto:", "url.mailto"),
        bad("mailto:a@b@example.com", "url.mailto"),
        bad("mailto:a@example.com%0ABcc:x@evil.com", "url.mailto"),
        bad("javascript:alert(1)//mailto:a@example.com", "url.scheme"),
        bad(" mailto:a@example.com", "url.whitespace"),
        warn("https://\u0430pple.com/", "url.homograph"),
        bad("https://user@example.com", "url.userinfo"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("bodyLinks")
  void eachBodyLinkGetsItsVerdict(String href, @Nullable String code, @Nullable Severity severity) {
    ValidationReport report = validate(new Inline.Link(href, List.of(Inline.text("x"))));
    if (code == null) {
      assertThat(report.problems()).as("href %s should be accepted", href).isEmpty();
    } else {
      assertThat(report.problems())
          .extracting(Problem::path, Problem::code, Problem::severity)
          .containsExactly(tuple("href", code, severity));
    }
  }

  /** Article URLs for {@link ShareLink#of}: the URL and whether it is accepted. */
  static Stream<Arguments> articleUrls() {
    return Stream.of(
        arguments("https://example.kz/a", true),
        arguments("HTTPS://EXAMPLE.KZ/A", true),
        arguments(
            "https://\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444/\u043D\u043E\u0432", true),
        arguments("https://[2001:db8::1]/x", true),
        arguments("http://example.kz:8080/", true),
        arguments("javascript:alert(1)", false),
        arguments(" https://example.kz", false),
        arguments("https://example.kz\n", false),
        arguments("https://u:p@example.kz", false),
        arguments("https://example.kz@evil.com", false),
        arguments("//example.kz/a", false),
        arguments("/relative", false),
        arguments("ftp://example.kz", false),
        arguments("https://example.kz/\u0000", false),
        arguments("https://", false),
        arguments("mailto:a@example.kz", false),
        arguments("data:text/html,x", false),
        arguments("https://example.kz:99999/", false),
        arguments("https:\\\\example.kz", false),
        arguments("https://exa\u200Bmple.kz", false),
        arguments("https://example.kz/\u202Egnp.exe", false));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("articleUrls")
  void shareLinkOfAcceptsOnlySafeArticleUrls(String articleUrl, boolean accepted) {
    for (SharePlatform platform : SharePlatform.builtIns()) {
      if (accepted) {
        ShareLink link = ShareLink.of(platform, articleUrl, "text");
        assertThat(link.url()).isASCII();
        assertThat(validate(link).problems()).isEmpty();
      } else {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ShareLink.of(platform, articleUrl, "text"))
            .withMessageContaining("URL");
      }
    }
  }

  /** Share URLs as found in a feed: platform, URL, expected code or null. */
  static Stream<Arguments> foundShareLinks() {
    return Stream.of(
        arguments(SharePlatform.TELEGRAM, "https://t.me/share/url?url=https%3A%2F%2Fe.kz", null),
        arguments(SharePlatform.TELEGRAM, "HTTPS://T.ME/share/url?url=x", null),
        arguments(SharePlatform.TELEGRAM, "https://t.me.evil.com/share/url?url=x", "share.host"),
        arguments(SharePlatform.TELEGRAM, "https://evil.com/?t.me", "share.host"),
        arguments(SharePlatform.TELEGRAM, "https://t.me@evil.com/share", "share.url"),
        arguments(SharePlatform.TELEGRAM, "javascript:alert(1)//t.me", "share.url"),
        arguments(SharePlatform.TELEGRAM, " https://t.me/share/url?url=x", "share.url"),
        arguments(SharePlatform.TELEGRAM, "https://t.me/share\u0000", "share.url"),
        arguments(SharePlatform.TELEGRAM, "https://t.me/share/url?url=x\u2028", "share.url"),
        arguments(SharePlatform.X, "https://x.com\\@evil.com/intent/post", "share.url"),
        arguments(SharePlatform.EMAIL, "mailto:?body=https%3A%2F%2Fe.kz", null),
        arguments(SharePlatform.EMAIL, "https://e.kz/", "share.host"),
        arguments(SharePlatform.VIBER, "viber://forward?text=x", null),
        arguments(SharePlatform.VIBER, "viber://chat?number=1", "share.host"),
        arguments(SharePlatform.FACEBOOK, "data:text/html,facebook.com", "share.url"),
        arguments(SharePlatform.FACEBOOK, "", "share.url"));
  }

  @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
  @MethodSource("foundShareLinks")
  void eachFoundShareLinkGetsItsVerdict(SharePlatform platform, String url, @Nullable String code) {
    ValidationReport report = validate(ShareLink.ofUrl(platform, url));
    if (code == null) {
      assertThat(report.problems()).as("%s should be accepted", url).isEmpty();
    } else {
      assertThat(report.problems())
          .extracting(Problem::path, Problem::code, Problem::severity)
          .containsExactly(tuple("url", code, E));
    }
  }

  @Test
  void theTablesHoldAtLeastFiftyHostileUrls() {
    long hostile =
        Stream.of(urls(), bodyLinks(), articleUrls(), foundShareLinks()).flatMap(s -> s).count();
    assertThat(urls().count()).isGreaterThanOrEqualTo(50);
    assertThat(hostile).isGreaterThanOrEqualTo(100);
  }

  @Test
  void mixedScriptLabelsAreFoundPerLabel() {
    assertThat(HttpUrlValidatorAccess.isMixedScript("\u0430pple")).isTrue();
    assertThat(HttpUrlValidatorAccess.isMixedScript("\u043F\u0440\u0438\u043C\u0435\u0440"))
        .isFalse();
    assertThat(HttpUrlValidatorAccess.isMixedScript("example-42")).isFalse();
    assertThat(HttpUrlValidatorAccess.isMixedScript("\u4F8B\u3048")).isFalse();
    assertThat(HttpUrlValidatorAccess.isMixedScript("\u03B1\u0430")).isTrue();
    assertThat(
            HttpUrlValidatorAccess.isHomograph("https://\u043F\u0440\u0438\u043C\u0435\u0440.com"))
        .isFalse();
    assertThat(HttpUrlValidatorAccess.isHomograph("https://[::1]/")).isFalse();
    assertThat(HttpUrlValidatorAccess.isHomograph("mailto:a@\u0430pple.com")).isFalse();
  }

  /** The checks are public static methods of an internal class. */
  private static final class HttpUrlValidatorAccess {
    static boolean isMixedScript(String label) {
      return io.github.newsmodel.validation.internal.HttpUrlValidator.isMixedScript(label);
    }

    static boolean isHomograph(String url) {
      return io.github.newsmodel.validation.internal.HttpUrlValidator.isHomograph(url);
    }
  }
}
