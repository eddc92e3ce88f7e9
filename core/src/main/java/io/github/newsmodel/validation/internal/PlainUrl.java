package io.github.newsmodel.validation.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the plain URLs that make up nearly all of a feed, {@code https://example.com/a/b?c=d},
 * so that the URL checks can accept them without building a {@link java.net.URI}: a host of
 * letter-digit-hyphen labels whose last label starts with a letter, and a path, query and fragment
 * of characters {@link java.net.URI} accepts without question. It is deliberately narrower than
 * {@link java.net.URI}: anything it does not recognise is checked by {@link java.net.URI} as
 * before, so it can only make a check faster, never change its answer. Internal, not API.
 */
public final class PlainUrl {

  /** Characters that may appear anywhere after the authority without escaping. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      PLAIN[c] = true;
      PLAIN[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      PLAIN[c] = true;
    }
    for (char c : "-._~!$&'()*+,;=:@/".toCharArray()) {
      PLAIN[c] = true;
    }
  }

  private PlainUrl() {}

  /**
   * Tells whether an ASCII host name, whose labels are already known to be letter-digit-hyphen
   * labels, is one {@link java.net.URI} reads as a host name: its last label starts with a letter
   * and it has no trailing dot.
   *
   * @param host the host name
   * @return true when {@link java.net.URI} would certainly read it as the host
   */
  public static boolean isPlainHostName(String host) {
    int lastDot = host.lastIndexOf('.');
    int start = lastDot + 1;
    if (start >= host.length()) {
      return false;
    }
    char first = host.charAt(start);
    return (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
  }

  /**
   * Tells whether the text from {@code from} is a path, query and fragment that {@link
   * java.net.URI} certainly accepts: plain ASCII characters, {@code %} with two hex digits, {@code
   * ?} and at most one {@code #}.
   *
   * @param url the URL
   * @param from where the part after the authority starts
   * @return true when it is certainly acceptable; false when {@link java.net.URI} must decide
   */
  public static boolean isPlainTail(String url, int from) {
    boolean fragment = false;
    int length = url.length();
    for (int i = from; i < length; i++) {
      char c = url.charAt(i);
      if (c < 128 && PLAIN[c]) {
        continue;
      }
      if (c == '%') {
        if (i + 2 >= length || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (c == '#' && !fragment) {
        fragment = true;
      } else if (c != '?') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the host of a plain {@code http} or {@code https} URL (lower-case scheme, no user
   * information, no port, a plain host name and tail), in lower case; null when the URL is not
   * plain and {@link java.net.URI} must read it.
   *
   * @param url the URL
   * @return the host in lower case, or null
   */
  public static @Nullable String httpHost(String url) {
    int start = hostStart(url);
    if (start < 0) {
      return null;
    }
    int end = authorityEnd(url, start);
    if (!isLabelHost(url, start, end, true) || !isPlainTail(url, end)) {
      return null;
    }
    return url.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether a URL is a plain {@code http} or {@code https} URL that the URL checks certainly
   * accept without a warning: {@link HttpUrlValidator#problemCode} returns null and {@link
   * HttpUrlValidator#isHomograph} false. That is a lower-case scheme, no user information or port,
   * a host of letter-digit-hyphen labels, none of them punycode ({@code xn--}), whose last label
   * starts with a letter, a plain tail, and at most {@link HttpUrlValidator#MAX_LENGTH} characters.
   * It allocates nothing; anything else must be checked the long way.
   *
   * @param url the URL
   * @return true when the URL is certainly acceptable
   */
  public static boolean isPlainHttpUrl(String url) {
    if (url.length() > HttpUrlValidator.MAX_LENGTH) {
      return false;
    }
    int start = hostStart(url);
    if (start < 0) {
      return false;
    }
    int end = authorityEnd(url, start);
    return isLabelHost(url, start, end, false) && isPlainTail(url, end);
  }

  /** Where the host starts after a lower-case {@code http://} or {@code https://}; -1 without. */
  private static int hostStart(String url) {
    if (url.startsWith("https://")) {
      return 8;
    }
    return url.startsWith("http://") ? 7 : -1;
  }

  /**
   * Where the authority that starts at {@code start} ends: at a {@code /}, {@code ?}, {@code #}.
   */
  private static int authorityEnd(String url, int start) {
    int end = start;
    while (end < url.length() && !isAuthorityEnd(url.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Whether the authority from {@code start} to {@code end} is a host of at most 253 characters in
   * letter-digit-hyphen labels (so no user information, port, empty label or trailing dot), the
   * last starting with a letter; punycode labels ({@code xn--}) only when allowed.
   */
  private static boolean isLabelHost(String url, int start, int end, boolean punycodeAllowed) {
    if (end - start > 253) {
      return false;
    }
    int labelStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || url.charAt(i) == '.') {
        if (!HttpUrlValidator.isLabel(url, labelStart, i)
            || (!punycodeAllowed && isPunycode(url, labelStart, i))) {
          return false;
        }
        if (i == end) {
          return isAsciiLetter(url.charAt(labelStart));
        }
        labelStart = i + 1;
      }
    }
    return false;
  }

  private static boolean isAuthorityEnd(char c) {
    return c == '/' || c == '?' || c == '#';
  }

  private static boolean isPunycode(String url, int from, int to) {
    return to - from >= 4 && url.regionMatches(true, from, "xn--", 0, 4);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
