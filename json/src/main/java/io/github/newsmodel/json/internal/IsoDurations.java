package io.github.newsmodel.json.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads the durations media renditions carry, {@code PT1M30S} or {@code PT2H0.5S} as {@link
 * Duration#toString()} writes them, without the regular expression {@link Duration#parse} runs.
 * Only that shape is read here (hours, minutes and seconds, each of at most nine digits, a fraction
 * of at most nine); everything else, days and signs included, goes to {@link Duration#parse}.
 */
final class IsoDurations {

  private static final int MAX_DIGITS = 9;

  private IsoDurations() {}

  /** Parses the text, with {@link Duration#parse} for any shape not read here. */
  static Duration parse(String text) {
    Duration common = parseCommon(text);
    return common != null ? common : Duration.parse(text);
  }

  /** Reads {@code PT[nH][nM][n[.f]S]} with at least one part; null for any other text. */
  static @Nullable Duration parseCommon(String text) {
    int length = text.length();
    if (length < 4 || text.charAt(0) != 'P' || text.charAt(1) != 'T') {
      return null;
    }
    long seconds = 0;
    int nanos = 0;
    int at = 2;
    int order = 0; // 1 after hours, 2 after minutes, 3 after seconds
    while (at < length) {
      int start = at;
      long value = 0;
      while (at < length && at - start < MAX_DIGITS && isDigit(text.charAt(at))) {
        value = value * 10 + (text.charAt(at) - '0');
        at++;
      }
      if (at == start || at == length) {
        return null;
      }
      char unit = text.charAt(at);
      if (unit == 'H' && order < 1) {
        seconds += value * 3600;
        order = 1;
      } else if (unit == 'M' && order < 2) {
        seconds += value * 60;
        order = 2;
      } else if ((unit == 'S' || unit == '.') && order < 3) {
        seconds += value;
        if (unit == '.') {
          int fractionStart = ++at;
          while (at < length && at - fractionStart < MAX_DIGITS && isDigit(text.charAt(at))) {
            nanos = nanos * 10 + (text.charAt(at) - '0');
            at++;
          }
          if (at == fractionStart || at == length || text.charAt(at) != 'S') {
            return null;
          }
          for (int scale = at - fractionStart; scale < MAX_DIGITS; scale++) {
            nanos *= 10;
          }
        }
        order = 3;
      } else {
        return null;
      }
      at++;
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
