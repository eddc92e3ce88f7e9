package io.github.newsmodel.validation.internal;

import io.github.newsmodel.validation.constraints.CleanText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link CleanText}. Internal, not API. */
public final class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {

  private boolean multiline;

  /** Creates the validator; called by Hibernate Validator. */
  public CleanTextValidator() {}

  @Override
  public void initialize(CleanText annotation) {
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean control = false;
    boolean bidi = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isPlain(c)) {
        continue;
      }
      control |= isForbiddenControl(c, multiline);
      bidi |= isBidiControl(c);
    }
    if (!control && !bidi) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    if (control) {
      context
          .buildConstraintViolationWithTemplate(Violations.template("text.control"))
          .addConstraintViolation();
    }
    if (bidi) {
      context
          .buildConstraintViolationWithTemplate(Violations.template("text.bidi"))
          .addConstraintViolation();
    }
    return false;
  }

  /**
   * Tells whether text is accepted: null, or free of forbidden control and bidi characters.
   *
   * @param value the text
   * @param multiline whether LF and CR are allowed
   * @return true when {@link CleanText} accepts it
   */
  public static boolean isClean(@Nullable String value, boolean multiline) {
    if (value == null) {
      return true;
    }
    // the same loop as for any CharSequence, on String so that charAt is inlined
    for (int i = 0, length = value.length(); i < length; i++) {
      char c = value.charAt(i);
      if (!isPlain(c) && (isForbiddenControl(c, multiline) || isBidiControl(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether text is clean, as {@link #isClean(String, boolean)} does for any character
   * sequence.
   *
   * @param value the text, or null
   * @param multiline whether line breaks and tabs are allowed
   * @return true when clean
   */
  public static boolean isClean(@Nullable CharSequence value, boolean multiline) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isPlain(c) && (isForbiddenControl(c, multiline) || isBidiControl(c))) {
        return false;
      }
    }
    return true;
  }

  /** Printable ASCII, Latin-1, Cyrillic and most scripts: neither control nor bidi. */
  private static boolean isPlain(char c) {
    return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < '\u202A');
  }

  /**
   * Tells whether a character is a C0/C1 control character not allowed in text.
   *
   * @param c the character
   * @param multiline whether LF and CR are allowed
   * @return true when forbidden
   */
  public static boolean isForbiddenControl(char c, boolean multiline) {
    if (c == '\t') {
      return false;
    }
    if (c == '\n' || c == '\r') {
      return !multiline;
    }
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * Tells whether a character is a bidi embedding, override or isolate control.
   *
   * @param c the character
   * @return true for U+202A to U+202E and U+2066 to U+2069
   */
  public static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
