package io.github.newsmodel.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * The short string values that recur in documents (block and inline types, kinds, statuses, common
 * languages and media types), so that reading one returns a shared instance instead of a new
 * string. A lookup hashes the characters the parser already decoded, without allocating.
 */
final class KnownStrings {

  private static final String[] VALUES = {
    // block and inline types
    "paragraph",
    "heading",
    "quote",
    "list",
    "mediaReference",
    "embed",
    "text",
    "link",
    "strong",
    "emphasis",
    "lineBreak",
    // party, entity and media kinds, publication status
    "person",
    "organization",
    "place",
    "event",
    "object",
    "subject",
    "image",
    "video",
    "audio",
    "graphic",
    "document",
    "usable",
    "withheld",
    "canceled",
    // share platforms, follow services
    "telegram",
    "whatsapp",
    "facebook",
    "x",
    "linkedin",
    "vk",
    "ok",
    "reddit",
    "viber",
    "email",
    // languages, content types, media types, source roles
    "ru",
    "kk",
    "en",
    "ru-RU",
    "kk-KZ",
    "kk-Cyrl-KZ",
    "en-US",
    "en-GB",
    "picture",
    "composite",
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/gif",
    "video/mp4",
    "audio/mpeg",
    "originator",
    "relayedFrom",
    "publisher",
    "author",
    "photographer",
  };

  /** Longest value held. */
  static final int MAX_LENGTH;

  private static final String[] TABLE;
  private static final int MASK;

  static {
    int max = 0;
    for (String value : VALUES) {
      max = Math.max(max, value.length());
    }
    MAX_LENGTH = max;
    TABLE = new String[256];
    MASK = TABLE.length - 1;
    for (String value : VALUES) {
      int slot = hash(value.toCharArray(), 0, value.length()) & MASK;
      while (TABLE[slot] != null && !TABLE[slot].equals(value)) {
        slot = (slot + 1) & MASK;
      }
      TABLE[slot] = value;
    }
  }

  private KnownStrings() {}

  /** Returns the shared instance equal to the characters, or null when there is none. */
  static @Nullable String find(char[] chars, int offset, int length) {
    int slot = hash(chars, offset, length) & MASK;
    while (true) {
      String value = TABLE[slot];
      if (value == null) {
        return null;
      }
      if (value.length() == length && matches(value, chars, offset)) {
        return value;
      }
      slot = (slot + 1) & MASK;
    }
  }

  /**
   * A hash of the length and the first, middle and last characters: a few instructions whatever the
   * length, and it still tells the known values apart well enough for a table four times their
   * number (a shared slot only costs a probe more).
   */
  private static int hash(char[] chars, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int hash = length;
    hash = 31 * hash + chars[offset];
    hash = 31 * hash + chars[offset + (length >>> 1)];
    hash = 31 * hash + chars[offset + length - 1];
    return hash ^ (hash >>> 7);
  }

  private static boolean matches(String value, char[] chars, int offset) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
