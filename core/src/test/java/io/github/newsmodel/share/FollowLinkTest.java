package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class FollowLinkTest {

  private static final String PROMPT =
      "Подпишитесь на наш Telegram-канал и узнавайте новости первыми!";

  @Test
  void ofCreatesLinkWithoutLabel() {
    FollowLink link = FollowLink.of("telegram", "https://t.me/example_news");
    assertThat(link.service()).isEqualTo("telegram");
    assertThat(link.url()).isEqualTo("https://t.me/example_news");
    assertThat(link.label()).isNull();
    assertThat(link.language()).isNull();
  }

  @Test
  void withLabelReturnsCopyWithPromptAndLanguage() {
    FollowLink plain = FollowLink.of("telegram", "https://t.me/example_news");
    FollowLink labelled = plain.withLabel(PROMPT, "ru");
    assertThat(labelled)
        .isEqualTo(new FollowLink("telegram", "https://t.me/example_news", PROMPT, "ru"));
    assertThat(plain.label()).isNull();
  }

  @Test
  void withLabelAcceptsNullToRemoveLabel() {
    FollowLink link =
        FollowLink.of("vk", "https://vk.com/example").withLabel(PROMPT, "ru").withLabel(null, null);
    assertThat(link).isEqualTo(FollowLink.of("vk", "https://vk.com/example"));
  }

  @Test
  void rejectsNullServiceAndUrlNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> FollowLink.of(null, "https://t.me/x"))
        .withMessage("service must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> FollowLink.of("telegram", null))
        .withMessage("url must not be null");
  }
}
