package io.github.newsmodel.validation.internal;

import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.constraints.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link HttpUrl}; see that annotation for the rules and codes. Internal, not API. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, CharSequence> {

  /** Longest accepted URL, in UTF-16 chars. */
  public static final int MAX_LENGTH = 8192;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private boolean allowMailto;

  /** Creates the validator; called by Hibernate Validator. */
  public HttpUrlValidator() {}

  @Override
  public void initialize(HttpUrl annotation) {
    allowMailto = annotation.allowMailto();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return check(value.toString(), allowMailto, context);
  }

  /**
   * Reports the first error of a URL, or else the {@code url.homograph} warning; shared with the
   * {@link URI} validator.
   */
  static boolean check(String url, boolean allowMailto, ConstraintValidatorContext context) {
    String code = problemCode(url, allowMailto);
    if (code == null) {
      if (!isHomograph(url)) {
        return true;
      }
      code = "url.homograph";
      if (context instanceof HibernateConstraintValidatorContext) {
        context
            .unwrap(HibernateConstraintValidatorContext.class)
            .withDynamicPayload(Severity.WARNING);
      }
    }
    Violations.report(context, code);
    return false;
  }

  /**
   * Script sets that one label may mix: UTS #39 "highly restrictive" (Japanese, Chinese, Korean).
   */
  private static final List<Set<UnicodeScript>> ALLOWED_MIXES =
      List.of(
          EnumSet.of(
              UnicodeScript.LATIN,
              UnicodeScript.HAN,
              UnicodeScript.HIRAGANA,
              UnicodeScript.KATAKANA),
          EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
          EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

  /**
   * Tells whether an acceptable {@code http(s)} URL has a host label that mixes scripts in a way
   * used by look-alike domains, such as Latin with Cyrillic ({@code https://аpple.com} with a
   * Cyrillic "а") or Greek. Punycode labels ({@code xn--}) are decoded first. Common characters
   * (digits, hyphen) count for no script; Latin may be mixed with Han, Hiragana, Katakana, Bopomofo
   * or Hangul as in Japanese, Chinese and Korean names.
   *
   * @param url a URL for which {@link #problemCode(String, boolean)} returned null
   * @return true when a host label mixes scripts
   */
  public static boolean isHomograph(String url) {
    int colon = url.indexOf(':');
    if (colon < 0 || !url.startsWith("//", colon + 1)) {
      return false;
    }
    String authority = url.substring(colon + 3, indexOfAny(url, colon + 3, "/?#"));
    if (authority.startsWith("[")) {
      return false;
    }
    int portColon = authority.lastIndexOf(':');
    String host = portColon < 0 ? authority : authority.substring(0, portColon);
    if (isAscii(host)) {
      String lower = host.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("xn--") && !lower.contains(".xn--")) {
        return false; // ASCII letters are all Latin; digits, dots and hyphens have no script
      }
    }
    for (String label : host.split("[.\u3002\uFF0E\uFF61]", -1)) {
      if (isMixedScript(IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether one host label mixes scripts (see {@link #isHomograph(String)}).
   *
   * @param label a host label in Unicode
   * @return true when it mixes scripts that are not allowed together
   */
  public static boolean isMixedScript(String label) {
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    label
        .codePoints()
        .mapToObj(UnicodeScript::of)
        .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED)
        .forEach(scripts::add);
    if (scripts.size() <= 1) {
      return false;
    }
    return ALLOWED_MIXES.stream().noneMatch(allowed -> allowed.containsAll(scripts));
  }

  /**
   * Checks a URL and returns the code of the first failing rule.
   *
   * @param url the candidate
   * @param allowMailto whether {@code mailto:} links are accepted
   * @return null when acceptable, otherwise a code without prefix such as {@code url.scheme}
   */
  public static @Nullable String problemCode(String url, boolean allowMailto) {
    if (url.length() > MAX_LENGTH) {
      return "url.length";
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > 0x20 && c < 0x7F) {
        continue; // visible ASCII: neither whitespace nor control
      }
      if (isWhitespace(c)) {
        return "url.whitespace";
      }
      if (isControl(c)) {
        return "url.control";
      }
    }
    if (url.isEmpty() || url.indexOf('\\') >= 0) {
      return "url.syntax";
    }
    int colon = url.indexOf(':');
    if (!isScheme(url, colon)) {
      return "url.scheme";
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = url.substring(colon + 1);
    if (scheme.equals("mailto") && allowMailto) {
      return mailtoProblem(rest);
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "url.scheme";
    }
    if (!rest.startsWith("//")) {
      return "url.host";
    }
    int authorityEnd = indexOfAny(rest, 2, "/?#");
    String authority = rest.substring(2, authorityEnd);
    if (authority.indexOf('@') >= 0) {
      return "url.userinfo";
    }
    String host;
    String port;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return "url.host";
      }
      host = authority.substring(0, close + 1);
      String after = authority.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        return "url.host";
      }
      port = after.isEmpty() ? null : after.substring(1);
    } else {
      int portColon = authority.lastIndexOf(':');
      host = portColon < 0 ? authority : authority.substring(0, portColon);
      port = portColon < 0 ? null : authority.substring(portColon + 1);
      host = asciiHost(host);
      if (host == null) {
        return "url.host";
      }
    }
    if (port != null && !isPort(port)) {
      return "url.syntax";
    }
    if (!host.startsWith("[")
        && PlainUrl.isPlainHostName(host)
        && PlainUrl.isPlainTail(rest, authorityEnd)) {
      return null; // java.net.URI would read it, with this host
    }
    return uriProblemCode(scheme, host, port, rest.substring(authorityEnd));
  }

  /**
   * The last check of {@link #problemCode}: whether {@link URI} reads the URL, rebuilt from its
   * checked parts, with a host. {@link PlainUrl} skips it for the plain URLs it certainly accepts.
   */
  static @Nullable String uriProblemCode(
      String scheme, String host, @Nullable String port, String rawTail) {
    String tail = encodeNonAscii(rawTail);
    if (tail == null) {
      return "url.syntax";
    }
    try {
      URI uri = new URI(scheme + "://" + host + (port == null ? "" : ":" + port) + tail);
      return uri.getHost() == null ? "url.host" : null;
    } catch (URISyntaxException e) {
      return "url.syntax";
    }
  }

  /**
   * Tells whether a character counts as whitespace in a URL: ASCII space, tab, LF, VT, FF, CR and
   * the Unicode space separators (including no-break space, U+2028 and U+2029).
   *
   * @param c the character
   * @return true for whitespace
   */
  public static boolean isWhitespace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || Character.isSpaceChar(c);
  }

  /**
   * Tells whether a character is a control character (U+0000 to U+001F, U+007F to U+009F) or an
   * invisible format character (Unicode category Cf: bidi controls, zero-width characters).
   *
   * @param c the character
   * @return true for control and format characters
   */
  public static boolean isControl(char c) {
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isScheme(String url, int colon) {
    if (colon <= 0 || !isAsciiLetter(url.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = url.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int indexOfAny(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static boolean isPort(String port) {
    if (port.isEmpty() || port.length() > 5) {
      return false;
    }
    for (int i = 0; i < port.length(); i++) {
      if (port.charAt(i) < '0' || port.charAt(i) > '9') {
        return false;
      }
    }
    int value = Integer.parseInt(port);
    return value >= 1 && value <= 65535;
  }

  /** Converts a host name to ASCII with IDNA and checks its labels; null when malformed. */
  private static @Nullable String asciiHost(String host) {
    if (host.isEmpty()) {
      return null;
    }
    String ascii;
    if (isAscii(host)) {
      // IDNA leaves an ASCII name as it is; its only objections (empty or long labels) are
      // checked on every label below
      ascii = host;
    } else {
      try {
        ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
    if (name.isEmpty() || name.length() > 253) {
      return null;
    }
    for (String label : name.split("\\.", -1)) {
      if (!isLabel(label)) {
        return null;
      }
    }
    return ascii;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLabel(String label) {
    return isLabel(label, 0, label.length());
  }

  /**
   * Tells whether {@code text} from {@code from} to {@code to} is a host name label: 1 to 63
   * letters, digits and hyphens, not starting or ending with a hyphen.
   */
  static boolean isLabel(String text, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 63 || text.charAt(from) == '-' || text.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Percent-encodes non-ASCII characters as UTF-8; null on an unpaired surrogate. */
  private static @Nullable String encodeNonAscii(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      int cp = s.codePointAt(i);
      if (Character.isSurrogate(c) && !Character.isSupplementaryCodePoint(cp)) {
        return null;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
      i += Character.charCount(cp) - 1;
    }
    return sb == null ? s : sb.toString();
  }

  /** Checks the part after {@code mailto:}: at least one address, each {@code local@domain}. */
  private static @Nullable String mailtoProblem(String rest) {
    int query = rest.indexOf('?');
    String to = query < 0 ? rest : rest.substring(0, query);
    if (to.isEmpty()) {
      return "url.mailto";
    }
    for (String address : to.split(",", -1)) {
      String decoded = percentDecode(address);
      if (decoded == null || !isAddress(decoded)) {
        return "url.mailto";
      }
    }
    String encoded = encodeNonAscii(rest);
    if (encoded == null) {
      return "url.syntax";
    }
    try {
      new URI("mailto:" + encoded);
      return null;
    } catch (URISyntaxException e) {
      return "url.syntax";
    }
  }

  private static boolean isAddress(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1 || address.indexOf('@') != at) {
      return false;
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (isWhitespace(c) || isControl(c) || c == '<' || c == '>' || c == '"') {
        return false;
      }
    }
    String domain = address.substring(at + 1);
    return !domain.endsWith(".") && asciiHost(domain) != null;
  }

  private static @Nullable String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
