package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareLinkTest {

  private static final String ARTICLE = "https://example.kz/a";
  private static final String ARTICLE_ENC = "https%3A%2F%2Fexample.kz%2Fa";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "https://user:secret@example.kz/a",
        "https://user@example.kz/a",
        "ftp://example.kz/a",
        "/news/1",
        "example.kz/news/1",
        "https:///path-only",
        "https://example.kz/a\nb",
        "https://example.kz/a\u0000",
        "https://exa mple.kz/",
        "https://example.kz:99999/",
        "",
      })
  void rejectsArticleUrlsThatAreNotPlainHttpOrHttps(String articleUrl) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ShareLink.of(SharePlatform.TELEGRAM, articleUrl, "x"))
        .withMessageStartingWith("articleUrl ")
        .withMessageContaining("expected");
  }

  @Test
  void rejectionMessageNamesArgumentValueAndExpectation() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ShareLink.of(SharePlatform.VK, "javascript:alert(1)", null))
        .withMessage(
            "articleUrl 'javascript:alert(1)' is not accepted; expected an http or https URL");
  }

  @Test
  void rejectionMessageShowsControlCharactersEscaped() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ShareLink.of(SharePlatform.VK, "https://a.kz/\u0007", null))
        .withMessageContaining("\\u0007")
        .withMessageNotContaining("\u0007");
  }

  @Test
  void acceptsPlainHttpArticleUrl() {
    assertThat(ShareLink.of(SharePlatform.REDDIT, "http://example.kz/", null).url())
        .isEqualTo("https://www.reddit.com/submit?url=http%3A%2F%2Fexample.kz%2F");
  }

  @Test
  void facebookDropsText() {
    assertThat(ShareLink.of(SharePlatform.FACEBOOK, ARTICLE, "ignored text").url())
        .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + ARTICLE_ENC);
  }

  @Test
  void linkedinDropsText() {
    assertThat(ShareLink.of(SharePlatform.LINKEDIN, ARTICLE, "ignored text").url())
        .isEqualTo("https://www.linkedin.com/sharing/share-offsite/?url=" + ARTICLE_ENC);
  }

  @Test
  void textIsStrippedAndBlankTextCountsAsNone() {
    assertThat(ShareLink.of(SharePlatform.TELEGRAM, ARTICLE, "  hi \n").url())
        .isEqualTo("https://t.me/share/url?url=" + ARTICLE_ENC + "&text=hi");
    assertThat(ShareLink.of(SharePlatform.TELEGRAM, ARTICLE, " \t ").url())
        .isEqualTo("https://t.me/share/url?url=" + ARTICLE_ENC);
  }

  @Test
  void emailWithoutTextHasBodyOnly() {
    assertThat(ShareLink.of(SharePlatform.EMAIL, ARTICLE, null).url())
        .isEqualTo("mailto:?body=" + ARTICLE_ENC);
  }

  @Test
  void xKeepsTextThatFitsTwoHundredEightyWithUrlCountedAsTwentyThree() {
    String text = "a".repeat(256); // 256 + 1 space + 23 = 280
    assertThat(ShareLink.of(SharePlatform.X, ARTICLE, text).url())
        .isEqualTo("https://x.com/intent/post?text=" + text + "&url=" + ARTICLE_ENC);
  }

  @Test
  void xTruncatesLongTextWithEllipsis() {
    String text = "a".repeat(257);
    // 255 letters and the ellipsis U+2026 (E2 80 A6) make 256 characters
    assertThat(ShareLink.of(SharePlatform.X, ARTICLE, text).url())
        .isEqualTo(
            "https://x.com/intent/post?text=" + "a".repeat(255) + "%E2%80%A6&url=" + ARTICLE_ENC);
  }

  @Test
  void xTruncationCountsUrlAsTwentyThreeWhateverItsLength() {
    String longArticle = "https://example.kz/" + "p".repeat(200);
    String url = ShareLink.of(SharePlatform.X, longArticle, "b".repeat(300)).url();
    assertThat(url)
        .startsWith("https://x.com/intent/post?text=" + "b".repeat(255) + "%E2%80%A6&url=");
  }

  @Test
  void xTruncationNeverSplitsEmojiAndDropsTrailingSpace() {
    String text = "👍".repeat(254) + " " + "c".repeat(10);
    String url = ShareLink.of(SharePlatform.X, ARTICLE, text).url();
    assertThat(url)
        .isEqualTo(
            "https://x.com/intent/post?text="
                + "%F0%9F%91%8D".repeat(254)
                + "%E2%80%A6&url="
                + ARTICLE_ENC);
  }

  @Test
  void xTextLimitIsExposed() {
    assertThat(SharePlatform.X.textLimit()).hasValue(280);
    assertThat(SharePlatform.TELEGRAM.textLimit()).isEmpty();
  }

  @Test
  void otherPlatformsDoNotTruncateLongText() {
    String text = "d".repeat(1000);
    assertThat(ShareLink.of(SharePlatform.TELEGRAM, ARTICLE, text).url()).endsWith("&text=" + text);
  }

  @Test
  void ofRejectsNullPlatform() {
    assertThatNullPointerException()
        .isThrownBy(() -> ShareLink.of(null, ARTICLE, "t"))
        .withMessage("platform must not be null");
  }

  @Test
  void ofRejectsNullArticleUrl() {
    assertThatNullPointerException()
        .isThrownBy(() -> ShareLink.of(SharePlatform.VK, null, "t"))
        .withMessage("articleUrl must not be null");
  }

  @Test
  void ofUrlRejectsNullPlatformAndUrl() {
    assertThatNullPointerException()
        .isThrownBy(() -> ShareLink.ofUrl(null, "https://t.me/"))
        .withMessage("platform must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> ShareLink.ofUrl(SharePlatform.TELEGRAM, null))
        .withMessage("url must not be null");
  }

  @Test
  void ofUrlKeepsUrlUnchangedEvenWhenBad() {
    ShareLink link = ShareLink.ofUrl(SharePlatform.TELEGRAM, "javascript:alert(1)");
    assertThat(link.url()).isEqualTo("javascript:alert(1)");
    assertThat(link.platform()).isSameAs(SharePlatform.TELEGRAM);
    assertThat(link.recognize()).isEmpty();
  }

  @Test
  void recognizeOfUnparseableUrlIsEmpty() {
    assertThat(
            ShareLink.ofUrl(SharePlatform.VK, "https://vk.com/share.php?url=%zz bad").recognize())
        .isEmpty();
  }
}
