package io.github.newsmodel.time;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one shape nearly every feed sends, {@code 2023-11-28T19:00:00+06:00} (RFC 3339: seconds
 * and a fraction of up to nine digits, offset {@code Z} or {@code ±HH:MM}), without the general
 * {@link java.time.format.DateTimeFormatter} machinery. Anything else, including a well-shaped text
 * with an impossible date, is left to {@link NewsDateTime#parseAnyShape}, so both the accepted
 * values and the error messages stay those of the formatters.
 */
final class Rfc3339 {

  private static final int SHORTEST = "2023-11-28T19:00:00Z".length();

  private Rfc3339() {}

  /** Returns the value, or null when the text is not in the common shape or not a real instant. */
  static @Nullable NewsDateTime parse(String text) {
    int length = text.length();
    if (length < SHORTEST
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != 't')
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int at = 19;
    int nano = 0;
    if (text.charAt(at) == '.') {
      int start = ++at;
      while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
        nano = nano * 10 + (text.charAt(at) - '0');
        at++;
      }
      if (at == start || (at < length && isDigit(text.charAt(at)))) {
        return null;
      }
      for (int scale = at - start; scale < 9; scale++) {
        nano *= 10;
      }
    }
    ZoneOffset offset = offset(text, at);
    if (offset == null) {
      return null;
    }
    try {
      return NewsDateTime.ofParts(
          text, LocalDateTime.of(year, month, day, hour, minute, second, nano), offset);
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  /** Reads {@code Z} or {@code ±HH:MM} ending the text at {@code at}, or null. */
  private static @Nullable ZoneOffset offset(String text, int at) {
    int left = text.length() - at;
    if (left == 1) {
      char zone = text.charAt(at);
      return zone == 'Z' || zone == 'z' ? ZoneOffset.UTC : null;
    }
    if (left != 6) {
      return null;
    }
    char sign = text.charAt(at);
    if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
      return null;
    }
    int hours = digits(text, at + 1, 2);
    int minutes = digits(text, at + 4, 2);
    if ((hours | minutes) < 0 || hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
      return null;
    }
    int seconds = hours * 3600 + minutes * 60;
    return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
  }

  /** The value of {@code count} ASCII digits from {@code from}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
