package io.github.newsmodel.json.internal;

import java.util.Arrays;

/**
 * Decodes JSON string values straight from the UTF-8 bytes of a document held in memory, for the
 * common case: no escapes, no control characters, and only one-, two- and three-byte sequences of
 * well-formed UTF-8. Anything else (an escape, a four-byte sequence, malformed or overlong bytes, a
 * value longer than {@link #MAX_CHARS}, the end of the input) makes {@link #decode} answer -1, and
 * the caller asks Jackson, which decodes or reports it as always. The result is therefore always
 * the string Jackson would return.
 *
 * <p>Jackson decodes Cyrillic text one character per round of its ASCII loop; this loop takes two-
 * and three-byte sequences in its stride, which makes reading Russian text markedly faster.
 */
final class Utf8Strings {

  /** Longest value decoded here, in characters; longer values are left to Jackson. */
  static final int MAX_CHARS = 1 << 14;

  private char[] chars = new char[256];

  /** After a value is decoded, the index just after its closing quote. */
  private int end;

  Utf8Strings() {}

  /**
   * Decodes the string value whose first content byte is at {@code from}.
   *
   * @param in the document's bytes
   * @param from the index just after the opening quote
   * @param inputEnd the index just after the last byte of input
   * @return the value's length in characters, now at the start of {@link #chars()}, or -1 to leave
   *     it to Jackson
   */
  int decode(byte[] in, int from, int inputEnd) {
    char[] out = chars;
    int length = 0;
    int i = from;
    while (i < inputEnd) {
      int b = in[i];
      int c;
      if (b >= 0x20) {
        if (b == '"') {
          end = i + 1;
          return length;
        }
        if (b == '\\') {
          return -1;
        }
        c = b;
        i++;
      } else if (b >= 0) {
        return -1;
      } else if ((b & 0xE0) == 0xC0) {
        if (i + 1 >= inputEnd || b < (byte) 0xC2) {
          return -1;
        }
        int b2 = in[i + 1];
        if ((b2 & 0xC0) != 0x80) {
          return -1;
        }
        c = ((b & 0x1F) << 6) | (b2 & 0x3F);
        i += 2;
      } else if ((b & 0xF0) == 0xE0) {
        if (i + 2 >= inputEnd) {
          return -1;
        }
        int b2 = in[i + 1];
        int b3 = in[i + 2];
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
          return -1;
        }
        c = ((b & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
        if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) {
          return -1;
        }
        i += 3;
      } else {
        return -1;
      }
      if (length == out.length) {
        if (length >= MAX_CHARS) {
          return -1;
        }
        out = chars = Arrays.copyOf(out, Math.min(MAX_CHARS, length * 2));
      }
      out[length++] = (char) c;
    }
    return -1;
  }

  /** Returns the buffer {@link #decode} writes to; valid until the next call. */
  char[] chars() {
    return chars;
  }

  /** Returns the index just after the closing quote of the value {@link #decode} returned last. */
  int end() {
    return end;
  }
}
