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

class NoInvisibleTextTest {

  record Headline(@CleanText @NoInvisibleText @Nullable String headline) {}

  record Strict(@NoInvisibleText(severity = Severity.ERROR) String text) {}

  record WithPayload(@NoInvisibleText(payload = Warning.class) String text) {}

  private static ValidationReport validate(Object bean) {
    return NewsValidator.shared().validate(bean);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zero\u200Bspace",
        "non\u200Cjoiner",
        "joiner\u200D",
        "word\u2060joiner",
        "\uFEFFbom"
      })
  void zeroWidthCharactersGiveAWarningOnly(String text) {
    ValidationReport report = validate(new Headline(text));
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactly(tuple("headline", "text.invisible", Severity.WARNING));
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void visibleTextHasNoWarning() {
    assertThat(validate(new Headline("Nothing hidden here")).problems()).isEmpty();
    assertThat(validate(new Headline(null)).problems()).isEmpty();
  }

  @Test
  void errorAndWarningOnTheSameField() {
    ValidationReport report = validate(new Headline("bad\u0000and\u200Bhidden"));
    assertThat(report.problems())
        .extracting(Problem::code, Problem::severity)
        .containsExactly(
            tuple("text.control", Severity.ERROR), tuple("text.invisible", Severity.WARNING));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void severityCanBeRaisedToError() {
    ValidationReport report = validate(new Strict("a\u200Bb"));
    assertThat(report.problems()).extracting(Problem::severity).containsExactly(Severity.ERROR);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void warningPayloadAlsoWorks() {
    assertThat(validate(new WithPayload("a\u2060b")).problems())
        .extracting(Problem::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void warningMessageIsLocalized() {
    Problem ru =
        NewsValidator.shared()
            .validate(new Headline("a\u200Bb"), java.util.Locale.forLanguageTag("ru"))
            .problems()
            .get(0);
    assertThat(ru.message()).isEqualTo("содержит невидимые символы нулевой ширины");
  }
}
