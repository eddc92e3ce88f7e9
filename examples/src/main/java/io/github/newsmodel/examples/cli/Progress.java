package io.github.newsmodel.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a long NDJSON run, shown only when standard error is a terminal: records
 * read, records per second and invalid records so far, rewritten in place with {@code \r} at most
 * four times a second.
 */
final class Progress {

  /** The shortest time between two updates: a quarter of a second. */
  static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream err;
  private final LongSupplier nanoTime;
  private final boolean enabled;
  private final long start;
  private long lastShown;
  private long records;
  private long invalid;
  private int shownWidth;

  Progress(PrintStream err, LongSupplier nanoTime, boolean enabled) {
    this.err = err;
    this.nanoTime = nanoTime;
    this.enabled = enabled;
    this.start = enabled ? nanoTime.getAsLong() : 0;
    this.lastShown = start;
  }

  /**
   * Counts one record and updates the line if a quarter of a second has passed.
   *
   * @param valid whether the record was valid
   */
  void record(boolean valid) {
    records++;
    if (!valid) {
      invalid++;
    }
    if (!enabled) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    double seconds = Math.max(now - start, 1) / 1e9;
    String line =
        String.format(
            Locale.ROOT,
            "newsmodel: %,d records, %,.0f records/s, %,d invalid",
            records,
            records / seconds,
            invalid);
    StringBuilder text = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < shownWidth; i++) {
      text.append(' ');
    }
    shownWidth = Math.max(shownWidth, line.length());
    err.print(text);
    err.flush();
  }

  /** Erases the progress line, if one was shown, so the summary starts on a clean line. */
  void finish() {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
    }
  }
}
