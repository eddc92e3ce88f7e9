package io.github.newsmodel.benchmarks;

import java.io.InputStream;
import java.util.Objects;

/**
 * An NDJSON feed generated on the fly: one record and a newline, repeated until a given number of
 * bytes; nothing is written to disk and the memory held is one record.
 */
public final class RepeatingFeed extends InputStream {

  private final byte[] line;
  private final long records;
  private long record;
  private int position;

  /**
   * Creates a feed of whole records, at least {@code minBytes} long.
   *
   * @param record one record, without a line feed
   * @param minBytes the length to reach
   */
  public RepeatingFeed(byte[] record, long minBytes) {
    Objects.requireNonNull(record, "record must not be null");
    this.line = new byte[record.length + 1];
    System.arraycopy(record, 0, line, 0, record.length);
    line[record.length] = '\n';
    this.records = (minBytes + line.length - 1) / line.length;
  }

  /**
   * Returns the number of records the feed holds.
   *
   * @param record one record, without a line feed
   * @param minBytes the length to reach
   * @return the number of records
   */
  public static long records(byte[] record, long minBytes) {
    return (minBytes + record.length) / (record.length + 1);
  }

  /**
   * Returns the length of the feed in bytes.
   *
   * @return the length
   */
  public long length() {
    return records * line.length;
  }

  @Override
  public int read() {
    if (record == records) {
      return -1;
    }
    int b = line[position++] & 0xFF;
    if (position == line.length) {
      position = 0;
      record++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (record == records) {
      return -1;
    }
    int written = 0;
    while (written < length && record < records) {
      int n = Math.min(length - written, line.length - position);
      System.arraycopy(line, position, buffer, offset + written, n);
      written += n;
      position += n;
      if (position == line.length) {
        position = 0;
        record++;
      }
    }
    return written;
  }
}
