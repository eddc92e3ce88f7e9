package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import org.junit.jupiter.api.Test;

/** maxProblems bounds the problems Bean Validation adds, as it bounds those of reading. */
class ProblemLimitTest {

  /** Structurally sound, with three content faults. */
  private static final String THREE_FAULTS =
      "{\"id\":\"a\",\"headline\":\"h\",\"canonicalUrl\":\"ftp://example.com/x\","
          + "\"language\":\"not a tag\",\"urgency\":42}";

  private static NewsJson limited(int maxProblems) {
    return NewsJson.builder().limits(JsonLimits.builder().maxProblems(maxProblems).build()).build();
  }

  @Test
  void validationStopsReportingAtTheLimit() {
    ReadResult<Article> result = limited(2).readAndValidate(THREE_FAULTS);
    assertThat(result.value()).isPresent();
    assertThat(result.problems()).hasSize(3);
    assertThat(result.problems().subList(0, 2))
        .extracting(JsonProblem::code)
        .doesNotContain("limit.problems");
    assertThat(result.problems().get(2).code()).isEqualTo("limit.problems");
    assertThat(result.problems().get(2).message())
        .isEqualTo("more than 2 problems; the rest are not reported (limit maxProblems)");
  }

  @Test
  void exactlyAsManyProblemsAsTheLimitAreAllReported() {
    ReadResult<Article> result = limited(3).readAndValidate(THREE_FAULTS);
    assertThat(result.problems())
        .extracting(JsonProblem::pointer)
        .containsExactlyInAnyOrder("/canonicalUrl", "/language", "/urgency");
  }
}
