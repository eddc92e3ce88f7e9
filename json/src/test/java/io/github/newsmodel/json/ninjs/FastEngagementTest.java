package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.time.NewsDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engagement counters are read without a parser exactly in the writer's form, and that form
 * only; anything else is left to {@link LinkMapping#engagement}.
 */
class FastEngagementTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"views\":759}",
        "{\"views\":-5}",
        "{\"views\":0,\"shares\":1,\"comments\":2,\"reactions\":3}",
        "{\"shares\":9223372036854775807,\"reactions\":-9223372036854775808}",
        "{\"views\":1,\"asOf\":\"2024-05-10T08:30:00Z\"}",
        "{\"asOf\":\"2024-02-29T23:59:59.999999999-03:30\"}",
        "{\"comments\":12}",
        "{\"asOf\":\"2024-05-10t08:30:00z\"}",
        "{\"asOf\":\"2024-05-10T08:30:00.5+05:00\"}"
      })
  void readsTheWritersFormAsTheTreePathDoes(String json) {
    Engagement engagement = FastEngagement.canonical(json);
    assertThat(engagement).isNotNull().isEqualTo(LinkMapping.engagement(json).orElseThrow());
    assertThat(FastEngagement.read(json)).isEqualTo(engagement);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "}",
        "x}",
        "{x",
        "{ }",
        "{\"views\": 1}",
        "{\"views\":1 }",
        "{\"views\":01}",
        "{\"views\":-0}",
        "{\"views\":1.0}",
        "{\"views\":1e2}",
        "{\"views\":\"1\"}",
        "{\"views\":9223372036854775808}",
        "{\"views\":12345678901234567890}",
        "{\"views\":-}",
        "{\"views\":}",
        "{\"views\":1,}",
        "{\"views\":1,\"views\":2}",
        "{\"shares\":1,\"views\":2}",
        "{\"asOf\":\"2024-05-10T08:30:00Z\",\"views\":1}",
        "{\"likes\":1}",
        "{\"views\":1;\"shares\":1}",
        "{\"views\":1,5}",
        "{\"views\":1,-}",
        "{\"views\":1,\"x\"}",
        "{\"views\":12345678901234567890123}",
        "{\"asOf\":\"yesterday\"}",
        "{\"asOf\":\"2024-05-10T08:30:00\\u005A\"}",
        "{\"asOf\":\"2024-05-10 08:30:00Z\"}",
        "{\"asOf\":\"2024-05-10T08:30:00Z}",
        "{\"asOf\":2024}",
        "{\"asOf\":\"\"}"
      })
  void leavesEveryOtherFormToTheTreePathsReading(String json) {
    assertThat(FastEngagement.canonical(json)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"views\": 1}", "{\"shares\":1,\"views\":2}", "{\"views\":-0}"})
  void givesUpOnCountersTheTreePathReadsInAnotherForm(String json) {
    assertThat(LinkMapping.engagement(json)).isPresent();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FastEngagement.read(json))
        .isInstanceOf(FastGiveUp.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "[1]", "{\"asOf\":\"yesterday\"}"})
  void findsNoCountersWhereTheTreePathFindsNone(String json) {
    assertThat(LinkMapping.engagement(json)).isEmpty();
    assertThat(FastEngagement.read(json)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-10T08:30:00Z", "2024-05-10T08:30:00.5+05:00"})
  void keepsTheTextOfTheDate(String date) {
    Engagement engagement = FastEngagement.canonical("{\"asOf\":\"" + date + "\"}");
    assertThat(engagement.asOf()).isEqualTo(NewsDateTime.parse(date));
    assertThat(engagement.asOf().text()).isEqualTo(date);
  }
}
