package io.github.newsmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.fixtures.Reports;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.ValidationReport;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsDateTimeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01T00:00:00.120+05:00",
        "2024-03-01T00:00:00+00:00",
        "2024-03-01T00:00:00Z",
        "2024-03-01T00:00:00+0600",
        "2023-11-28T19:00:00",
        "2023-11-28",
        "2023-11-28T19:00:00.000000001-03:30"
      })
  void parseKeepsTheTextByteForByte(String text) {
    NewsDateTime parsed = NewsDateTime.parse(text);

    assertThat(parsed.text()).isEqualTo(text);
    assertThat(parsed.toString()).isEqualTo(text);
  }

  @Test
  void fractionalSecondsAndOffsetAreRead() {
    NewsDateTime parsed = NewsDateTime.parse("2024-03-01T00:00:00.120+05:00");

    assertThat(parsed.hasOffset()).isTrue();
    assertThat(parsed.offset()).contains(ZoneOffset.ofHours(5));
    assertThat(parsed.toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0, 0, 120_000_000));
    assertThat(parsed.toInstant()).contains(Instant.parse("2024-02-29T19:00:00.120Z"));
  }

  @Test
  void zeroOffsetWithColonsStaysAsWrittenAndDoesNotEqualZ() {
    NewsDateTime plusZero = NewsDateTime.parse("2024-03-01T00:00:00+00:00");
    NewsDateTime zulu = NewsDateTime.parse("2024-03-01T00:00:00Z");

    assertThat(plusZero.text()).isEqualTo("2024-03-01T00:00:00+00:00");
    assertThat(plusZero.offset()).contains(ZoneOffset.UTC);
    assertThat(zulu.offset()).contains(ZoneOffset.UTC);
    assertThat(plusZero.toInstant()).isEqualTo(zulu.toInstant());
    assertThat(plusZero).isNotEqualTo(zulu);
  }

  @Test
  void offsetWithoutColonIsRead() {
    NewsDateTime parsed = NewsDateTime.parse("2023-11-28T19:00:00+0600");

    assertThat(parsed.offset()).contains(ZoneOffset.ofHours(6));
    assertThat(parsed.toInstant()).contains(Instant.parse("2023-11-28T13:00:00Z"));
  }

  @Test
  void localDateTimeHasNoOffsetAndNoInstant() {
    NewsDateTime parsed = NewsDateTime.parse("2023-11-28T19:00:00");

    assertThat(parsed.hasOffset()).isFalse();
    assertThat(parsed.offset()).isEmpty();
    assertThat(parsed.toInstant()).isEmpty();
    assertThat(parsed.toOffsetDateTime()).isEmpty();
    assertThat(parsed.toLocalDateTime()).isEqualTo(LocalDateTime.of(2023, 11, 28, 19, 0));
  }

  @Test
  void dateAloneIsMidnightWithoutOffset() {
    NewsDateTime parsed = NewsDateTime.parse("2023-11-28");

    assertThat(parsed.hasOffset()).isFalse();
    assertThat(parsed.toLocalDateTime()).isEqualTo(LocalDateTime.of(2023, 11, 28, 0, 0));
    assertThat(parsed.text()).isEqualTo("2023-11-28");
  }

  @Test
  void isBeforeComparesInstantsAcrossOffsets() {
    NewsDateTime astana = NewsDateTime.parse("2023-11-28T19:00:00+06:00");
    NewsDateTime london = NewsDateTime.parse("2023-11-28T14:00:00Z");

    // 19:00 in Astana is 13:00 UTC: earlier than 14:00 UTC although its local time is later.
    assertThat(astana.isBefore(london)).isTrue();
    assertThat(london.isBefore(astana)).isFalse();
  }

  @Test
  void sameInstantInAnotherOffsetIsNotBefore() {
    NewsDateTime astana = NewsDateTime.parse("2023-11-28T19:00:00+06:00");
    NewsDateTime utc = NewsDateTime.parse("2023-11-28T13:00:00Z");

    assertThat(utc.isBefore(astana)).isFalse();
    assertThat(astana.isBefore(utc)).isFalse();
    assertThat(astana).isNotEqualTo(utc);
  }

  @Test
  void valueIsNotBeforeItself() {
    NewsDateTime value = NewsDateTime.parse("2023-11-28T19:00:00+06:00");

    assertThat(value.isBefore(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))).isFalse();
  }

  @Test
  void withoutBothOffsetsLocalTimesAreCompared() {
    NewsDateTime local = NewsDateTime.parse("2023-11-28T18:00:00");
    NewsDateTime astana = NewsDateTime.parse("2023-11-28T19:00:00+06:00");

    assertThat(local.isBefore(astana)).isTrue();
    assertThat(astana.isBefore(local)).isFalse();
  }

  @Test
  void compareToIsConsistentWithEquals() {
    NewsDateTime astana = NewsDateTime.parse("2023-11-28T19:00:00+06:00");
    NewsDateTime utc = NewsDateTime.parse("2023-11-28T13:00:00Z");

    assertThat(astana.compareTo(utc)).isNotZero();
    assertThat(Integer.signum(astana.compareTo(utc)))
        .isEqualTo(-Integer.signum(utc.compareTo(astana)));
    assertThat(astana.compareTo(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "28.11.2023 19:00",
        "2023-11-28T19:00:00+6",
        "2023-13-01",
        "yesterday",
        "",
        "2023-11-28T25:00:00Z"
      })
  void badTextIsRejectedWithAMessageSayingWhatWasExpected(String text) {
    assertThatThrownBy(() -> NewsDateTime.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("ISO 8601")
        .hasMessageContaining("expected e.g. 2023-11-28T19:00:00+06:00")
        .satisfies(e -> assertThat(((DateTimeParseException) e).getParsedString()).isEqualTo(text));
  }

  @Test
  void veryLongBadTextIsAbbreviatedInTheMessage() {
    String text = "x".repeat(500);

    assertThatThrownBy(() -> NewsDateTime.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageNotContaining(text)
        .hasMessageContaining("x".repeat(64) + "…");
  }

  @Test
  void parseRejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> NewsDateTime.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void ofOffsetDateTimeWritesColonOffsetAndZForUtc() {
    assertThat(
            NewsDateTime.of(OffsetDateTime.of(2023, 11, 28, 19, 0, 0, 0, ZoneOffset.ofHours(6)))
                .text())
        .isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(NewsDateTime.of(OffsetDateTime.of(2023, 11, 28, 13, 0, 0, 0, ZoneOffset.UTC)).text())
        .isEqualTo("2023-11-28T13:00:00Z");
  }

  @Test
  void ofLocalHasNoOffset() {
    NewsDateTime local = NewsDateTime.ofLocal(LocalDateTime.of(2023, 11, 28, 19, 0));

    assertThat(local.text()).isEqualTo("2023-11-28T19:00:00");
    assertThat(local.hasOffset()).isFalse();
  }

  @Test
  void factoriesRejectNullNamingTheArgument() {
    assertThatThrownBy(() -> NewsDateTime.of(null)).hasMessageContaining("dateTime");
    assertThatThrownBy(() -> NewsDateTime.ofLocal(null)).hasMessageContaining("dateTime");
  }

  @Test
  void formattedValueParsesBackEqual() {
    NewsDateTime formatted = NewsDateTime.of(OffsetDateTime.parse("2024-03-01T00:00:00.120+05:00"));

    assertThat(NewsDateTime.parse(formatted.text())).isEqualTo(formatted);
    assertThat(formatted.text()).isEqualTo("2024-03-01T00:00:00.12+05:00");
  }

  @Test
  void equalityIsByText() {
    EqualsVerifier.forClass(NewsDateTime.class)
        .suppress(Warning.NULL_FIELDS, Warning.ALL_FIELDS_SHOULD_BE_USED)
        .verify();
    assertThat(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
        .isEqualTo(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
        .hasSameHashCodeAs(NewsDateTime.parse("2023-11-28T19:00:00+06:00"));
  }

  @Test
  void firstPublishedWithoutOffsetIsAWarningAndTheReportStaysValid() {
    Article article =
        Article.builder("id", "Заголовок")
            .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00"))
            .build();

    ValidationReport report = Reports.validate(article);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("firstPublished");
              assertThat(problem.code()).isEqualTo("datetime.offset");
              assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void everyArticleDateWithoutOffsetIsWarnedAboutOnItsOwnPath() {
    NewsDateTime local = NewsDateTime.parse("2023-11-28");
    Article article =
        Article.builder("id", "h")
            .firstPublished(local)
            .modified(local)
            .created(local)
            .embargoedUntil(local)
            .expires(local)
            .build();

    ValidationReport report = Reports.validate(article);

    assertThat(report.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "firstPublished", "modified", "created", "embargoedUntil", "expires");
    assertThat(report.problems())
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo("datetime.offset");
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void datesWithOffsetsGiveNoWarning() {
    Reports.assertNoProblems(
        Article.builder("id", "h")
            .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
            .created(NewsDateTime.parse("2023-11-28T12:00:00Z"))
            .build());
  }
}
