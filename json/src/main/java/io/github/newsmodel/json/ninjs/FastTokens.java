package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.internal.Fields;
import io.github.newsmodel.json.internal.TextValues;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.JsonNode;

/**
 * The token stream of one document as the streaming fast path ({@link FastRead}) reads it: a
 * Jackson {@link JsonParser} with readers that accept only the one JSON type the fast path maps and
 * {@linkplain FastGiveUp give up} on anything else. The parser's factory applies the tree parser's
 * limits on the document, depth, strings, numbers and names; array lengths are counted here. Value
 * readers expect the parser on the value's first token and leave it on its last.
 *
 * <p>Every JSON value the fast path reads is a member of an object, so after any value but an array
 * the next token is a name or the end of that object: a list whose value is not an array gives up
 * at its first {@link #nextItem}, and a root that is not an object at its first {@link #nextMember}
 * (Jackson answers {@code MATCH_ODD_TOKEN} outside an object).
 */
final class FastTokens {

  private final JsonParser parser;
  private final TextValues texts;
  private final int maxArray;

  FastTokens(JsonParser parser, JsonLimits limits) {
    this.parser = parser;
    this.texts = TextValues.of(parser, limits);
    this.maxArray = limits.maxArrayLength();
  }

  /** Moves to the document's first token; {@link #nextMember} then reads the root object. */
  void beginDocument() {
    parser.nextToken();
  }

  /** Checks that nothing follows the document's root object. */
  void endDocument() {
    if (parser.nextToken() != null) {
      throw FastGiveUp.now();
    }
  }

  /**
   * Moves to the next member of the current object and onto its value.
   *
   * @param fields the member names the object may have
   * @return the member's position among {@code fields}, or -1 at the end of the object
   */
  int nextMember(Fields fields) {
    // a match leaves the parser on the member's value
    int match = parser.nextNameMatchAndToken(fields.matcher());
    if (match >= 0) {
      return match;
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw FastGiveUp.now(); // a name not in fields, or not an object
    }
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
    if ((seen & bit) != 0) {
      throw FastGiveUp.now();
    }
    return seen | bit;
  }

  /** Checks that the current value is an object; {@link #nextMember} then reads its members. */
  void object() {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw FastGiveUp.now();
    }
  }

  /**
   * Moves to the next item of the list at hand, which must be an array of objects; {@link
   * #nextMember} then reads the item's members.
   *
   * @param index the index the item will have
   * @return false at the end of the array; gives up on an item that is not an object, past the
   *     array length limit, and when the list is not an array
   */
  boolean nextItem(int index) {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    if (token != JsonToken.START_OBJECT || index >= maxArray) {
      throw FastGiveUp.now();
    }
    return true;
  }

  /** Reads a string. */
  String string() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw FastGiveUp.now();
    }
    return texts.text();
  }

  /** Reads an integer written without fraction or exponent that fits an int. */
  int intValue() {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw FastGiveUp.now();
    }
    return parser.getIntValue();
  }

  /** Reads an integer written without fraction or exponent that fits a long. */
  long longValue() {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw FastGiveUp.now();
    }
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
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw FastGiveUp.now();
    }
    return switch (parser.getNumberType()) {
      case INT -> Trees.NODES.numberNode(parser.getIntValue());
      case LONG -> Trees.NODES.numberNode(parser.getLongValue());
      default -> Trees.NODES.numberNode(parser.getBigIntegerValue());
    };
  }
}
