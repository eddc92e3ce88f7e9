package io.github.newsmodel.json.internal;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * Jackson's JSON factory, except that a document held as plain UTF-8 bytes (no byte order mark, not
 * UTF-16 or UTF-32) gets a {@link Utf8TextParser}. Jackson picks UTF-8 for exactly such documents;
 * anything else, and every other kind of input, is left to Jackson.
 */
final class Utf8TextFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  Utf8TextFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset, int length) {
    if (!isPlainUtf8(data, offset, length)
        || !JsonFactory.Feature.CANONICALIZE_PROPERTY_NAMES.enabledIn(_factoryFeatures)) {
      return super._createParser(readContext, ioContext, data, offset, length);
    }
    _checkRangeBoundsForByteArray(data, offset, length);
    _streamReadConstraints.validateDocumentLength(length);
    ioContext.setEncoding(JsonEncoding.UTF8);
    return new Utf8TextParser(
        readContext,
        ioContext,
        readContext.getStreamReadFeatures(_streamReadFeatures),
        readContext.getFormatReadFeatures(_formatReadFeatures),
        _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
        data,
        offset,
        offset + length);
  }

  /**
   * Whether Jackson's encoding detection would settle on UTF-8 without skipping anything: no zero
   * byte among the first two (UTF-16 and UTF-32 have one) and no byte that starts a byte order mark
   * (0xEF, 0xFE, 0xFF) first.
   */
  static boolean isPlainUtf8(byte[] data, int offset, int length) {
    if (length < 2) {
      return false;
    }
    int first = data[offset] & 0xFF;
    return first != 0 && data[offset + 1] != 0 && first != 0xEF && first != 0xFE && first != 0xFF;
  }
}
