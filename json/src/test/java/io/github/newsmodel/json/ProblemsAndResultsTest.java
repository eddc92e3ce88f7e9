package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JsonProblem, ReadResult and NewsJsonValidationException as values callers look at. */
class ProblemsAndResultsTest {

  private static final JsonProblem ERROR =
      new JsonProblem("/headline", "required", Severity.ERROR, "missing", 2, 5);
  private static final JsonProblem WARNING =
      new JsonProblem("/x", "property.unknown", Severity.WARNING, "dropped", 3, 1);

  @Test
  void problemRejectsBlankCodesAndNegativePositions() {
    assertThatThrownBy(() -> new JsonProblem("", " ", Severity.ERROR, "m", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code is blank");
    assertThatThrownBy(() -> new JsonProblem("/a", "c", Severity.ERROR, "m", -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1:0 at '/a' is negative");
    assertThatThrownBy(() -> new JsonProblem("/a", "c", Severity.ERROR, "m", 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0:-1");
    assertThat(new JsonProblem("/a", "c", Severity.ERROR, "m", 0, 0).line()).isZero();
  }

  @Test
  void problemTextShowsSeverityPointerPositionCodeAndMessage() {
    assertThat(ERROR).hasToString("ERROR /headline (2:5) [required]: missing");
    assertThat(JsonProblem.error("", "json.syntax", "empty"))
        .hasToString("ERROR <document> [json.syntax]: empty");
    assertThat(JsonProblem.error("", "json.syntax", "empty").at(1, 1))
        .hasToString("ERROR <document> (1:1) [json.syntax]: empty");
  }

  @Test
  void problemKnowsWhetherItIsAnError() {
    assertThat(ERROR.isError()).isTrue();
    assertThat(WARNING.isError()).isFalse();
    JsonProblem moved = WARNING.at(7, 8);
    assertThat(moved.line()).isEqualTo(7);
    assertThat(moved.column()).isEqualTo(8);
    assertThat(moved.severity()).isEqualTo(Severity.WARNING);
    assertThat(moved.pointer()).isEqualTo("/x");
  }

  @Test
  void resultSplitsProblemsIntoErrorsAndWarnings() {
    ReadResult<String> result = ReadResult.of("v", List.of(WARNING, ERROR));
    assertThat(result.errors()).containsExactly(ERROR);
    assertThat(result.warnings()).containsExactly(WARNING);
    assertThat(result.problems()).containsExactly(WARNING, ERROR);
    assertThat(result.isValid()).isFalse();
    assertThat(result.value()).contains("v");
  }

  @Test
  void resultWithOnlyWarningsIsValid() {
    ReadResult<String> result = ReadResult.of("v", List.of(WARNING));
    assertThat(result.isValid()).isTrue();
    assertThat(result.orElseThrow()).isEqualTo("v");
    assertThat(result).hasToString("ReadResult{valid, 1 problem(s)\n  " + WARNING + "}");
  }

  @Test
  void resultCopiesTheProblemList() {
    List<JsonProblem> problems = new ArrayList<>(List.of(WARNING));
    ReadResult<String> result = ReadResult.of("v", problems);
    problems.add(ERROR);
    assertThat(result.problems()).containsExactly(WARNING);
  }

  @Test
  void failedResultHasNoValueAndThrowsWithItsProblems() {
    ReadResult<String> failed = ReadResult.failed(List.of(ERROR));
    assertThat(failed.value()).isEmpty();
    assertThat(failed.isValid()).isFalse();
    assertThat(failed).hasToString("ReadResult{no value, 1 problem(s)\n  " + ERROR + "}");
    assertThatThrownBy(failed::orElseThrow)
        .isInstanceOfSatisfying(
            NewsJsonValidationException.class,
            e -> {
              assertThat(e.problems()).containsExactly(ERROR);
              assertThat(e.pointer()).isEqualTo("/headline");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(5);
            });
  }

  @Test
  void resultWithoutValueOrProblemsIsNotValid() {
    ReadResult<String> empty = ReadResult.failed(List.of());
    assertThat(empty.isValid()).isFalse();
    assertThatThrownBy(empty::orElseThrow)
        .isInstanceOfSatisfying(
            NewsJsonValidationException.class,
            e -> {
              assertThat(e.pointer()).isEmpty();
              assertThat(e.getMessage())
                  .isEqualTo("JSON document is invalid: 0 error(s), 0 warning(s)");
            });
  }

  @Test
  void invalidResultShowsInvalidInItsText() {
    assertThat(ReadResult.of("v", List.of(ERROR)).toString())
        .startsWith("ReadResult{invalid, 1 problem(s)");
  }

  @Test
  void resultsWithEqualValuesAndProblemsAreEqual() {
    ReadResult<String> a = ReadResult.of("v", List.of(ERROR));
    assertThat(a)
        .isEqualTo(ReadResult.of("v", List.of(ERROR)))
        .hasSameHashCodeAs(ReadResult.of("v", List.of(ERROR)))
        .isNotEqualTo(ReadResult.of("w", List.of(ERROR)))
        .isNotEqualTo(ReadResult.of("v", List.of(WARNING)))
        .isNotEqualTo("v");
  }

  @Test
  void validationExceptionPointsToTheFirstErrorAndCountsBothKinds() {
    NewsJsonValidationException e = new NewsJsonValidationException(List.of(WARNING, ERROR));
    assertThat(e.pointer()).isEqualTo("/headline");
    assertThat(e.getMessage())
        .isEqualTo(
            "JSON document is invalid: 1 error(s), 1 warning(s)\n  " + WARNING + "\n  " + ERROR);
  }

  @Test
  void validationExceptionWithOnlyWarningsPointsToTheFirstWarning() {
    NewsJsonValidationException e = new NewsJsonValidationException(List.of(WARNING));
    assertThat(e.pointer()).isEqualTo("/x");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void validationExceptionShowsFiveProblemsAndCountsTheRest() {
    List<JsonProblem> problems = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      problems.add(JsonProblem.error("/p" + i, "c", "m" + i));
    }
    String message = new NewsJsonValidationException(problems).getMessage();
    assertThat(message).contains("/p4").doesNotContain("/p5").endsWith("\n  … and 2 more");
    problems.remove(6);
    problems.remove(5);
    assertThat(new NewsJsonValidationException(problems).getMessage())
        .contains("/p4")
        .doesNotContain("more");
    problems.add(JsonProblem.error("/p5", "c", "m5"));
    assertThat(new NewsJsonValidationException(problems).getMessage()).endsWith("\n  … and 1 more");
  }
}
