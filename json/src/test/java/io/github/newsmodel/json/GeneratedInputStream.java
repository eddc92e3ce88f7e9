package io.github.newsmodel.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An input stream that produces {@code prefix}, then {@code fill} repeated {@code count} times (or
 * forever when {@code count} is negative), then {@code suffix}, generating bytes lazily so huge
 * documents cost no memory.
 */
final class GeneratedInputStream extends InputStream {

  private final byte[] prefix;
  private final byte[] fill;
  private final byte[] suffix;
  private final long total;
  private long position;

  GeneratedInputStream(String prefix, String fill, long count, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.fill = fill.getBytes(StandardCharsets.UTF_8);
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.total =
        count < 0
            ? Long.MAX_VALUE
            : this.prefix.length + count * this.fill.length + this.suffix.length;
  }

  /** How many bytes were handed out so far. */
  long position() {
    return position;
  }

  @Override
  public int read() {
    if (position >= total) {
      return -1;
    }
    return byteAt(position++) & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position >= total) {
      return -1;
    }
    int n = (int) Math.min(length, total - position);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = byteAt(position++);
    }
    return n;
  }

  private byte byteAt(long at) {
    if (at < prefix.length) {
      return prefix[(int) at];
    }
    long afterPrefix = at - prefix.length;
    long fillBytes =
        total == Long.MAX_VALUE ? Long.MAX_VALUE : total - prefix.length - suffix.length;
    if (afterPrefix < fillBytes) {
      return fill[(int) (afterPrefix % fill.length)];
    }
    return suffix[(int) (afterPrefix - fillBytes)];
  }
}
