package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharePlatformTest {

  private static final String MASTODON = "https://mastodon.social/share?text={text}%20{url}";

  @Test
  void builtInsHaveStableIdsInDocumentedOrder() {
    assertThat(SharePlatform.builtIns())
        .extracting(SharePlatform::id)
        .containsExactly(
            "telegram",
            "whatsapp",
            "facebook",
            "x",
            "linkedin",
            "vk",
            "ok",
            "reddit",
            "viber",
            "email");
    assertThat(SharePlatform.builtIns()).allMatch(SharePlatform::isBuiltIn);
  }

  @Test
  void builtInsListIsUnmodifiable() {
    assertThatThrownBy(() -> SharePlatform.builtIns().add(SharePlatform.VK))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void byIdFindsEveryBuiltInIgnoringCase() {
    for (SharePlatform platform : SharePlatform.builtIns()) {
      assertThat(SharePlatform.byId(platform.id())).containsSame(platform);
    }
    assertThat(SharePlatform.byId("TELEGRAM")).containsSame(SharePlatform.TELEGRAM);
    assertThat(SharePlatform.byId("ok")).containsSame(SharePlatform.ODNOKLASSNIKI);
  }

  @Test
  void byIdOfUnknownIdIsEmpty() {
    assertThat(SharePlatform.byId("myspace")).isEmpty();
    assertThat(SharePlatform.byId("")).isEmpty();
  }

  @Test
  void byIdRejectsNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> SharePlatform.byId(null))
        .withMessage("id must not be null");
  }

  @Test
  void hostsAreDocumented() {
    assertThat(SharePlatform.TELEGRAM.hosts()).containsExactly("t.me", "telegram.me");
    assertThat(SharePlatform.WHATSAPP.hosts()).containsExactly("wa.me", "api.whatsapp.com");
    assertThat(SharePlatform.FACEBOOK.hosts()).containsExactly("www.facebook.com", "facebook.com");
    assertThat(SharePlatform.X.hosts()).containsExactly("x.com", "twitter.com");
    assertThat(SharePlatform.LINKEDIN.hosts()).containsExactly("www.linkedin.com");
    assertThat(SharePlatform.VK.hosts()).containsExactly("vk.com");
    assertThat(SharePlatform.ODNOKLASSNIKI.hosts()).containsExactly("connect.ok.ru");
    assertThat(SharePlatform.REDDIT.hosts()).containsExactly("www.reddit.com", "reddit.com");
    assertThat(SharePlatform.VIBER.hosts()).containsExactly("forward");
    assertThat(SharePlatform.EMAIL.hosts()).isEmpty();
  }

  @Test
  void schemesAreHttpsExceptViberAndEmail() {
    assertThat(SharePlatform.TELEGRAM.scheme()).isEqualTo("https");
    assertThat(SharePlatform.VIBER.scheme()).isEqualTo("viber");
    assertThat(SharePlatform.EMAIL.scheme()).isEqualTo("mailto");
  }

  @Test
  void onlyFacebookAndLinkedinIgnoreText() {
    assertThat(SharePlatform.builtIns())
        .filteredOn(p -> !p.supportsText())
        .containsExactly(SharePlatform.FACEBOOK, SharePlatform.LINKEDIN);
  }

  @Test
  void displayNamesAndToString() {
    assertThat(SharePlatform.ODNOKLASSNIKI.displayName()).isEqualTo("Odnoklassniki");
    assertThat(SharePlatform.X.displayName()).isEqualTo("X");
    assertThat(SharePlatform.TELEGRAM).hasToString("SharePlatform[telegram]");
  }

  @Test
  void customPlatformBuildsLinksFromItsTemplate() {
    SharePlatform mastodon = SharePlatform.custom("mastodon", "Mastodon", MASTODON, Set.of());
    assertThat(ShareLink.of(mastodon, "https://example.kz/a", "Сәлем").url())
        .isEqualTo(
            "https://mastodon.social/share?text=%D0%A1%D3%99%D0%BB%D0%B5%D0%BC%20https%3A%2F%2Fexample.kz%2Fa");
    assertThat(ShareLink.of(mastodon, "https://example.kz/a", null).url())
        .isEqualTo("https://mastodon.social/share?text=https%3A%2F%2Fexample.kz%2Fa");
  }

  @Test
  void customPlatformLeavesOutTextParameterWithoutText() {
    SharePlatform bluesky =
        SharePlatform.custom(
            "bsky",
            "Bluesky",
            "https://bsky.app/intent/compose?title={text}&u={url}&via=news",
            Set.of());
    assertThat(ShareLink.of(bluesky, "https://example.kz/a", null).url())
        .isEqualTo("https://bsky.app/intent/compose?u=https%3A%2F%2Fexample.kz%2Fa&via=news");
    assertThat(ShareLink.of(bluesky, "https://example.kz/a", "T").url())
        .isEqualTo(
            "https://bsky.app/intent/compose?title=T&u=https%3A%2F%2Fexample.kz%2Fa&via=news");
  }

  @Test
  void customPlatformHostsIncludeTemplateHostAndAddedHostsInLowerCase() {
    SharePlatform mastodon =
        SharePlatform.custom("mastodon", "Mastodon", MASTODON, Set.of("Mastodon.Online"));
    assertThat(mastodon.hosts()).containsExactly("mastodon.social", "mastodon.online");
    assertThat(mastodon.isBuiltIn()).isFalse();
    assertThat(mastodon.supportsText()).isTrue();
    assertThat(mastodon.textLimit()).isEmpty();
    assertThat(mastodon.template()).isEqualTo(MASTODON);
  }

  @Test
  void customPlatformIsNotFoundByIdAmongBuiltIns() {
    SharePlatform.custom("mastodon", "Mastodon", MASTODON, Set.of());
    assertThat(SharePlatform.byId("mastodon")).isEmpty();
  }

  @Test
  void customPlatformLinkCanBeRecognizedThroughTheLink() {
    SharePlatform mastodon = SharePlatform.custom("mastodon", "Mastodon", MASTODON, Set.of());
    ShareLink link = ShareLink.of(mastodon, "https://example.kz/a", "Қош келдіңіз");
    assertThat(link.recognize())
        .contains(new RecognizedShare(mastodon, "https://example.kz/a", "Қош келдіңіз"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://share.example/?text={text}",
        "javascript:alert('{url}')",
        "ftp://share.example/?u={url}",
        "/share?u={url}",
        "https://share.example/?u={url}&x={other}",
        "https://share example/?u={url}",
        "mailto:?body={url}",
        "https://{text}.example/?u={url}",
        "https://{url}/",
      })
  void customRejectsTemplatesThatAreNotHttpUrlsWithUrlPlaceholder(String template) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SharePlatform.custom("custom", "Custom", template, Set.of()))
        .withMessageStartingWith("template '")
        .withMessageContaining("expected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Upper", "with space", "-dash", "telegram", "vk"})
  void customRejectsBadOrBuiltInIds(String id) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SharePlatform.custom(id, "Custom", MASTODON, Set.of()))
        .withMessageStartingWith("id '");
  }

  @Test
  void customRejectsBlankDisplayNameAndBadHosts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SharePlatform.custom("c", " ", MASTODON, Set.of()))
        .withMessageStartingWith("displayName");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SharePlatform.custom("c", "C", MASTODON, Set.of("evil.example/path")))
        .withMessageStartingWith("hosts");
  }

  @Test
  void customRejectsNullArgumentsNamingThem() {
    assertThatNullPointerException()
        .isThrownBy(() -> SharePlatform.custom(null, "C", MASTODON, Set.of()))
        .withMessage("id must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> SharePlatform.custom("c", null, MASTODON, Set.of()))
        .withMessage("displayName must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> SharePlatform.custom("c", "C", null, Set.of()))
        .withMessage("template must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> SharePlatform.custom("c", "C", MASTODON, null))
        .withMessage("hosts must not be null");
  }

  @Test
  void platformsWithSameIdAndTemplateAreEqual() {
    SharePlatform a = SharePlatform.custom("m", "Mastodon", MASTODON, Set.of());
    SharePlatform b = SharePlatform.custom("m", "Other name", MASTODON, Set.of("mastodon.online"));
    SharePlatform c =
        SharePlatform.custom("m", "Mastodon", MASTODON.replace("social", "online"), Set.of());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(SharePlatform.TELEGRAM).isNotEqualTo(SharePlatform.VK);
  }
}
