package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.JsonLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * Reads string values from one parser, decoding them with {@link Utf8Strings} when the parser is a
 * {@link Utf8TextParser} (a document held as UTF-8 bytes) and with Jackson otherwise; either way
 * the value is the one {@link JsonParser#getString()} returns. For the readers of this module.
 */
public final class TextValues {

  /**
   * One decoder per thread: it only holds characters from the start to the end of one {@link
   * Utf8TextParser#text} call, so readers nested on the same thread can share it.
   */
  private static final ThreadLocal<Utf8Strings> STRINGS = ThreadLocal.withInitial(Utf8Strings::new);

  private final JsonParser parser;

  /** The parser as a {@link Utf8TextParser}, or null when it reads other input. */
  private final @Nullable Utf8TextParser utf8;

  private final Utf8Strings strings = STRINGS.get();
  private final int limit;

  private TextValues(JsonParser parser, int limit) {
    this.parser = parser;
    this.utf8 = parser instanceof Utf8TextParser p ? p : null;
    this.limit = limit;
  }

  /**
   * Returns the reader of the string values of a parser.
   *
   * @param parser the parser
   * @param limits the limits its factory applies (for the longest string)
   * @return the reader
   */
  public static TextValues of(JsonParser parser, JsonLimits limits) {
    return new TextValues(parser, limits.maxStringLength());
  }

  /**
   * Returns the value of the current token, which must be a string value.
   *
   * @return the value
   */
  public String text() {
    String value = utf8 != null ? utf8.text(strings, limit, false) : null;
    return value != null ? value : parser.getString();
  }

  /**
   * Returns the value of the current token, which must be a string value, as the shared instance
   * when it is one of the recurring values of {@link KnownStrings}.
   *
   * @return the value
   */
  public String recurring() {
    String value = utf8 != null ? utf8.text(strings, limit, true) : null;
    if (value != null) {
      return value;
    }
    int length = parser.getStringLength();
    if (length <= KnownStrings.MAX_LENGTH) {
      String known =
          KnownStrings.find(parser.getStringCharacters(), parser.getStringOffset(), length);
      if (known != null) {
        return known;
      }
    }
    return parser.getString();
  }
}
