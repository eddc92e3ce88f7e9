package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.json.JsonProblem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NinjsLocaleTest {

  private static final String BAD_LANGUAGE =
      "{\"uri\":\"urn:a\",\"language\":\"ru_RU!\",\"headlines\":[{\"role\":\"main\",\"value\":\"Заголовок\"}]}";

  private static List<String> messages(Locale locale) {
    return Ninjs.builder().locale(locale).build().read(BAD_LANGUAGE).problems().stream()
        .filter(p -> p.code().equals("language.tag"))
        .map(JsonProblem::message)
        .toList();
  }

  @Test
  void validatorMessagesFollowTheChosenLanguage() {
    List<String> english = messages(Locale.ENGLISH);
    List<String> russian = messages(Locale.forLanguageTag("ru"));
    List<String> kazakh = messages(Locale.forLanguageTag("kk"));

    assertThat(english).singleElement().asString().contains("BCP 47");
    assertThat(russian).singleElement().isNotIn(english);
    assertThat(kazakh).singleElement().isNotIn(english).isNotIn(russian);
  }

  @Test
  void theLocaleIsKeptByToBuilder() {
    Ninjs kazakh = Ninjs.builder().locale(Locale.forLanguageTag("kk")).build();
    assertThat(kazakh.toBuilder().build().locale()).isEqualTo(Locale.forLanguageTag("kk"));
    assertThat(Ninjs.defaults().locale()).isEqualTo(Locale.ENGLISH);
  }
}
