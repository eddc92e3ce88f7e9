package io.github.newsmodel.share;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * RFC 3986 percent-encoding and decoding of UTF-8 text.
 *
 * <p>Encoding keeps only the unreserved characters {@code A-Z a-z 0-9 - . _ ~} and encodes every
 * other byte of the UTF-8 form as {@code %XX} with upper-case hex digits, so a space becomes {@code
 * %20} (never {@code +}) and the result is pure ASCII.
 */
final class PercentCodec {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentCodec() {}

  /** Encodes every byte of the UTF-8 form of {@code value} except unreserved characters. */
  static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        appendEscape(out, c);
      }
    }
    return out.toString();
  }

  /**
   * Percent-encodes only the characters outside US-ASCII (as UTF-8 bytes), leaving everything else,
   * including existing {@code %XX} escapes, untouched.
   */
  static String encodeNonAscii(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (cp < 0x80) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          appendEscape(out, b & 0xFF);
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8; malformed UTF-8 sequences become U+FFFD.
   *
   * @param value the encoded text
   * @param plusIsSpace whether {@code +} means a space (HTML form encoding)
   * @return the decoded text, or {@code null} when an escape is malformed
   */
  static @Nullable String decode(String value, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= value.length()) {
          return null;
        }
        int hi = Character.digit(value.charAt(i + 1), 16);
        int lo = Character.digit(value.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
          raw = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(raw);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static void appendEscape(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0x0F]);
  }
}
