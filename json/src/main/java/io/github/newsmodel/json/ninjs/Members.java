package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The members of one ninjs object while it is mapped: each mapper takes what it understands, and
 * what is left goes to the model object's {@link Extensions} as {@code ninjs:<name>}.
 */
final class Members {

  /** Prefix of extension names holding ninjs properties the model has no field for. */
  static final String PREFIX = "ninjs:";

  private final Map<String, JsonNode> rest = new LinkedHashMap<>();

  Members(@Nullable JsonNode object) {
    if (object != null && object.isObject()) {
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        rest.put(member.getKey(), member.getValue());
      }
    }
  }

  @Nullable JsonNode take(String name) {
    return rest.remove(name);
  }

  /** Puts back a member taken but not understood, so it is kept as an extension. */
  void restore(String name, @Nullable JsonNode value) {
    if (value != null) {
      rest.put(name, value);
    }
  }

  /** Takes an integer member in int range; anything else stays. */
  @Nullable Integer integer(String name) {
    Integer value = Trees.intValue(rest.get(name));
    if (value != null) {
      rest.remove(name);
    }
    return value;
  }

  /** Takes an integer member in long range; anything else stays. */
  @Nullable Long longInteger(String name) {
    Long value = Trees.longValue(rest.get(name));
    if (value != null) {
      rest.remove(name);
    }
    return value;
  }

  @Nullable String text(String name) {
    JsonNode node = rest.get(name);
    if (node != null && node.isString()) {
      rest.remove(name);
      return node.asString();
    }
    return null;
  }

  /** The members not taken, as extensions added to {@code base}. */
  Extensions leftovers(Extensions base) {
    Extensions result = base;
    for (Map.Entry<String, JsonNode> member : rest.entrySet()) {
      result = result.with(PREFIX + member.getKey(), Trees.toValue(member.getValue()));
    }
    return result;
  }

  /** Writes the {@code ninjs:} extensions of a model object back as properties of {@code out}. */
  static void putLeftovers(Extensions extensions, ObjectNode out) {
    for (Map.Entry<String, JsonValue> entry : extensions.asMap().entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
        out.set(name.substring(PREFIX.length()), Trees.toNode(entry.getValue()));
      }
    }
  }

  static void put(ObjectNode out, String name, @Nullable String value) {
    if (value != null) {
      out.put(name, value);
    }
  }
}
