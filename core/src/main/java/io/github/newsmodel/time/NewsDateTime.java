package io.github.newsmodel.time;

import io.github.newsmodel.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date-time as a news item gives it: the instant, its UTC offset and the exact text it was
 * written in, so that {@code 2024-03-01T00:00:00.120+05:00} is written back byte for byte and
 * {@code +00:00} never turns into {@code Z}.
 *
 * <p>Text without an offset ({@code 2023-11-28T19:00:00}) is kept as a local date-time; {@link
 * #hasOffset()} tells the two apart, and the validator warns about the missing offset. Equality is
 * by text: two values are equal when they were written the same way.
 *
 * <pre>{@code
 * NewsDateTime published = NewsDateTime.parse("2023-11-28T19:00:00+06:00");
 * published.offset();          // Optional[+06:00]
 * published.toInstant();       // Optional[2023-11-28T13:00:00Z]
 * NewsDateTime.of(OffsetDateTime.now()).text();
 * }</pre>
 */
public final class NewsDateTime implements Comparable<NewsDateTime> {

  private static final DateTimeFormatter OFFSET_WITHOUT_COLON =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HHMM", "Z")
          .toFormatter()
          // strict like the ISO formatters: February 30 is an error, not February 28
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  private final String text;
  private final LocalDateTime local;
  private final @Nullable ZoneOffset offset;

  private NewsDateTime(String text, LocalDateTime local, @Nullable ZoneOffset offset) {
    this.text = text;
    this.local = local;
    this.offset = offset;
  }

  /**
   * Parses ISO 8601 text: a date-time with an offset ({@code 2023-11-28T19:00:00+06:00}, {@code Z},
   * also {@code +0600} without a colon), a local date-time without offset, or a date alone (read as
   * midnight, without offset). The text is kept exactly as given.
   *
   * @param text the ISO 8601 text
   * @return the parsed value
   * @throws DateTimeParseException if the text is not an ISO 8601 date or date-time
   */
  public static NewsDateTime parse(CharSequence text) {
    String value = Checks.required(text, "text").toString();
    NewsDateTime common = Rfc3339.parse(value);
    return common != null ? common : parseAnyShape(value);
  }

  /** Creates a value from parts {@link Rfc3339} has read and checked. */
  static NewsDateTime ofParts(String text, LocalDateTime local, ZoneOffset offset) {
    return new NewsDateTime(text, local, offset);
  }

  /**
   * Parses every accepted shape with {@link DateTimeFormatter}s; {@link #parse} uses it for all
   * text that is not in the common RFC 3339 shape.
   */
  static NewsDateTime parseAnyShape(String value) {
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return new NewsDateTime(value, parsed.toLocalDateTime(), parsed.getOffset());
    } catch (DateTimeParseException notIsoOffset) {
      // fall through to the other accepted shapes
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value, OFFSET_WITHOUT_COLON);
      return new NewsDateTime(value, parsed.toLocalDateTime(), parsed.getOffset());
    } catch (DateTimeParseException notCompactOffset) {
      // fall through
    }
    try {
      return new NewsDateTime(
          value, LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME), null);
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return new NewsDateTime(
          value, LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(), null);
    } catch (DateTimeParseException notDate) {
      throw new DateTimeParseException(
          "date-time '"
              + abbreviate(value)
              + "' is not ISO 8601; expected e.g. 2023-11-28T19:00:00+06:00",
          value,
          0,
          notDate);
    }
  }

  /**
   * Wraps an offset date-time; its text is the ISO 8601 form with the offset as {@code +HH:MM} (UTC
   * as {@code Z}).
   *
   * @param dateTime the date-time
   * @return the value
   */
  public static NewsDateTime of(OffsetDateTime dateTime) {
    Checks.required(dateTime, "dateTime");
    return new NewsDateTime(
        dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        dateTime.toLocalDateTime(),
        dateTime.getOffset());
  }

  /**
   * Wraps a local date-time that has no known offset.
   *
   * @param dateTime the date-time
   * @return the value, without offset
   */
  public static NewsDateTime ofLocal(LocalDateTime dateTime) {
    Checks.required(dateTime, "dateTime");
    return new NewsDateTime(dateTime.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), dateTime, null);
  }

  /**
   * Returns the text exactly as given or formatted at creation.
   *
   * @return the ISO 8601 text
   */
  public String text() {
    return text;
  }

  /**
   * Tells whether the value carries a UTC offset.
   *
   * @return true when an offset is known
   */
  public boolean hasOffset() {
    return offset != null;
  }

  /**
   * Returns the UTC offset, if the text had one.
   *
   * @return the offset
   */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * Returns the local date and time as written, without offset.
   *
   * @return the local date-time
   */
  public LocalDateTime toLocalDateTime() {
    return local;
  }

  /**
   * Returns the date-time with its offset, if it has one.
   *
   * @return the offset date-time
   */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    return offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(local, offset));
  }

  /**
   * Returns the instant, if an offset is known.
   *
   * @return the instant
   */
  public Optional<Instant> toInstant() {
    return toOffsetDateTime().map(OffsetDateTime::toInstant);
  }

  /**
   * Tells whether this value is strictly before {@code other}. When both carry offsets the instants
   * are compared, otherwise the local date-times as written.
   *
   * @param other the other value
   * @return true when this is earlier
   */
  public boolean isBefore(NewsDateTime other) {
    return compareTime(other) < 0;
  }

  /**
   * Orders by instant when both values have offsets, otherwise by local date-time; ties are broken
   * by text so that the order is consistent with {@link #equals(Object)}.
   */
  @Override
  public int compareTo(NewsDateTime other) {
    int byTime = compareTime(other);
    return byTime != 0 ? byTime : text.compareTo(other.text);
  }

  /** Compares the moments only, without the text tie-break: the same instant compares as 0. */
  private int compareTime(NewsDateTime other) {
    if (offset != null && other.offset != null) {
      return toComparableInstant().compareTo(other.toComparableInstant());
    }
    return local.compareTo(other.local);
  }

  private Instant toComparableInstant() {
    return local.toInstant(offset == null ? ZoneOffset.UTC : offset);
  }

  private static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 64) + "…";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NewsDateTime that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the text. */
  @Override
  public String toString() {
    return text;
  }
}
