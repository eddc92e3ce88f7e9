package io.github.newsmodel.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RFC 6901 JSON Pointers: escaping, and conversion from Bean Validation property paths.
 *
 * <p>Native-format property names equal the model's accessor names, so a validation path maps to a
 * pointer 1:1: {@code media[0].renditions[2].width} is {@code /media/0/renditions/2/width}.
 * Extension properties are written inline in their owning object, so {@code
 * media[0].extensions[a/b]} is {@code /media/0/a~1b}.
 *
 * <p>See {@link io.github.newsmodel.json.NewsJson} for an example of the problems whose pointers
 * these are.
 */
public final class JsonPointers {

  private static final String EXTENSIONS = "extensions";

  private JsonPointers() {}

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
   *
   * @param segment a property name or array index
   * @return the escaped token
   */
  public static String escape(String segment) {
    Objects.requireNonNull(segment, "JsonPointers.escape: segment must not be null");
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    StringBuilder escaped = new StringBuilder(segment.length() + 4);
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '~') {
        escaped.append("~0");
      } else if (c == '/') {
        escaped.append("~1");
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Unescapes one reference token: {@code ~1} becomes {@code /} and {@code ~0} becomes {@code ~}.
   *
   * @param token an escaped token
   * @return the property name
   * @throws IllegalArgumentException if {@code ~} is followed by anything but {@code 0} or {@code
   *     1}
   */
  public static String unescape(String token) {
    Objects.requireNonNull(token, "JsonPointers.unescape: token must not be null");
    if (token.indexOf('~') < 0) {
      return token;
    }
    StringBuilder plain = new StringBuilder(token.length());
    int i = 0;
    while (i < token.length()) {
      char c = token.charAt(i);
      if (c != '~') {
        plain.append(c);
        i++;
        continue;
      }
      char next = i + 1 < token.length() ? token.charAt(i + 1) : ' ';
      if (next == '0') {
        plain.append('~');
      } else if (next == '1') {
        plain.append('/');
      } else {
        throw new IllegalArgumentException(
            "JSON Pointer token '" + token + "' has '~' at " + i + "; expected '~0' or '~1'");
      }
      i += 2;
    }
    return plain.toString();
  }

  /**
   * Appends a property name to a pointer.
   *
   * @param pointer the parent pointer, {@code ""} for the document
   * @param name the property name, unescaped
   * @return the child pointer
   */
  public static String append(String pointer, String name) {
    return pointer + '/' + escape(name);
  }

  /**
   * Appends an array index to a pointer.
   *
   * @param pointer the parent pointer
   * @param index the 0-based index
   * @return the child pointer
   */
  public static String append(String pointer, int index) {
    return pointer + '/' + index;
  }

  /**
   * Splits a pointer into its unescaped reference tokens.
   *
   * @param pointer a pointer such as {@code /media/0/a~1b}
   * @return the tokens, e.g. {@code [media, 0, a/b]}
   * @throws IllegalArgumentException if the pointer is not empty and does not start with {@code /}
   */
  public static List<String> tokens(String pointer) {
    Objects.requireNonNull(pointer, "JsonPointers.tokens: pointer must not be null");
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "JSON Pointer '" + pointer + "' does not start with '/'; expected \"\" or '/…'");
    }
    int start = 1;
    while (true) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        tokens.add(unescape(pointer.substring(start)));
        return tokens;
      }
      tokens.add(unescape(pointer.substring(start, end)));
      start = end + 1;
    }
  }

  /**
   * Converts a Bean Validation property path, as in {@code Problem.path()}, to a pointer.
   *
   * <p>{@code media[0].renditions[2].width} becomes {@code /media/0/renditions/2/width}; {@code
   * body[1].items[0][2].href} becomes {@code /body/1/items/0/2/href}; a key of the extension bag,
   * {@code extensions[a/b]}, becomes {@code /a~1b} at the owning object's level; {@code ""} stays
   * {@code ""}.
   *
   * @param beanPath the property path
   * @return the JSON Pointer
   */
  public static String fromPropertyPath(String beanPath) {
    Objects.requireNonNull(beanPath, "JsonPointers.fromPropertyPath: beanPath must not be null");
    StringBuilder pointer = new StringBuilder(beanPath.length() + 8);
    int i = 0;
    int n = beanPath.length();
    String lastName = "";
    while (i < n) {
      char c = beanPath.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = closingBracket(beanPath, i);
        String key = beanPath.substring(i + 1, Math.min(close, n));
        if (lastName.equals(EXTENSIONS)) {
          pointer.setLength(pointer.length() - EXTENSIONS.length() - 1);
        }
        pointer.append('/').append(escape(key));
        lastName = "";
        i = close + 1;
      } else {
        int end = i;
        while (end < n && beanPath.charAt(end) != '.' && beanPath.charAt(end) != '[') {
          end++;
        }
        lastName = beanPath.substring(i, end);
        pointer.append('/').append(escape(lastName));
        i = end;
      }
    }
    return pointer.toString();
  }

  /** Finds the ']' closing the '[' at {@code open}: the last ']' before a '.', '[' or the end. */
  private static int closingBracket(String path, int open) {
    int candidate = -1;
    for (int i = open + 1; i < path.length(); i++) {
      if (path.charAt(i) == ']') {
        candidate = i;
        char next = i + 1 < path.length() ? path.charAt(i + 1) : '.';
        if (next == '.' || next == '[') {
          return i;
        }
      }
    }
    return candidate < 0 ? path.length() : candidate;
  }
}
