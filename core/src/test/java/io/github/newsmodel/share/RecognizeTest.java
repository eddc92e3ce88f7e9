package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecognizeTest {

  private static final String ARTICLE = "https://example.kz/news/1?lang=ru&x=1";
  private static final String[] TEXTS = {
    "Новости дня: всё о главном",
    "Жаңалықтар: әғқңөұүһі",
    "Қазақстан 🇰🇿 👍",
    "a+b & c=d %20 100%",
  };

  static Stream<Arguments> platformsAndTexts() {
    return SharePlatform.builtIns().stream()
        .flatMap(p -> Stream.of(TEXTS).map(t -> Arguments.of(p, t)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("platformsAndTexts")
  void recognizeRoundTripsEveryPlatform(SharePlatform platform, String text) {
    ShareLink link = ShareLink.of(platform, ARTICLE, text);
    String expectedText = platform.supportsText() ? text : null;
    assertThat(SharePlatform.recognize(URI.create(link.url())))
        .contains(new RecognizedShare(platform, ARTICLE, expectedText));
    assertThat(link.recognize()).contains(new RecognizedShare(platform, ARTICLE, expectedText));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void recognizeRoundTripsEveryPlatformWithoutTextAndWithIdnHost(SharePlatform platform) {
    ShareLink link = ShareLink.of(platform, "https://пример.рф/новости?id=1", null);
    assertThat(SharePlatform.recognize(URI.create(link.url())))
        .contains(
            new RecognizedShare(
                platform,
                "https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?id=1",
                null));
  }

  static Stream<SharePlatform> builtIns() {
    return SharePlatform.builtIns().stream();
  }

  @Test
  void recognizesLegacyTwitterIntentWithPlusAsSpace() {
    assertThat(
            SharePlatform.recognize(
                URI.create(
                    "https://twitter.com/intent/tweet?text=Hello+world&url=https%3A%2F%2Fexample.kz%2F")))
        .contains(new RecognizedShare(SharePlatform.X, "https://example.kz/", "Hello world"));
  }

  @Test
  void recognizesWhatsappApiHost() {
    assertThat(
            SharePlatform.recognize(
                URI.create(
                    "https://api.whatsapp.com/send?text=%D0%9C%D0%B8%D1%80%20https%3A%2F%2Fexample.kz%2F")))
        .contains(new RecognizedShare(SharePlatform.WHATSAPP, "https://example.kz/", "Мир"));
  }

  @Test
  void recognizesTelegramMeHostAndFacebookWithoutWww() {
    assertThat(
            SharePlatform.recognize(
                URI.create("https://telegram.me/share/url?url=https%3A%2F%2Fa.kz")))
        .contains(new RecognizedShare(SharePlatform.TELEGRAM, "https://a.kz", null));
    assertThat(
            SharePlatform.recognize(
                URI.create("https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.kz")))
        .contains(new RecognizedShare(SharePlatform.FACEBOOK, "https://a.kz", null));
  }

  @Test
  void mailtoKeepsPlusLiteralPerRfc6068() {
    assertThat(SharePlatform.recognize(URI.create("mailto:?subject=1+1&body=https%3A%2F%2Fa.kz")))
        .contains(new RecognizedShare(SharePlatform.EMAIL, "https://a.kz", "1+1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.kz/share?url=https%3A%2F%2Fa.kz",
        "https://t.me/some_channel",
        "https://t.me/share/url?text=only-text",
        "https://vk.com/share.php?url=",
        "https://wa.me/77001234567?text=hello",
        "ftp://t.me/share/url?url=https%3A%2F%2Fa.kz",
        "viber://chat?number=123",
        "urn:isbn:0451450523",
      })
  void recognizeReturnsEmptyForUrlsThatAreNotShareUrls(String url) {
    assertThat(SharePlatform.recognize(URI.create(url))).isEmpty();
  }

  @Test
  void recognizeRejectsNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> SharePlatform.recognize(null))
        .withMessage("shareUrl must not be null");
  }

  @Test
  void recognizedShareRejectsNullRequiredParts() {
    assertThatNullPointerException()
        .isThrownBy(() -> new RecognizedShare(null, "https://a.kz", null))
        .withMessage("platform must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new RecognizedShare(SharePlatform.VK, null, null))
        .withMessage("targetUrl must not be null");
  }
}
