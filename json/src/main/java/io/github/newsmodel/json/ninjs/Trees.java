package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.extension.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between Jackson trees and the model's {@link JsonValue}, so that a value read, stored in
 * an {@code Extensions} bag and written again is the same JSON tree: integers become the node type
 * the parser would create for them (int, long or big integer), other numbers doubles.
 */
final class Trees {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Trees() {}

  static JsonValue toValue(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        members.put(member.getKey(), toValue(member.getValue()));
      }
      return JsonValue.object(members);
    }
    if (node.isArray()) {
      List<JsonValue> items = new ArrayList<>();
      for (JsonNode item : node) {
        items.add(toValue(item));
      }
      return JsonValue.array(items);
    }
    if (node.isString()) {
      return JsonValue.string(node.asString());
    }
    if (node.isBoolean()) {
      return JsonValue.bool(node.asBoolean());
    }
    if (node.isNumber()) {
      return JsonValue.number(
          node.isIntegralNumber()
              ? node.bigIntegerValue().toString()
              : node.decimalValue().toString());
    }
    return JsonValue.NULL;
  }

  static JsonNode toNode(JsonValue value) {
    if (value instanceof JsonValue.JsonObject object) {
      ObjectNode node = NODES.objectNode();
      object.members().forEach((name, member) -> node.set(name, toNode(member)));
      return node;
    }
    if (value instanceof JsonValue.JsonArray array) {
      ArrayNode node = NODES.arrayNode();
      array.values().forEach(item -> node.add(toNode(item)));
      return node;
    }
    if (value instanceof JsonValue.JsonString string) {
      return NODES.stringNode(string.value());
    }
    if (value instanceof JsonValue.JsonBoolean bool) {
      return NODES.booleanNode(bool.value());
    }
    if (value instanceof JsonValue.JsonNumber number) {
      return number(number.text());
    }
    return NODES.nullNode();
  }

  static JsonNode number(String text) {
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (!integral) {
      return NODES.numberNode(new BigDecimal(text).doubleValue());
    }
    BigInteger value = new BigInteger(text);
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    if (value.bitLength() < 64) {
      return NODES.numberNode(value.longValue());
    }
    return NODES.numberNode(value);
  }

  /** A long as the node the parser would create for it. */
  static JsonNode integer(long value) {
    return number(Long.toString(value));
  }

  /** A double as written by the parser, or an integer node when it has no fraction. */
  static JsonNode decimal(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return integer((long) value);
    }
    return NODES.numberNode(value);
  }

  static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }

  /** An int when the node is an integer node in int range, else null. */
  static @Nullable Integer intValue(@Nullable JsonNode node) {
    return node != null && node.isInt() ? node.intValue() : null;
  }

  static @Nullable Long longValue(@Nullable JsonNode node) {
    return node != null && (node.isInt() || node.isLong()) ? node.longValue() : null;
  }
}
