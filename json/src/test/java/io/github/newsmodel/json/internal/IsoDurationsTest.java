package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDurationsTest {

  private static final long SEED = Long.getLong("newsmodel.seed", 20261128L);

  @Test
  void readsWhatDurationToStringWrites() {
    assertThat(IsoDurations.parseCommon("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    assertThat(IsoDurations.parseCommon("PT2H0.5S")).isEqualTo(Duration.ofMillis(7_200_500));
    assertThat(IsoDurations.parseCommon("PT0.000000001S")).isEqualTo(Duration.ofNanos(1));
    assertThat(IsoDurations.parseCommon("PT48H")).isEqualTo(Duration.ofHours(48));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "P1D",
        "PT",
        "PT1",
        "PT1.S",
        "PT.5S",
        "PT1S2M",
        "PT1H1H",
        "PT-1S",
        "pt1s",
        "PT1,5S",
        "PT1234567890S",
        "PT1.1234567890S",
        "-PT1S",
        "PT1S "
      })
  void leavesOtherShapesToDurationParse(String text) {
    assertThat(IsoDurations.parseCommon(text)).isNull();
  }

  @Test
  void rejectsWhatDurationParseRejects() {
    assertThatThrownBy(() -> IsoDurations.parse("PT")).isInstanceOf(DateTimeParseException.class);
    assertThat(IsoDurations.parse("P1DT1S")).isEqualTo(Duration.ofSeconds(86_401));
  }

  @Test
  void agreesWithDurationParseOnRandomTexts() {
    Random random = new Random(SEED);
    int read = 0;
    for (int i = 0; i < 30_000; i++) {
      String text = random.nextBoolean() ? randomDuration(random).toString() : randomText(random);
      Duration fast = IsoDurations.parseCommon(text);
      Duration slow;
      try {
        slow = Duration.parse(text);
      } catch (DateTimeParseException rejected) {
        assertThat(fast).as("seed %d: %s", SEED, text).isNull();
        continue;
      }
      if (fast != null) {
        read++;
        assertThat(fast).as("seed %d: %s", SEED, text).isEqualTo(slow);
      }
    }
    assertThat(read).isGreaterThan(10_000);
  }

  private static Duration randomDuration(Random random) {
    return Duration.ofSeconds(
        random.nextInt(400_000), random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder("PT");
    String parts = "0123456789HMS.";
    int length = 1 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      text.append(parts.charAt(random.nextInt(parts.length())));
    }
    return text.toString();
  }
}
