package io.github.newsmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

  private static final long SEED = Long.getLong("newsmodel.seed", 20261127L);

  @Test
  void readsTheCommonShapeWithOffsetFractionAndUtc() {
    NewsDateTime value = Rfc3339.parse("2023-11-28T19:00:00.125+06:00");
    assertThat(value).isNotNull();
    assertThat(value.text()).isEqualTo("2023-11-28T19:00:00.125+06:00");
    assertThat(value.toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2023, 11, 28, 19, 0, 0, 125_000_000));
    assertThat(value.offset()).contains(ZoneOffset.ofHours(6));
    assertThat(Rfc3339.parse("2023-11-28t13:00:00z").offset()).contains(ZoneOffset.UTC);
    assertThat(Rfc3339.parse("2023-11-28T13:00:00-00:00").offset()).contains(ZoneOffset.UTC);
    assertThat(Rfc3339.parse("2023-11-28T13:00:00-03:30").offset())
        .contains(ZoneOffset.ofHoursMinutes(-3, -30));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-11-28T19:00+06:00",
        "2023-11-28T19:00:00",
        "2023-11-28",
        "2023-11-28T19:00:00+0600",
        "2023-11-28T19:00:00+06",
        "2023-11-28T19:00:00+06:00:00",
        "2023-11-28T19:00:00.+06:00",
        "2023-11-28T19:00:00.1234567891Z",
        "2023-11-28T19:00:00.123",
        "2023-02-30T19:00:00Z",
        "2023-11-28T24:00:00Z",
        "2023-11-28T19:00:00+19:00",
        "2023-11-28T19:00:00+18:01",
        "+12023-11-28T19:00:00Z",
        "2023-11-28 19:00:00Z",
        "2023-1１-28T19:00:00Z",
        "2023-11-28T19:00:00Z "
      })
  void leavesEverythingElseToTheFormatters(String text) {
    assertThat(Rfc3339.parse(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2023-02-30T19:00:00Z", "2023-02-30T19:00:00+0600", "2023-11-28T19:00:00+19:00"})
  void impossibleValuesFailWithTheFormattersMessage(String text) {
    assertThatThrownBy(() -> NewsDateTime.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("is not ISO 8601");
  }

  @Test
  void agreesWithTheFormattersOnRandomTexts() {
    Random random = new Random(SEED);
    int fast = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random);
      NewsDateTime quick = Rfc3339.parse(text);
      NewsDateTime slow;
      try {
        slow = NewsDateTime.parseAnyShape(text);
      } catch (DateTimeParseException rejected) {
        assertThat(quick).as("seed %d, text %s", SEED, text).isNull();
        continue;
      }
      if (quick != null) {
        fast++;
        assertThat(quick).as("seed %d, text %s", SEED, text).isEqualTo(slow);
        assertThat(quick.text()).isEqualTo(slow.text());
        assertThat(quick.offset()).isEqualTo(slow.offset());
        assertThat(quick.toLocalDateTime()).isEqualTo(slow.toLocalDateTime());
      }
    }
    assertThat(fast).as("texts read by the fast path").isGreaterThan(5_000);
  }

  /** A date-time text in the common shape, often with one character or field out of range. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "%04d-%02d-%02d",
            random.nextInt(10_000), 1 + random.nextInt(13), 1 + random.nextInt(32)));
    text.append(random.nextInt(10) == 0 ? 't' : 'T');
    text.append(
        String.format(
            "%02d:%02d:%02d", random.nextInt(25), random.nextInt(61), random.nextInt(61)));
    if (random.nextBoolean()) {
      text.append('.');
      int digits = random.nextInt(11);
      for (int i = 0; i < digits; i++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
    }
    switch (random.nextInt(5)) {
      case 0 -> text.append(random.nextBoolean() ? 'Z' : 'z');
      case 1 ->
          text.append(
              String.format(
                  "%c%02d:%02d",
                  random.nextBoolean() ? '+' : '-', random.nextInt(20), random.nextInt(61)));
      case 2 -> text.append(String.format("+%02d%02d", random.nextInt(19), random.nextInt(60)));
      case 3 ->
          text.append(
              String.format(
                  "+%02d:%02d:%02d", random.nextInt(19), random.nextInt(60), random.nextInt(60)));
      default -> {}
    }
    if (random.nextInt(8) == 0) {
      int at = random.nextInt(text.length());
      text.setCharAt(at, "0:-T.+Z x9".charAt(random.nextInt(10)));
    }
    return text.toString();
  }
}
