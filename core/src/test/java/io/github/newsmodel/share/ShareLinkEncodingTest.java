package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact share URLs of every built-in platform for Russian, Kazakh and emoji text and an IDN host.
 * The expected strings are written out by hand from the UTF-8 bytes listed in the comments.
 */
class ShareLinkEncodingTest {

  static final String ARTICLE = "https://example.kz/news/1?lang=ru";

  /** {@code :} = %3A, {@code /} = %2F, {@code ?} = %3F, {@code =} = %3D. */
  static final String ARTICLE_ENC = "https%3A%2F%2Fexample.kz%2Fnews%2F1%3Flang%3Dru";

  static final String RUSSIAN = "Новости дня: всё о главном";

  /**
   * Н=D0 9D о=D0 BE в=D0 B2 с=D1 81 т=D1 82 и=D0 B8 д=D0 B4 н=D0 BD я=D1 8F ё=D1 91 г=D0 B3 л=D0 BB
   * а=D0 B0 м=D0 BC.
   */
  static final String RUSSIAN_ENC =
      "%D0%9D%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8" // Новости
          + "%20%D0%B4%D0%BD%D1%8F%3A" // " дня:"
          + "%20%D0%B2%D1%81%D1%91" // " всё"
          + "%20%D0%BE" // " о"
          + "%20%D0%B3%D0%BB%D0%B0%D0%B2%D0%BD%D0%BE%D0%BC"; // " главном"

  static final String KAZAKH = "Жаңалықтар: әғқңөұүһі";

  /**
   * Ж=D0 96 ң=D2 A3 ы=D1 8B қ=D2 9B р=D1 80 ә=D3 99 ғ=D2 93 ө=D3 A9 ұ=D2 B1 ү=D2 AF һ=D2 BB і=D1
   * 96.
   */
  static final String KAZAKH_ENC =
      "%D0%96%D0%B0%D2%A3%D0%B0%D0%BB%D1%8B%D2%9B%D1%82%D0%B0%D1%80%3A" // Жаңалықтар:
          + "%20%D3%99%D2%93%D2%9B%D2%A3%D3%A9%D2%B1%D2%AF%D2%BB%D1%96"; // " әғқңөұүһі"

  static final String EMOJI = "Қазақстан 🇰🇿 👍";

  /**
   * Қ=D2 9A з=D0 B7; 🇰 = U+1F1F0 = F0 9F 87 B0, 🇿 = U+1F1FF = F0 9F 87 BF, 👍 = U+1F44D = F0 9F
   * 91 8D.
   */
  static final String EMOJI_ENC =
      "%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%D1%81%D1%82%D0%B0%D0%BD" // Қазақстан
          + "%20%F0%9F%87%B0%F0%9F%87%BF" // " 🇰🇿"
          + "%20%F0%9F%91%8D"; // " 👍"

  static final String IDN_ARTICLE = "https://пример.рф/новости?id=1";

  /** пример.рф in punycode, новости as UTF-8 percent-encoding. */
  static final String IDN_NORMALIZED =
      "https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?id=1";

  /** The normalised URL encoded again as a parameter value: each {@code %} becomes {@code %25}. */
  static final String IDN_ENC =
      "https%3A%2F%2Fxn--e1afmkfd.xn--p1ai%2F"
          + "%25D0%25BD%25D0%25BE%25D0%25B2%25D0%25BE%25D1%2581%25D1%2582%25D0%25B8%3Fid%3D1";

  static Stream<Arguments> expectedUrls(String text) {
    return Stream.of(
        Arguments.of(
            SharePlatform.TELEGRAM, "https://t.me/share/url?url=" + ARTICLE_ENC + "&text=" + text),
        Arguments.of(SharePlatform.WHATSAPP, "https://wa.me/?text=" + text + "%20" + ARTICLE_ENC),
        Arguments.of(
            SharePlatform.FACEBOOK, "https://www.facebook.com/sharer/sharer.php?u=" + ARTICLE_ENC),
        Arguments.of(
            SharePlatform.X, "https://x.com/intent/post?text=" + text + "&url=" + ARTICLE_ENC),
        Arguments.of(
            SharePlatform.LINKEDIN,
            "https://www.linkedin.com/sharing/share-offsite/?url=" + ARTICLE_ENC),
        Arguments.of(
            SharePlatform.VK, "https://vk.com/share.php?url=" + ARTICLE_ENC + "&title=" + text),
        Arguments.of(
            SharePlatform.ODNOKLASSNIKI,
            "https://connect.ok.ru/offer?url=" + ARTICLE_ENC + "&title=" + text),
        Arguments.of(
            SharePlatform.REDDIT,
            "https://www.reddit.com/submit?url=" + ARTICLE_ENC + "&title=" + text),
        Arguments.of(SharePlatform.VIBER, "viber://forward?text=" + text + "%20" + ARTICLE_ENC),
        Arguments.of(SharePlatform.EMAIL, "mailto:?subject=" + text + "&body=" + ARTICLE_ENC));
  }

