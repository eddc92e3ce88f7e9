package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between Jackson trees and the model's library-independent {@link JsonValue}, for the
 * properties kept in {@link Extensions}. Depth is bounded by the parser's nesting limit on read.
 */
final class TreeValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeValues() {}

  /** Returns the members of {@code object} not named in {@code known}, as an extension bag. */
  static Extensions unknownMembers(JsonNode object, Set<String> known) {
    if (!object.isObject()) {
      return Extensions.empty();
    }
    Map<String, JsonValue> kept = new LinkedHashMap<>();
    object.forEachEntry(
        (name, value) -> {
          if (!known.contains(name) && !name.equals("@context")) {
            kept.put(name, toValue(value));
          }
        });
    return Extensions.of(kept);
  }

  /** Converts a Jackson node. */
  static JsonValue toValue(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      node.forEachEntry((name, value) -> members.put(name, toValue(value)));
      return JsonValue.object(members);
    }
    if (node.isArray()) {
      List<JsonValue> values = new ArrayList<>();
      for (JsonNode element : node) {
        values.add(toValue(element));
      }
      return JsonValue.array(values);
    }
    if (node.isString()) {
      return JsonValue.string(node.stringValue());
    }
    if (node.isNumber()) {
      return JsonValue.number(node.decimalValue().toString());
    }
    if (node.isBoolean()) {
      return JsonValue.bool(node.booleanValue());
    }
    return JsonValue.NULL;
  }

  /** Converts a model value to a Jackson node. */
  static JsonNode toNode(JsonValue value) {
    if (value instanceof JsonValue.JsonObject object) {
      ObjectNode node = NODES.objectNode();
      object.members().forEach((name, member) -> node.set(name, toNode(member)));
      return node;
    }
    if (value instanceof JsonValue.JsonArray array) {
      ArrayNode node = NODES.arrayNode();
      array.values().forEach(element -> node.add(toNode(element)));
      return node;
    }
    if (value instanceof JsonValue.JsonString string) {
      return NODES.stringNode(string.value());
    }
    if (value instanceof JsonValue.JsonNumber number) {
      BigDecimal decimal = number.decimal();
      if (decimal.scale() <= 0 && !number.text().contains("e") && !number.text().contains("E")) {
        return NODES.numberNode(decimal.toBigIntegerExact());
      }
      return NODES.numberNode(decimal);
    }
    if (value instanceof JsonValue.JsonBoolean bool) {
      return NODES.booleanNode(bool.value());
    }
    return NODES.nullNode();
  }

  /** Writes every extension not already present in {@code target}, after its known members. */
  static void writeExtensions(ObjectNode target, Extensions extensions) {
    extensions
        .asMap()
        .forEach(
            (name, value) -> {
              if (!target.has(name)) {
                target.set(name, toNode(value));
              }
            });
  }
}
