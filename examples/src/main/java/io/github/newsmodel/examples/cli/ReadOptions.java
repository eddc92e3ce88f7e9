package io.github.newsmodel.examples.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * How documents are read: strictly (each library's strict mode: for the native format unknown
 * properties are errors; for ninjs the stricter checks are errors and writing does not drop values)
 * or leniently, and in which language problem messages are written.
 *
 * @param strict whether to use each format's strict mode
 * @param locale the language of problem messages: English, Russian or Kazakh
 */
public record ReadOptions(boolean strict, Locale locale) {

  /**
   * Checks the components.
   *
   * @param strict whether to use each format's strict mode
   * @param locale the language of problem messages
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
