package io.github.newsmodel.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleanTextTest {

  record Title(@CleanText @Nullable String title) {}

  record Body(@CleanText(multiline = true) @Nullable String body) {}

  private static ValidationReport validate(Object bean) {
    return NewsValidator.shared().validate(bean);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plain headline",
        "Tab\tseparated",
        "Жаңалықтар: Алматы",
        "Новости дня",
        "emoji 👍🏽 ok",
        "עברית \u200F mark",
        "",
        "   "
      })
  void cleanSingleLineTextPasses(String text) {
    assertThat(validate(new Title(text)).problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "line\nbreak",
        "carriage\rreturn",
        "nul\u0000",
        "bell\u0007",
        "del\u007F",
        "nel\u0085",
        "c1\u009F",
        "esc\u001B[31m"
      })
  void controlCharactersInSingleLineTextFail(String text) {
    assertThat(validate(new Title(text)).problems())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactly(tuple("title", "text.control", Severity.ERROR));
  }

  @Test
  void multilineAllowsLineBreaksButNotOtherControls() {
    assertThat(validate(new Body("first\r\nsecond\nthird\tx")).problems()).isEmpty();
    assertThat(validate(new Body("first\nsecond\u0000")).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("body", "text.control"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u202Aembed",
        "\u202Boverride",
        "\u202Cpop",
        "\u202Dlro",
        "file\u202Egnp.exe",
        "\u2066isolate",
        "\u2067x",
        "\u2068x",
        "\u2069x"
      })
  void bidiControlsFail(String text) {
    assertThat(validate(new Title(text)).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("title", "text.bidi"));
  }

  @Test
  void controlAndBidiAreBothReportedOnce() {
    assertThat(validate(new Title("a\u0000b\u0001c\u202Ed\u202E")).problems())
        .extracting(Problem::code)
        .containsExactly("text.bidi", "text.control");
  }

  @Test
  void zeroWidthCharactersAreNotCleanTextsBusiness() {
    assertThat(validate(new Title("zero\u200Bwidth")).problems()).isEmpty();
  }

  @Test
  void nullIsValid() {
    assertThat(validate(new Title(null)).isValid()).isTrue();
  }
}
