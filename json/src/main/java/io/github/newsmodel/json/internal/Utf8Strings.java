package io.github.newsmodel.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes JSON string values straight from the UTF-8 bytes of a document held in memory, for the
 * common case: the escapes JSON defines, no control characters, and only one-, two- and three-byte
 * sequences of well-formed UTF-8. Anything else (an escape JSON does not define, a four-byte
 * sequence, malformed or overlong bytes, a value of more than {@link #MAX_BYTES} bytes, the end of
 * the input) makes {@link #decode} answer null, and the caller asks Jackson, which decodes or
 * reports it as always. The result is therefore always the string Jackson would return.
 *
 * <p>Why: Jackson decodes non-ASCII text one character per round of its ASCII loop, and builds
 * every value from a char array. Here an ASCII value becomes a string with one copy of its bytes,
 * and runs of two- and three-byte sequences are decoded in a loop of their own, which makes reading
 * Russian text markedly faster.
 */
final class Utf8Strings {

  /** Longest value decoded here, in bytes of UTF-8; longer values are left to Jackson. */
  static final int MAX_BYTES = 1 << 14;

  /** Reads eight bytes of an array as one little-endian long, at any index. */
  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  private char[] chars = new char[0];

  /** After a value is decoded, the index just after its closing quote. */
  private int end;

  Utf8Strings() {}

  /**
   * Decodes the string value whose first content byte is at {@code from}.
   *
   * @param in the document's bytes
   * @param from the index just after the opening quote
   * @param inputEnd the index just after the last byte of input
   * @param limit the most characters the value may have; a longer one is left to Jackson, which
   *     reports it
   * @param known whether to return the shared instance when the value is one of {@link
   *     KnownStrings}
   * @return the value, or null to leave it to Jackson
   */
  @Nullable String decode(byte[] in, int from, int inputEnd, int limit, boolean known) {
    int stop = from + Math.min(inputEnd - from, MAX_BYTES);
    int i = asciiRun(in, from, stop);
    if (i >= stop) {
      return null;
    }
    int b = in[i];
    if (b == '"') {
      int length = i - from;
      if (length > limit) {
        return null;
      }
      end = i + 1;
      if (known && length <= KnownStrings.MAX_LENGTH) {
        char[] out = room(length);
        widen(in, from, i, out);
        String value = KnownStrings.find(out, 0, length);
        if (value != null) {
          return value;
        }
      }
      return new String(in, from, length, StandardCharsets.ISO_8859_1);
    }
    if (b >= 0 && b != '\\') {
      return null; // a control character
    }
    int length = decodeRest(in, from, i, stop);
    if (length < 0 || length > limit) {
      return null;
    }
    return new String(chars, 0, length);
  }

  /**
   * Skips a run of plain ASCII, eight bytes at a time while they fit before {@code stop}: returns
   * the index of the first byte from {@code from} that is a quote, a backslash, a control character
   * or not ASCII, or {@code stop} when there is none before it.
   */
  private static int asciiRun(byte[] in, int from, int stop) {
    int i = from;
    while (i + Long.BYTES <= stop) {
      long word = (long) LITTLE_ENDIAN_LONGS.get(in, i);
      long special = specialBytes(word);
      if (special != 0) {
        // the lowest flagged byte is always a true one: a false flag can only sit above one
        return i + (Long.numberOfTrailingZeros(special) >>> 3);
      }
      i += Long.BYTES;
    }
    // the last few bytes
    while (i < stop && isPlainAscii(in[i])) {
      i++;
    }
    return i;
  }

  /**
   * Whether a byte continues a run of plain ASCII: not a quote, a backslash or a control character;
   * a negative (non-ASCII) byte is below 0x20 too, so one comparison stops at control and non-ASCII
   * bytes alike.
   */
  private static boolean isPlainAscii(int b) {
    return b >= 0x20 && b != '"' && b != '\\';
  }

  /**
   * Flags, with the high bit of each byte, the bytes of {@code word} that end a run of plain ASCII:
   * not ASCII, below 0x20, a quote or a backslash. The lowest flag is exact; a byte above a flagged
   * one may be flagged wrongly (a borrow carries into it), which only matters to a caller that
   * reads past the first flag.
   */
  static long specialBytes(long word) {
    long notAscii = word & HIGH_BITS;
    long control = (word - repeat(0x20)) & ~word;
    long quote = zeroBytes(word ^ repeat('"'));
    long backslash = zeroBytes(word ^ repeat('\\'));
    return (notAscii | control | quote | backslash) & HIGH_BITS;
  }

  /** Flags the zero bytes of {@code word} (the lowest exactly; see {@link #specialBytes}). */
  private static long zeroBytes(long word) {
    return (word - repeat(0x01)) & ~word & HIGH_BITS;
  }

  /** The byte {@code b} in each of the eight bytes of a long. */
  private static long repeat(int b) {
    return (b & 0xFFL) * 0x0101010101010101L;
  }

  /**
   * Decodes a value that is not plain ASCII into {@link #chars}: the ASCII bytes from {@code from}
   * to {@code at}, then the rest up to the closing quote.
   *
   * @return the number of characters, or -1 to leave the value to Jackson
   */
  private int decodeRest(byte[] in, int from, int at, int stop) {
    // every byte gives at most one character, so a buffer as long as the bytes up to stop never
    // overflows
    char[] out = room(stop - from);
    int length = widen(in, from, at, out);
    int i = at;
    while (true) {
      int b = in[i];
      // a run of two- and three-byte sequences
      while (b < 0) {
        if ((b & 0xE0) == 0xC0) {
          if (i + 1 >= stop || b < (byte) 0xC2) {
            return -1;
          }
          int b2 = in[i + 1];
          if ((b2 & 0xC0) != 0x80) {
            return -1;
          }
          out[length++] = (char) (((b & 0x1F) << 6) | (b2 & 0x3F));
          i += 2;
        } else if ((b & 0xF0) == 0xE0) {
          if (i + 2 >= stop) {
            return -1;
          }
          int b2 = in[i + 1];
          int b3 = in[i + 2];
          if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
            return -1;
          }
          int c = ((b & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
          if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) {
            return -1;
          }
          out[length++] = (char) c;
          i += 3;
        } else {
          return -1; // a four-byte sequence, or not UTF-8
        }
        if (i >= stop) {
          return -1;
        }
        b = in[i];
      }
      // a run of ASCII, byte by byte: between words of Cyrillic text it is mostly one space, too
      // short for asciiRun's eight-byte steps to pay
      while (isPlainAscii(b)) {
        out[length++] = (char) b;
        if (++i >= stop) {
          return -1;
        }
        b = in[i];
      }
      if (b == '"') {
        end = i + 1;
        return length;
      }
      if (b < 0) {
        continue; // a run of two- and three-byte sequences
      }
      if (b != '\\') {
        return -1; // a control character
      }
      // an escape
      if (i + 1 >= stop) {
        return -1;
      }
      int escaped = in[i + 1];
      int c;
      if (escaped == 'u') {
        c = i + 5 < stop ? hex4(in, i + 2) : -1;
        i += 6;
      } else {
        c = unescaped(escaped);
        i += 2;
      }
      if (c < 0 || i >= stop) {
        return -1;
      }
      out[length++] = (char) c;
    }
  }

  /**
   * The character a two-character escape stands for, or -1 for one JSON does not define (Jackson
   * then rejects it or, when configured to, accepts it).
   */
  private static int unescaped(int escaped) {
    switch (escaped) {
      case '"':
      case '\\':
      case '/':
        return escaped;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return -1;
    }
  }

  /**
   * The UTF-16 code unit of the four hex digits at {@code at} (any unit: a surrogate stays as it
   * is, as with Jackson), or -1 when they are not all hex digits.
   */
  private static int hex4(byte[] in, int at) {
    int value = 0;
    for (int k = at; k < at + 4; k++) {
      // a byte is never above 0x7F, and Character.digit gives -1 for a negative one
      int digit = Character.digit(in[k], 16);
      if (digit < 0) {
        return -1;
      }
      value = (value << 4) | digit;
    }
    return value;
  }

  /** Returns {@link #chars}, grown to hold at least {@code length} characters. */
  private char[] room(int length) {
    if (chars.length < length) {
      chars = new char[Math.max(length, Math.min(MAX_BYTES, chars.length * 2))];
    }
    return chars;
  }

  /** Copies the ASCII bytes from {@code from} to {@code to} to the start of {@code out}. */
  private static int widen(byte[] in, int from, int to, char[] out) {
    for (int k = from; k < to; k++) {
      out[k - from] = (char) in[k];
    }
    return to - from;
  }

  /** Returns the index just after the closing quote of the value {@link #decode} returned last. */
  int end() {
    return end;
  }
}
