package io.github.newsmodel.validation.internal;

import io.github.newsmodel.validation.constraints.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Validates {@link LanguageTag}. Internal, not API. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {

  /** Creates the validator; called by Hibernate Validator. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || isWellFormed(value.toString());
  }

  /**
   * Tells whether a string is a well-formed BCP 47 language tag.
   *
   * @param tag the candidate
   * @return true when well-formed and not empty
   */
  public static boolean isWellFormed(String tag) {
    if (tag.isEmpty()) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
