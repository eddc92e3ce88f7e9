package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code headlines}, {@code descriptions} and {@code bodies}: lists of {@code {role, contentType,
 * value}}. The headline is the item with role {@code main} (else the first item not in role {@code
 * sub}), the subheadline the item with role {@code sub}; a description by role; the body the first
 * {@code text/html} body converted by {@link HtmlBodies}, else the first plain-text body split into
 * paragraphs at blank lines.
 */
final class TextMapping {

  static final String MAIN = "main";
  static final String SUB = "sub";
  static final String HTML = "body-html";
  private static final String TEXT = "body-text";

  private TextMapping() {}

  /** Text items as (role, value) pairs; items without a string value are skipped. */
  record Item(int index, @Nullable String role, @Nullable String contentType, String value) {}

  static List<Item> items(@Nullable JsonNode list) {
    List<Item> items = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        JsonNode item = list.get(i);
        String value = Trees.text(item.get("value"));
        if (value != null) {
          items.add(
              new Item(
                  i, Trees.text(item.get("role")), Trees.text(item.get("contentType")), value));
        }
      }
    }
    return items;
  }

  /** The headline: the item in role {@code main}, else the first item not in role {@code sub}. */
  static @Nullable Item headline(List<Item> items) {
    Item main = withRole(items, MAIN);
    if (main != null) {
      return main;
    }
    for (Item item : items) {
      if (!SUB.equals(item.role())) {
        return item;
      }
    }
    return null;
  }

  static @Nullable Item withRole(List<Item> items, String role) {
    for (Item item : items) {
      if (role.equals(item.role())) {
        return item;
      }
    }
    return null;
  }

  static @Nullable String value(@Nullable Item item) {
    return item == null ? null : item.value();
  }

  static ObjectNode item(@Nullable String role, @Nullable String contentType, String value) {
    ObjectNode node = Trees.NODES.objectNode();
    Members.put(node, "role", role);
    Members.put(node, "contentType", contentType);
    node.put("value", value);
    return node;
  }

  /** Reads headline and subheadline, recording the list template. */
  static Extensions readHeadlines(
      @Nullable JsonNode list, Article.Builder article, Extensions extensions) {
    List<Item> items = items(list);
    Item headline = headline(items);
    Item sub = withRole(items, SUB);
    if (sub != null && headline != null && sub.index() == headline.index()) {
      sub = null;
    }
    article.headline(headline == null ? "" : headline.value());
    article.subheadline(value(sub));
    if (list == null || !list.isArray()) {
      return extensions;
    }
    Map<Integer, String> slots = new HashMap<>();
    if (headline != null) {
      slots.put(headline.index(), "headline");
    }
    if (sub != null) {
      slots.put(sub.index(), "subheadline");
    }
    return Slots.record(extensions, "headlines", list, slots);
  }

  static @Nullable ArrayNode headlines(Article article) {
    Map<String, @Nullable String> values = Slots.values();
    values.put("headline", article.headline().isEmpty() ? null : article.headline());
    values.put("subheadline", article.subheadline());
    Map<String, ObjectNode> generated = new LinkedHashMap<>();
    generated.put("headline", item(MAIN, null, article.headline()));
    if (article.subheadline() != null) {
      generated.put("subheadline", item(SUB, null, article.subheadline()));
    }
    return Slots.write(article.extensions(), "headlines", values, generated);
  }

  /**
   * The body read: the extensions with the list template, and the canonical HTML of the blocks when
   * the body was HTML already in canonical form (so writing it again is a lookup).
   */
  record BodyRead(Extensions extensions, @Nullable String canonicalHtml) {}

  /**
   * Reads the body; HTML warnings are added to {@code problems} at the body's pointer; {@code
   * hints} may hold the conversion of the body HTML already.
   */
  static BodyRead readBody(
      @Nullable JsonNode bodies,
      String pointer,
      List<JsonProblem> problems,
      Article.Builder article,
      Extensions extensions,
      FastHints hints) {
    if (bodies == null || !bodies.isArray()) {
      return new BodyRead(extensions, null);
    }
    int plain = -1;
    String plainValue = null;
    for (int i = 0; i < bodies.size(); i++) {
      JsonNode body = bodies.get(i);
      String value = Trees.text(body.get("value"));
      String type = Trees.text(body.get("contentType"));
      if (value == null) {
        continue;
      }
      if (type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("text/html")) {
        String at = JsonPointers.append(JsonPointers.append(pointer, i), "value");
        HtmlConversion conversion = hints.toBlocks(value, at);
        problems.addAll(conversion.warnings());
        article.body(conversion.blocks());
        return new BodyRead(
            Slots.record(extensions, "bodies", bodies, Map.of(i, HTML)),
            conversion.exact() ? value : null);
      }
      if (plain < 0
          && (type == null || type.trim().toLowerCase(Locale.ROOT).startsWith("text/plain"))) {
        plain = i;
        plainValue = value;
      }
    }
    if (plainValue == null) { // set together with plain
      return new BodyRead(Slots.record(extensions, "bodies", bodies, Map.of()), null);
    }
    List<Block> blocks = new ArrayList<>();
    for (String part : plainValue.split("\\R\\s*\\R", -1)) { // blank parts are skipped
      if (!part.isBlank()) {
        blocks.add(Paragraph.of(part.strip()));
      }
    }
    article.body(blocks);
    return new BodyRead(Slots.record(extensions, "bodies", bodies, Map.of(plain, TEXT)), null);
  }

  /**
   * Writes the bodies list.
   *
   * @param canonicalHtml {@code HtmlBodies.toHtml(article.body())} when the caller knows it, else
   *     null
   */
  static @Nullable ArrayNode bodies(Article article, @Nullable String canonicalHtml) {
    Map<String, @Nullable String> values = Slots.values();
    boolean empty = article.body().isEmpty();
    String html =
        empty ? "" : canonicalHtml != null ? canonicalHtml : HtmlBodies.toHtml(article.body());
    values.put(HTML, empty ? null : html);
    if (!empty && article.extensions().get(Slots.PREFIX + "bodies").isPresent()) {
      // only a list template read from ninjs can hold a plain-text body slot
      StringBuilder text = new StringBuilder();
      for (Block block : article.body()) {
        String plain = block.plainText();
        if (!plain.isEmpty()) {
          text.append(text.length() == 0 ? "" : "\n\n").append(plain);
        }
      }
      values.put(TEXT, text.toString());
    }
    Map<String, ObjectNode> generated = new LinkedHashMap<>();
    generated.put(HTML, item(MAIN, "text/html", html));
    return Slots.write(article.extensions(), "bodies", values, generated);
  }
}
