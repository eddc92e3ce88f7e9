package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.time.NewsDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The engagement counters of a description as the streaming fast path reads them: only in the one
 * form the writer gives them ({@link LinkMapping#writeDescriptions}), such as {@code
 * {"views":759,"shares":5,"asOf":"2024-05-10T08:30:00Z"}} — the members in that order, each at most
 * once, integers as {@link Long#toString} prints them, a date-time of digits and {@code TtZz:.+-}
 * that parses — read without a JSON parser. Text the tree path also takes for counters, but in
 * another form, would be kept as an original, so the fast path gives up on it.
 */
final class FastEngagement {

  private static final String[] KEYS = {
    "\"views\":", "\"shares\":", "\"comments\":", "\"reactions\":", "\"asOf\":"
  };
  private static final int AS_OF = 4;

  /** The characters of an ISO date-time besides digits. */
  private static final String DATE_CHARACTERS = "TtZz:.+-";

  private final String json;
  private final int end;
  private int pos = 1;

  private FastEngagement(String json) {
    this.json = json;
    this.end = json.length() - 1;
  }

  /**
   * Reads the counters of a description in role {@code engagement}.
   *
   * @param json the description's value
   * @return the counters, or null when the tree path does not take the value for counters either
   */
  static @Nullable Engagement read(String json) {
    Engagement engagement = canonical(json);
    if (engagement == null && LinkMapping.engagement(json).isPresent()) {
      throw FastGiveUp.now(); // counters the writer would write in another form
    }
    return engagement;
  }

  /** The counters when {@code json} is in the writer's form, else null. */
  static @Nullable Engagement canonical(String json) {
    if (json.length() < 2 || json.charAt(0) != '{' || json.charAt(json.length() - 1) != '}') {
      return null;
    }
    return new FastEngagement(json).members();
  }

  private @Nullable Engagement members() {
    Engagement.Builder engagement = Engagement.builder();
    int next = 0;
    while (pos < end) {
      if (next > 0 && json.charAt(pos++) != ',') {
        return null;
      }
      int member = key(next);
      if (member < 0) {
        return null;
      }
      next = member + 1;
      if (member == AS_OF) {
        NewsDateTime asOf = dateTime();
        if (asOf == null) {
          return null;
        }
        engagement.asOf(asOf);
      } else {
        Long count = count();
        if (count == null) {
          return null;
        }
        switch (member) {
          case 0 -> engagement.views(count);
          case 1 -> engagement.shares(count);
          case 2 -> engagement.comments(count);
          default -> engagement.reactions(count);
        }
      }
    }
    return engagement.build();
  }

  /** The first of the keys from {@code from} on that starts here, moving past it; or -1. */
  private int key(int from) {
    for (int k = from; k < KEYS.length; k++) {
      if (json.startsWith(KEYS[k], pos)) {
        pos += KEYS[k].length();
        return k;
      }
    }
    return -1;
  }

  /** A count; the closing brace at {@code end} stops the scan. */
  private @Nullable Long count() {
    int start = pos;
    if (json.charAt(pos) == '-') {
      pos++;
    }
    int digits = pos;
    while (json.charAt(pos) >= '0' && json.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == digits) {
      return null;
    }
    String text = json.substring(start, pos);
    try {
      long value = Long.parseLong(text);
      return Long.toString(value).equals(text) ? value : null;
    } catch (NumberFormatException e) {
      return null; // beyond a long
    }
  }

  /** A date-time in quotes; the closing brace at {@code end} stops the scan. */
  private @Nullable NewsDateTime dateTime() {
    if (json.charAt(pos) != '"') {
      return null;
    }
    int start = ++pos;
    while (plain(json.charAt(pos))) {
      pos++;
    }
    if (json.charAt(pos) != '"') {
      return null;
    }
    String text = json.substring(start, pos++);
    try {
      return NewsDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A character of an ISO date-time, which JSON writes as it is. */
  private static boolean plain(char c) {
    return (c >= '0' && c <= '9') || DATE_CHARACTERS.indexOf(c) >= 0;
  }
}
