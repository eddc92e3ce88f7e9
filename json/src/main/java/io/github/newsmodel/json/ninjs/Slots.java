package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text lists ({@code headlines}, {@code descriptions}, {@code bodies}) whose items are partly
 * mapped to model fields. The list as read is kept in the extension {@code ninjs-list:<name>} as a
 * template: each mapped item has its {@code value} replaced by {@code {"$slot": "<field>"}}, and
 * the other items (other roles, other content types) are kept whole. Writing fills each slot from
 * the model — dropping the item when the field is now empty — keeps the other items and their
 * order, and appends items for fields that had no slot. So an edited headline or summary is written
 * in place, with its role, and nothing else in the list is lost.
 */
final class Slots {

  static final String PREFIX = "ninjs-list:";
  private static final String SLOT = "$slot";

  private Slots() {}

  /** Records the template of {@code list}, whose items at the given indexes map to fields. */
  static Extensions record(
      Extensions extensions, String property, JsonNode list, Map<Integer, String> slots) {
    ArrayNode template = Trees.NODES.arrayNode();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String slot = slots.get(i);
      if (slot != null && item instanceof ObjectNode object) {
        ObjectNode copy = object.deepCopy();
        copy.set("value", Trees.NODES.objectNode().put(SLOT, slot));
        template.add(copy);
      } else {
        template.add(item);
      }
    }
    return extensions.with(PREFIX + property, Trees.toValue(template));
  }

  /**
   * Writes a list: from the template when there is one, else the generated items in order.
   *
   * @param values each field's current value (null when empty)
   * @param generated the item to append for a field that has a value but no slot
   */
  static @Nullable ArrayNode write(
      Extensions extensions,
      String property,
      Map<String, @Nullable String> values,
      Map<String, ObjectNode> generated) {
    ArrayNode out = Trees.NODES.arrayNode();
    Set<String> placed = new LinkedHashSet<>();
    JsonValue stored = extensions.get(PREFIX + property).orElse(null);
    if (stored instanceof JsonValue.JsonArray template) {
      for (JsonValue entry : template.values()) {
        JsonNode item = Trees.toNode(entry);
        String slot = slotOf(item);
        if (slot == null) {
          out.add(item);
          continue;
        }
        placed.add(slot);
        String value = values.get(slot);
        if (value != null) {
          ((ObjectNode) item).put("value", value);
          out.add(item);
        }
      }
    }
    for (Map.Entry<String, ObjectNode> entry : generated.entrySet()) {
      if (!placed.contains(entry.getKey()) && values.get(entry.getKey()) != null) {
        out.add(entry.getValue());
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static @Nullable String slotOf(JsonNode item) {
    JsonNode value = item.get("value");
    if (item instanceof ObjectNode && value != null && value.isObject()) {
      return Trees.text(value.get(SLOT));
    }
    return null;
  }

  static Map<String, @Nullable String> values() {
    return new LinkedHashMap<>();
  }
}
