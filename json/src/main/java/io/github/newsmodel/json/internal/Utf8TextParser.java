package io.github.newsmodel.json.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson's parser for UTF-8 bytes held in memory, with one addition: {@link #text} decodes the
 * current string value with {@link Utf8Strings} and moves past it, so that the value is read once
 * instead of being decoded here and skipped again by Jackson. Every other token, and every value
 * {@link Utf8Strings} leaves alone, is Jackson's own work.
 */
final class Utf8TextParser extends UTF8StreamJsonParser {

  Utf8TextParser(
      ObjectReadContext readContext,
      IOContext ioContext,
      int streamReadFeatures,
      int formatReadFeatures,
      ByteQuadsCanonicalizer names,
      byte[] input,
      int start,
      int end) {
    super(
        readContext,
        ioContext,
        streamReadFeatures,
        formatReadFeatures,
        null,
        names,
        input,
        start,
        end,
        0,
        false);
  }

  /**
   * Returns the current string value when {@link Utf8Strings} can decode it, leaving the parser
   * after the value as {@link #getString()} would; null when the current token is not an unread
   * string value or the value needs Jackson (then nothing has changed).
   *
   * @param strings the decoder and its buffer
   * @param limit the most characters a value may have; a longer one is left to Jackson, which
   *     reports it
   * @param known whether to return the shared instance when the value is one of {@link
   *     KnownStrings}
   * @return the value, or null
   */
  @Nullable String text(Utf8Strings strings, int limit, boolean known) {
    if (!_tokenIncomplete
        || _currToken != JsonToken.VALUE_STRING
        || _inputPtr <= 0
        || _inputBuffer[_inputPtr - 1] != '"') {
      return null;
    }
    String value = strings.decode(_inputBuffer, _inputPtr, _inputEnd, limit, known);
    if (value == null) {
      return null;
    }
    _inputPtr = strings.end();
    _tokenIncomplete = false;
    _textBuffer.resetWithString(value);
    return value;
  }
}
