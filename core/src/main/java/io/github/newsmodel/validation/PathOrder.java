package io.github.newsmodel.validation;

import java.util.Comparator;

/**
 * Natural ordering of rendered property paths: runs of digits compare numerically, so {@code
 * media[2]} sorts before {@code media[10]}; everything else compares by character.
 */
final class PathOrder implements Comparator<String> {

  static final PathOrder INSTANCE = new PathOrder();

  private PathOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byNumber = compareDigits(a.substring(i, endA), b.substring(j, endB));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int compareDigits(String x, String y) {
    String a = stripLeadingZeros(x);
    String b = stripLeadingZeros(y);
    if (a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    int cmp = a.compareTo(b);
    return cmp != 0 ? cmp : Integer.compare(x.length(), y.length());
  }

  private static String stripLeadingZeros(String s) {
    int k = 0;
    while (k < s.length() - 1 && s.charAt(k) == '0') {
      k++;
    }
    return s.substring(k);
  }
}
