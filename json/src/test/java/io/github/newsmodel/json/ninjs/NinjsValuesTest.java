package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions, write results and the exception of strict writing. */
class NinjsValuesTest {

  @Test
  void versionsKnowTheirNumberGenerationAndWhetherTheyCanBeWritten() {
    assertThat(NinjsVersion.values())
        .extracting(NinjsVersion::number)
        .containsExactly("2.0", "2.1", "2.2", "3.0", "3.1");
    assertThat(NinjsVersion.values())
        .filteredOn(NinjsVersion::isV3)
        .containsExactly(NinjsVersion.V3_0, NinjsVersion.V3_1);
    assertThat(NinjsVersion.values())
        .filteredOn(NinjsVersion::isWritable)
        .containsExactly(NinjsVersion.V2_2, NinjsVersion.V3_1);
    assertThat(NinjsVersion.V3_0.schemaUrl())
        .isEqualTo("http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json");
  }

  @Test
  void versionNumbersMayCarryAPatchLevel() {
    assertThat(NinjsVersion.fromNumber("2.1")).contains(NinjsVersion.V2_1);
    assertThat(NinjsVersion.fromNumber("3.1.2")).contains(NinjsVersion.V3_1);
    assertThat(NinjsVersion.fromNumber("3.10")).isEmpty();
    assertThat(NinjsVersion.fromNumber("4.0")).isEmpty();
  }

  @Test
  void versionsThatCannotBeWrittenAreRefused() {
    Article article = Article.builder("a", "h").build();
    assertThatThrownBy(() -> Ninjs.defaults().write(article, NinjsVersion.V3_0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ninjs 3.0 cannot be written; expected 3.1 or 2.2");
    assertThat(Ninjs.defaults().write(article, NinjsVersion.V2_2).version())
        .isEqualTo(NinjsVersion.V2_2);
  }

  @Test
  void aWriteResultIsCompleteWhenNothingWasDropped() {
    JsonProblem dropped = JsonProblem.error("/x", "ninjs.dropped", "x");
    assertThat(new NinjsWriteResult("{}", NinjsVersion.V3_1, List.of()).isComplete()).isTrue();
    assertThat(new NinjsWriteResult("{}", NinjsVersion.V3_1, List.of(dropped)).isComplete())
        .isFalse();
  }

  @Test
  void theExceptionListsFiveProblemsAndCountsTheRest() {
    List<JsonProblem> problems = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      problems.add(JsonProblem.error("/p" + i, "c", "m"));
    }
    NinjsException seven = new NinjsException("cannot:", problems);
    assertThat(seven.pointer()).isEqualTo("/p0");
    assertThat(seven.getMessage())
        .startsWith("cannot:\n  ERROR /p0")
        .contains("/p4")
        .doesNotContain("/p5")
        .endsWith("\n  … and 2 more");
    assertThat(seven.problems()).hasSize(7);
    NinjsException five = new NinjsException("cannot:", problems.subList(0, 5));
    assertThat(five.getMessage()).contains("/p4").doesNotContain("more");
    NinjsException none = new NinjsException("cannot", List.of());
    assertThat(none.pointer()).isEmpty();
    assertThat(none.getMessage()).isEqualTo("cannot");
  }
}
