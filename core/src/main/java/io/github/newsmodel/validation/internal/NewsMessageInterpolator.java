package io.github.newsmodel.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Message interpolator bound to one locale that resolves message keys from the newsmodel bundle
 * ({@value #BUNDLE}) before handing the text to a parameter-only delegate (Hibernate Validator's
 * {@code ParameterMessageInterpolator}, no Expression Language). Internal, not API.
 *
 * <p>Every {@code {key}} found in our bundle, including our translations of the standard {@code
 * jakarta.validation.constraints.*.message} keys, is replaced first, so an application's own {@code
 * ValidationMessages} bundle cannot change newsmodel messages. Keys absent from our bundle and the
 * parameters ({@code {min}}, {@code {max}}, {@code {value}}) are left to the delegate. The locale
 * passed by Hibernate Validator is ignored in favour of the fixed one.
 */
public final class NewsMessageInterpolator implements MessageInterpolator {

  /** Base name of the newsmodel message bundle. */
  public static final String BUNDLE = "io.github.newsmodel.validation.Messages";

  private final MessageInterpolator delegate;
  private final Locale locale;
  private final ResourceBundle bundle;

  /**
   * Creates an interpolator for one locale.
   *
   * @param delegate interpolator for parameters and for keys missing from our bundle
   * @param locale the locale; {@code ru} and {@code kk} have translations, everything else is
   *     English
   */
  public NewsMessageInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = Objects.requireNonNull(delegate, "delegate interpolator must not be null");
    this.locale = supported(Objects.requireNonNull(locale, "locale must not be null"));
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE, this.locale, NewsMessageInterpolator.class.getClassLoader());
  }

  /**
   * Maps a requested locale to the bundle locale used for it.
   *
   * @param locale any locale
   * @return {@code ru}, {@code kk} or {@link Locale#ROOT} (English)
   */
  public static Locale supported(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ru" -> Locale.forLanguageTag("ru");
      case "kk" -> Locale.forLanguageTag("kk");
      default -> Locale.ROOT;
    };
  }

  /**
   * Returns the locale this interpolator renders messages in.
   *
   * @return {@code ru}, {@code kk} or {@link Locale#ROOT}
   */
  public Locale locale() {
    return locale;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale ignored) {
    return delegate.interpolate(resolveKeys(messageTemplate), context, locale);
  }

  /**
   * Replaces each {@code {key}} present in the bundle with its text; escaped braces and unknown
   * keys are kept as they are.
   *
   * @param template the message template
   * @return the template with our keys resolved
   */
  public String resolveKeys(String template) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        sb.append(c).append(template.charAt(i + 1));
        i += 2;
        continue;
      }
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close < 0) {
        sb.append(c);
        i++;
        continue;
      }
      String key = template.substring(i + 1, close);
      sb.append(bundle.containsKey(key) ? bundle.getString(key) : template.substring(i, close + 1));
      i = close + 1;
    }
    return sb.toString();
  }
}
