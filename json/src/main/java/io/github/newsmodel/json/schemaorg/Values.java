package io.github.newsmodel.json.schemaorg;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads scalar values the way publishers write them: text as a string, a {@code @value} object or
 * the first element of an array; numbers as numbers or numeric strings ({@code "768"}, {@code
 * "768px"}, a {@code QuantitativeValue}); URLs made absolute when protocol-relative or
 * root-relative. A value of the wrong type is reported and ignored.
 */
final class Values {
  private final Sink sink;
  private final NodeGraph graph;
  private @Nullable String base;

  Values(Sink sink, NodeGraph graph) {
    this.sink = sink;
    this.graph = graph;
  }

  /** Sets the page URL that relative URLs are resolved against. */
  void base(@Nullable String url) {
    this.base = url;
  }

  NodeGraph graph() {
    return graph;
  }

  Sink sink() {
    return sink;
  }

  /**
   * Returns text stripped of surrounding white space, or null when absent, blank or of the wrong
   * type (reported as {@code type.mismatch}).
   */
  @Nullable String text(Located value) {
    Located item = first(value);
    if (item == null) {
      return null;
    }
    JsonNode node = item.node();
    if (node.isObject() && node.has("@value")) {
      return text(item.get("@value"));
    }
    if (node.isString()) {
      String text = node.stringValue().strip();
      return text.isEmpty() ? null : text;
    }
    mismatch(item, "text");
    return null;
  }

  /** Like {@link #text(Located)} but also accepts a number or boolean, as its JSON text. */
  @Nullable String scalarText(Located value) {
    Located item = first(value);
    if (item != null && (item.node().isNumber() || item.node().isBoolean())) {
      return item.node().asString();
    }
    return text(value);
  }

  /** Returns a URL (string, or object with {@code url} / {@code @id}), made absolute. */
  @Nullable String url(Located value) {
    Located item = first(value);
    if (item == null) {
      return null;
    }
    if (item.node().isObject()) {
      Located target = graph.resolve(item);
      Located url = target.get("url");
      if (url.isAbsent()) {
        url = target.get("contentUrl");
      }
      if (url.isAbsent()) {
        String id = NodeGraph.idOf(target.node());
        return id == null ? null : absolute(id);
      }
      return url(url);
    }
    String text = text(item);
    return text == null ? null : absolute(text);
  }

  /**
   * Returns a positive-or-zero whole number from a number, a numeric string ({@code "768"}, {@code
   * "768px"}) or a {@code QuantitativeValue}; null when absent; reported when not a number.
   */
  @Nullable Long number(Located value) {
    Located item = first(value);
    if (item == null) {
      return null;
    }
    JsonNode node = item.node();
    if (node.isObject() && node.has("value")) {
      return number(item.get("value"));
    }
    String text = null;
    if (node.isNumber()) {
      text = node.asString();
    } else if (node.isString()) {
      text = node.stringValue().strip().toLowerCase(Locale.ROOT);
      if (text.endsWith("px")) {
        text = text.substring(0, text.length() - 2).strip();
      }
      text = text.replace(",", "").replace(" ", "");
    }
    if (text != null && !text.isEmpty()) {
      try {
        BigDecimal decimal = new BigDecimal(text);
        if (decimal.scale() <= 20
            && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
          return decimal.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }
      } catch (NumberFormatException | ArithmeticException notNumber) {
        // reported below
      }
    }
    sink.error(item.pointer(), "type.mismatch", "expected a number, found " + describe(node));
    return null;
  }

  /** Like {@link #number(Located)} narrowed to an int; larger values are reported. */
  @Nullable Integer integer(Located value) {
    Long number = number(value);
    if (number == null) {
      return null;
    }
    if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
      sink.error(value.pointer(), "range", "number " + number + " is too large");
      return null;
    }
    return number.intValue();
  }

  /**
   * Makes a protocol-relative or root-relative URL absolute against the page URL (or https); {@code
   * url} is stripped and not blank, as {@link #text(Located)} and {@link NodeGraph#idOf} return it.
   */
  String absolute(String url) {
    try {
      if (url.startsWith("//")) {
        String scheme = base != null && base.startsWith("http://") ? "http:" : "https:";
        return scheme + url;
      }
      if (url.startsWith("/") && base != null && base.startsWith("http")) {
        return URI.create(base).resolve(url).toString();
      }
    } catch (IllegalArgumentException notUri) {
      return url;
    }
    return url;
  }

  /** Returns the first non-null item of a repeatable value, or null. */
  static @Nullable Located first(Located value) {
    if (value.isAbsent()) {
      return null;
    }
    if (value.node().isArray()) {
      for (Located item : value.items()) {
        if (!item.node().isArray()) {
          return item;
        }
      }
      return null;
    }
    return value;
  }

  void mismatch(Located item, String expected) {
    sink.error(
        item.pointer(),
        "type.mismatch",
        "expected " + expected + ", found " + describe(item.node()));
  }

  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isNumber()) {
      return "the number " + abbreviate(node.asString());
    }
    if (node.isBoolean()) {
      return "the boolean " + node.asString();
    }
    if (node.isString()) {
      return "the string \"" + abbreviate(node.stringValue()) + "\"";
    }
    return "null";
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
