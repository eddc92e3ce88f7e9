package io.github.newsmodel.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

  record Doc(@LanguageTag @Nullable String language) {}

  record Translations(List<@LanguageTag String> languages) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en",
        "ru",
        "kk",
        "ru-RU",
        "kk-Cyrl-KZ",
        "zh-Hant-TW",
        "de-CH-1996",
        "en-US-x-twain",
        "sr-Latn",
        "EN-us",
        "es-419"
      })
  void wellFormedTagsPass(String tag) {
    assertThat(NewsValidator.shared().validate(new Doc(tag)).problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "en_US",
        " en",
        "en ",
        "en-",
        "-en",
        "123",
        "e",
        "en--US",
        "ru RU",
        "toolongtag",
        "en-US-",
        "рус"
      })
  void illFormedTagsFail(String tag) {
    assertThat(NewsValidator.shared().validate(new Doc(tag)).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("language", "language.tag"));
  }

  @Test
  void nullIsValid() {
    assertThat(NewsValidator.shared().validate(new Doc(null)).isValid()).isTrue();
  }

  @Test
  void listElementsAreCheckedWithIndex() {
    assertThat(NewsValidator.shared().validate(new Translations(List.of("en", "en_GB"))).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("languages[1]", "language.tag"));
  }
}
