package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code headlines}, {@code descriptions} and {@code bodies}: lists of {@code {role, contentType,
 * value}}. The headline is the item with role {@code main} (else the first item not in role
 * {@code sub}), the subheadline the item with role {@code sub}; a description by role; the body the
 * first {@code text/html} body converted by {@link HtmlBodies}, else the first plain-text body split
 * into paragraphs at blank lines.
 */
final class TextMapping {

  static final String MAIN = "main";
  static final String SUB = "sub";

  private TextMapping() {}

  /** Text items as (role, value) pairs; items without a string value are skipped. */
  record Item(@Nullable String role, @Nullable String contentType, String value) {}

  static List<Item> items(@Nullable JsonNode list) {
    List<Item> items = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode item : list) {
        String value = Trees.text(item.get("value"));
        if (value != null) {
          items.add(new Item(Trees.text(item.get("role")), Trees.text(item.get("contentType")),
              value));
        }
      }
    }
    return items;
  }

  static @Nullable String headline(List<Item> items) {
    for (Item item : items) {
      if (MAIN.equals(item.role())) {
        return item.value();
      }
    }
    for (Item item : items) {
      if (!SUB.equals(item.role())) {
        return item.value();
      }
    }
    return null;
  }

  static @Nullable String withRole(List<Item> items, String role) {
    for (Item item : items) {
      if (role.equals(item.role())) {
        return item.value();
      }
    }
    return null;
  }

  static ObjectNode item(@Nullable String role, @Nullable String contentType, String value) {
    ObjectNode node = Trees.NODES.objectNode();
    Members.put(node, "role", role);
    Members.put(node, "contentType", contentType);
    node.put("value", value);
    return node;
  }

  static ArrayNode headlines(String headline, @Nullable String subheadline) {
    ArrayNode list = Trees.NODES.arrayNode();
    if (!headline.isEmpty()) {
      list.add(item(MAIN, null, headline));
    }
    if (subheadline != null) {
      list.add(item(SUB, null, subheadline));
    }
    return list;
  }

  /** Reads the body; HTML warnings are added to {@code problems} at the body's pointer. */
  static List<Block> body(@Nullable JsonNode bodies, String pointer, List<JsonProblem> problems) {
    if (bodies == null || !bodies.isArray()) {
      return List.of();
    }
    int plain = -1;
    for (int i = 0; i < bodies.size(); i++) {
      JsonNode body = bodies.get(i);
      String value = Trees.text(body.get("value"));
      String type = Trees.text(body.get("contentType"));
      if (value == null) {
        continue;
      }
      if (type != null && type.trim().toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
        String at = JsonPointers.append(JsonPointers.append(pointer, i), "value");
        HtmlConversion conversion = HtmlBodies.toBlocks(value, at);
        problems.addAll(conversion.warnings());
        return conversion.blocks();
      }
      if (plain < 0 && (type == null || type.startsWith("text/plain"))) {
        plain = i;
      }
    }
    if (plain < 0) {
      return List.of();
    }
    List<Block> blocks = new ArrayList<>();
    for (String part : Trees.text(bodies.get(plain).get("value")).split("\\R\\s*\\R")) {
      if (!part.isBlank()) {
        blocks.add(Paragraph.of(part.strip()));
      }
    }
    return blocks;
  }

  static @Nullable ArrayNode bodies(List<Block> body) {
    if (body.isEmpty()) {
      return null;
    }
    ArrayNode list = Trees.NODES.arrayNode();
    list.add(item(MAIN, "text/html", HtmlBodies.toHtml(body)));
    return list;
  }
}
