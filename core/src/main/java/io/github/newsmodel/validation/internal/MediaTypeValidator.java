package io.github.newsmodel.validation.internal;

import io.github.newsmodel.validation.constraints.MediaType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link MediaType} with a small hand-written RFC 6838 / RFC 9110 parser. Internal. */
public final class MediaTypeValidator implements ConstraintValidator<MediaType, CharSequence> {

  private static final int MAX_NAME = 127;
  private static final String RESTRICTED_EXTRA = "!#$&-^_.+";
  private static final String TOKEN_EXTRA = "!#$%&'*+-.^_`|~";

  /** Creates the validator; called by Hibernate Validator. */
  public MediaTypeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || isMediaType(value.toString());
  }

  /**
   * Tells whether a string is {@code type/subtype} with optional {@code ; name=value} parameters.
   *
   * @param s the candidate
   * @return true when well-formed
   */
  public static boolean isMediaType(String s) {
    int typeEnd = restrictedName(s, 0);
    if (typeEnd < 0 || typeEnd >= s.length() || s.charAt(typeEnd) != '/') {
      return false;
    }
    int i = restrictedName(s, typeEnd + 1);
    if (i < 0) {
      return false;
    }
    while (i < s.length()) {
      i = skipSpace(s, i);
      if (i >= s.length() || s.charAt(i) != ';') {
        return false;
      }
      i = skipSpace(s, i + 1);
      int nameEnd = token(s, i);
      if (nameEnd < 0 || nameEnd >= s.length() || s.charAt(nameEnd) != '=') {
        return false;
      }
      i = nameEnd + 1;
      i = i < s.length() && s.charAt(i) == '"' ? quotedString(s, i) : token(s, i);
      if (i < 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the end index of an RFC 6838 restricted-name starting at {@code from}, or -1. */
  private static int restrictedName(String s, int from) {
    if (from >= s.length() || !isAlphaNum(s.charAt(from))) {
      return -1;
    }
    int i = from + 1;
    while (i < s.length()
        && (isAlphaNum(s.charAt(i)) || RESTRICTED_EXTRA.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i - from > MAX_NAME ? -1 : i;
  }

  private static int token(String s, int from) {
    int i = from;
    while (i < s.length() && (isAlphaNum(s.charAt(i)) || TOKEN_EXTRA.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i == from ? -1 : i;
  }

  private static int quotedString(String s, int from) {
    int i = from + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\') {
        if (i + 1 >= s.length() || !isQuotedText(s.charAt(i + 1))) {
          return -1;
        }
        i += 2;
      } else if (isQuotedText(c)) {
        i++;
      } else {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isQuotedText(char c) {
    return c == '\t' || (c >= 0x20 && c <= 0x7E);
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isAlphaNum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
