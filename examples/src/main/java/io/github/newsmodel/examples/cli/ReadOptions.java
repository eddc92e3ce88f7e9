package io.github.newsmodel.examples.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * How documents are read: strictly (unknown properties are errors) or leniently, and in which
 * language problem messages are written.
 *
 * @param strict whether unknown properties are errors
 * @param locale the language of problem messages: English, Russian or Kazakh
 */
public record ReadOptions(boolean strict, Locale locale) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  public ReadOptions {
    Objects.requireNonNull(locale, "locale must not be null");
  }

  /**
   * Lenient reading with English messages.
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return new ReadOptions(false, Locale.ENGLISH);
  }
}
