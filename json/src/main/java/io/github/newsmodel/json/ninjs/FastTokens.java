package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.internal.Fields;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.JsonNode;

/**
 * The token stream of one document as the streaming fast path ({@link FastRead}) reads it: a
 * Jackson {@link JsonParser} with value readers that accept only the one JSON type the fast path
 * maps and {@linkplain FastGiveUp give up} on anything else, and with the {@link JsonLimits} the
 * tree parser applies (strings and arrays are counted here; the parser's factory bounds depth,
 * numbers, names and the document). Value readers expect the parser on the value's first token and
 * leave it on its last.
 */
final class FastTokens {

  private final JsonParser parser;
  private final int maxString;
  private final int maxArray;

  FastTokens(JsonParser parser, JsonLimits limits) {
    this.parser = parser;
    this.maxString = limits.maxStringLength();
    this.maxArray = limits.maxArrayLength();
  }

  /** Moves to the document's first token, which must start an object. */
  void beginDocument() {
    FastGiveUp.unless(parser.nextToken() == JsonToken.START_OBJECT);
  }

  /** Checks that nothing follows the document's root object. */
  void endDocument() {
    FastGiveUp.unless(parser.nextToken() == null);
  }

  /**
   * Moves to the next member of the current object and onto its value.
   *
   * @param fields the member names the object may have
   * @return the member's position among {@code fields}, or -1 at the end of the object
   */
  int nextMember(Fields fields) {
    int match = parser.nextNameMatch(fields.matcher());
    if (match >= 0) {
      parser.nextToken();
      return match;
    }
    FastGiveUp.unless(match == PropertyNameMatcher.MATCH_END_OBJECT);
    return -1;
  }

  /**
   * Marks a member as seen in its object.
   *
   * @param seen the bits of the members seen so far
   * @param position the member's position
   * @return {@code seen} with the member's bit; gives up when the member was seen already
   */
  static long once(long seen, int position) {
    long bit = 1L << position;
    FastGiveUp.unless((seen & bit) == 0);
    return seen | bit;
  }

  /** Checks that the current value is an object; {@link #nextMember} then reads its members. */
  void object() {
    FastGiveUp.unless(parser.currentToken() == JsonToken.START_OBJECT);
  }

  /** Checks that the current value is an array; {@link #nextElement} then moves through it. */
  void array() {
    FastGiveUp.unless(parser.currentToken() == JsonToken.START_ARRAY);
  }

  /**
   * Moves to the next element of the current array.
   *
   * @param index the index the element will have
   * @return false at the end of the array; gives up past the array length limit
   */
  boolean nextElement(int index) {
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      return false;
    }
    FastGiveUp.unless(index < maxArray);
    return true;
  }

  /** Reads a string. */
  String string() {
    FastGiveUp.unless(parser.currentToken() == JsonToken.VALUE_STRING);
    String value = parser.getString();
    FastGiveUp.unless(value.length() <= maxString);
    return value;
  }

  /** Reads an integer written without fraction or exponent that fits an int. */
  int intValue() {
    FastGiveUp.unless(
        parser.currentToken() == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() == JsonParser.NumberType.INT);
    return parser.getIntValue();
  }

  /** Reads an integer written without fraction or exponent that fits a long. */
  long longValue() {
    FastGiveUp.unless(parser.currentToken() == JsonToken.VALUE_NUMBER_INT);
    JsonParser.NumberType type = parser.getNumberType();
    FastGiveUp.unless(type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG);
    return parser.getLongValue();
  }

  /**
   * Reads a number as the node the tree parser builds for it: an int, long or big integer node for
   * an integer, a decimal node holding the exact digits for any other number.
   */
  JsonNode number() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      return Trees.NODES.numberNode(parser.getDecimalValue());
    }
    FastGiveUp.unless(token == JsonToken.VALUE_NUMBER_INT);
    return switch (parser.getNumberType()) {
      case INT -> Trees.NODES.numberNode(parser.getIntValue());
      case LONG -> Trees.NODES.numberNode(parser.getLongValue());
      default -> Trees.NODES.numberNode(parser.getBigIntegerValue());
    };
  }
}
