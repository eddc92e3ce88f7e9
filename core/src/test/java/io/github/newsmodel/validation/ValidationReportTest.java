package io.github.newsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Problem error(String path, String code) {
    return new Problem(path, code, Severity.ERROR, "e " + path);
  }

  private static Problem warning(String path, String code) {
    return new Problem(path, code, Severity.WARNING, "w " + path);
  }

  @Test
  void emptyReportIsValid() {
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(ValidationReport.of(List.of())).isEqualTo(ValidationReport.empty());
    assertThat(ValidationReport.empty().toString())
        .isEqualTo("ValidationReport: valid, no problems");
  }

  @Test
  void sortsByPathThenCodeWithNumericIndexes() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                error("media[10].width", "range"), error("media[2].width", "range"),
                error("title", "text.control"), error("", "dates.order"),
                error("media[2].width", "required"), error("keywords[3]", "size")));
    assertThat(report.problems())
        .extracting(Problem::path)
        .containsExactly(
            "", "keywords[3]", "media[2].width", "media[2].width", "media[10].width", "title");
    assertThat(report.problems().get(2).code()).isEqualTo("range");
    assertThat(report.problems().get(3).code()).isEqualTo("required");
  }

  @Test
  void orderDoesNotDependOnInputOrder() {
    List<Problem> input =
        new ArrayList<>(
            List.of(
                error("b", "x"),
                error("a", "y"),
                warning("a", "x"),
                error("a[1]", "x"),
                error("a[01]", "z")));
    ValidationReport first = ValidationReport.of(input);
    java.util.Collections.reverse(input);
    assertThat(ValidationReport.of(input)).isEqualTo(first);
  }

  @Test
  void deduplicatesPathAndCodeKeepingTheError() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                warning("url", "url.scheme"),
                error("url", "url.scheme"),
                error("url", "url.scheme")));
    assertThat(report.problems()).hasSize(1);
    assertThat(report.problems().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void warningsDoNotInvalidate() {
    ValidationReport report = ValidationReport.of(List.of(warning("title", "text.invisible")));
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void errorsAndWarningsAreSplit() {
    ValidationReport report =
        ValidationReport.of(List.of(warning("a", "w"), error("b", "e"), warning("c", "w")));
    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).extracting(Problem::path).containsExactly("b");
    assertThat(report.warnings()).extracting(Problem::path).containsExactly("a", "c");
  }

  @Test
  void mergeCombinesSortsAndDeduplicates() {
    ValidationReport a = ValidationReport.of(List.of(error("z", "c"), error("a", "c")));
    ValidationReport b = ValidationReport.of(List.of(error("m", "c"), error("a", "c")));
    assertThat(a.merge(b).problems()).extracting(Problem::path).containsExactly("a", "m", "z");
    assertThat(a.merge(ValidationReport.empty())).isSameAs(a);
    assertThat(ValidationReport.empty().merge(b)).isSameAs(b);
  }

  @Test
  void problemsAreImmutableAndDetachedFromInput() {
    List<Problem> input = new ArrayList<>(List.of(error("a", "c")));
    ValidationReport report = ValidationReport.of(input);
    input.add(error("b", "c"));
    assertThat(report.problems()).hasSize(1);
    assertThatThrownBy(() -> report.problems().add(error("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> ValidationReport.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("problem list");
    assertThatThrownBy(() -> ValidationReport.of(Arrays.asList(error("a", "b"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("index 1");
    assertThatThrownBy(() -> ValidationReport.empty().merge(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("other report");
  }

  @Test
  void toStringHasOneProblemPerLine() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                new Problem("url", "url.scheme", Severity.ERROR, "bad scheme"),
                new Problem("title", "text.invisible", Severity.WARNING, "invisible")));
    assertThat(report.toString())
        .isEqualTo(
            "ValidationReport: invalid, 1 error(s), 1 warning(s)\n"
                + "WARNING title [text.invisible]: invisible\n"
                + "ERROR url [url.scheme]: bad scheme");
  }

  @Test
  void equalsAndHashCodeFollowProblems() {
    EqualsVerifier.forClass(ValidationReport.class)
        .withNonnullFields("problems")
        .withPrefabValues(List.class, List.of(error("a", "b")), List.of(error("c", "d")))
        .verify();
  }
}