  static Stream<Arguments> russian() {
    return expectedUrls(RUSSIAN_ENC);
  }

  static Stream<Arguments> kazakh() {
    return expectedUrls(KAZAKH_ENC);
  }

  static Stream<Arguments> emoji() {
    return expectedUrls(EMOJI_ENC);
  }

  static Stream<Arguments> idn() {
    return Stream.of(
        Arguments.of(SharePlatform.TELEGRAM, "https://t.me/share/url?url=" + IDN_ENC),
        Arguments.of(SharePlatform.WHATSAPP, "https://wa.me/?text=" + IDN_ENC),
        Arguments.of(
            SharePlatform.FACEBOOK, "https://www.facebook.com/sharer/sharer.php?u=" + IDN_ENC),
        Arguments.of(SharePlatform.X, "https://x.com/intent/post?url=" + IDN_ENC),
        Arguments.of(
            SharePlatform.LINKEDIN,
            "https://www.linkedin.com/sharing/share-offsite/?url=" + IDN_ENC),
        Arguments.of(SharePlatform.VK, "https://vk.com/share.php?url=" + IDN_ENC),
        Arguments.of(SharePlatform.ODNOKLASSNIKI, "https://connect.ok.ru/offer?url=" + IDN_ENC),
        Arguments.of(SharePlatform.REDDIT, "https://www.reddit.com/submit?url=" + IDN_ENC),
        Arguments.of(SharePlatform.VIBER, "viber://forward?text=" + IDN_ENC),
        Arguments.of(SharePlatform.EMAIL, "mailto:?body=" + IDN_ENC));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("russian")
  void everyPlatformEncodesRussianTextAsUtf8(SharePlatform platform, String expected) {
    assertThat(ShareLink.of(platform, ARTICLE, RUSSIAN).url()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kazakh")
  void everyPlatformEncodesKazakhLettersAsUtf8(SharePlatform platform, String expected) {
    assertThat(ShareLink.of(platform, ARTICLE, KAZAKH).url()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emoji")
  void everyPlatformEncodesEmojiAsFourByteUtf8(SharePlatform platform, String expected) {
    assertThat(ShareLink.of(platform, ARTICLE, EMOJI).url()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idn")
  void everyPlatformSendsIdnHostAsPunycodeWithoutText(SharePlatform platform, String expected) {
    assertThat(ShareLink.of(platform, IDN_ARTICLE, null).url()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kazakh")
  void everyShareUrlIsPureAsciiWithoutPlusOrRawSpace(SharePlatform platform, String ignored) {
    String url = ShareLink.of(platform, IDN_ARTICLE + "&q=a+b", KAZAKH.replace(":", "+")).url();
    assertThat(url).matches("\\p{ASCII}+").doesNotContain(" ").doesNotContain("+");
  }

  @Test
  void telegramLinkEncodesCyrillicTextAsUtf8() {
    assertThat(ShareLink.of(SharePlatform.TELEGRAM, "https://example.kz/a", "Привет").url())
        .isEqualTo(
            "https://t.me/share/url?url=https%3A%2F%2Fexample.kz%2Fa"
                + "&text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82");
  }

  @Test
  void idnHostBecomesPunycodeAndPathIsPercentEncodedBeforeUse() {
    ShareLink link = ShareLink.of(SharePlatform.TELEGRAM, IDN_ARTICLE, null);
    assertThat(link.recognize())
        .hasValueSatisfying(share -> assertThat(share.targetUrl()).isEqualTo(IDN_NORMALIZED));
  }

  @Test
  void idnHostKeepsItsPort() {
    assertThat(ShareLink.of(SharePlatform.VK, "https://пример.рф:8443/", null).url())
        .isEqualTo("https://vk.com/share.php?url=https%3A%2F%2Fxn--e1afmkfd.xn--p1ai%3A8443%2F");
  }

  @Test
  void unreservedCharactersStayAndReservedOnesAreEncoded() {
    assertThat(ShareLink.of(SharePlatform.VK, "https://example.kz/", "a-b.c_d~e!*'()&=+#").url())
        .isEqualTo(
            "https://vk.com/share.php?url=https%3A%2F%2Fexample.kz%2F"
                + "&title=a-b.c_d~e%21%2A%27%28%29%26%3D%2B%23");
  }

  @Test
  void schemeAndHostOfArticleUrlAreLowerCased() {
    assertThat(ShareLink.of(SharePlatform.FACEBOOK, "HTTPS://Example.KZ/News", null).url())
        .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.kz%2FNews");
  }

  @Test
  void existingPercentEscapesInArticleUrlAreKeptAndEncodedOnce() {
    assertThat(ShareLink.of(SharePlatform.LINKEDIN, "https://example.kz/a%20b", null).url())
        .isEqualTo(
            "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.kz%2Fa%2520b");
  }
}
