package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the original form of properties whose mapping to the model is not exact, so that ninjs →
 * model → ninjs gives back the same document.
 *
 * <p>After an object is read, it is written again from the model; each property whose output
 * differs from the input (an HTML body that is not canonical, headlines without the {@code main}
 * role, a number written {@code 25.0}…) is stored in the extension {@code ninjs-original} as {@code
 * {"<name>": {"generated": <what the model gives>, "original": <the input>}}} (either side left out
 * when absent). The writer uses the original only while the model still generates exactly the
 * recorded value: once the application changes the mapped fields, the model wins.
 */
final class Overrides {

  static final String KEY = "ninjs-original";
  private static final String GENERATED = "generated";
  private static final String ORIGINAL = "original";

  private Overrides() {}

  /** Compares input and regenerated output and stores the differences in {@code extensions}. */
  static Extensions record(JsonNode input, ObjectNode generated, Extensions extensions) {
    Set<String> names = new LinkedHashSet<>();
    input.properties().forEach(member -> names.add(member.getKey()));
    generated.properties().forEach(member -> names.add(member.getKey()));
    Map<String, JsonValue> differences = new LinkedHashMap<>();
    for (String name : names) {
      JsonNode in = input.get(name);
      JsonNode out = generated.get(name);
      if (in == null ? out != null : out == null || !same(in, out)) {
        Map<String, JsonValue> entry = new LinkedHashMap<>();
        if (out != null) {
          entry.put(GENERATED, Trees.toValue(out));
        }
        if (in != null) {
          entry.put(ORIGINAL, Trees.toValue(in));
        }
        differences.put(name, JsonValue.object(entry));
      }
    }
    Extensions base = extensions.without(KEY);
    return differences.isEmpty() ? base : base.with(KEY, JsonValue.object(differences));
  }

  /**
   * Whether two values are the same once stored as {@link JsonValue}s, so that keeping the original
   * would change nothing: as {@link JsonNode#equals} except that numbers compare by the text {@link
   * Trees#toValue} keeps (a decimal the parser read as {@code BigDecimal} and the double the model
   * writes for it are the same value).
   */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.equals(b) || numberText(a).equals(numberText(b));
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> member : a.properties()) {
        JsonNode other = b.get(member.getKey());
        if (other == null || !same(member.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static String numberText(JsonNode number) {
    return number.isIntegralNumber()
        ? number.bigIntegerValue().toString()
        : number.decimalValue().toString();
  }

  /** Replaces generated properties by their recorded originals where the model did not change. */
  static void apply(Extensions extensions, ObjectNode out) {
    for (Map.Entry<String, JsonValue.JsonObject> entry : entries(extensions).entrySet()) {
      JsonNode resolved = resolve(entry.getValue(), out.get(entry.getKey()));
      if (resolved == null) {
        out.remove(entry.getKey());
      } else {
        out.set(entry.getKey(), resolved); // in place when present (unchanged when it is current)
      }
    }
  }

  /** The recorded originals of an object, by property name, in the order they were recorded. */
  static Map<String, JsonValue.JsonObject> entries(Extensions extensions) {
    JsonValue stored = extensions.get(KEY).orElse(null);
    if (!(stored instanceof JsonValue.JsonObject overrides)) {
      return Map.of();
    }
    Map<String, JsonValue.JsonObject> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : overrides.members().entrySet()) {
      if (entry.getValue() instanceof JsonValue.JsonObject override) {
        entries.put(entry.getKey(), override);
      }
    }
    return entries;
  }

  /**
   * The value a property gets from its recorded original: the original while the model still
   * generates exactly the recorded value ({@code current}, null when the model writes nothing
   * there) — null when the original was absent, so the property is left out — else {@code current}
   * unchanged.
   */
  static @Nullable JsonNode resolve(JsonValue.JsonObject override, @Nullable JsonNode current) {
    JsonValue generated = override.get(GENERATED);
    boolean unchanged =
        generated == null
            ? current == null
            : current != null && Trees.toNode(generated).equals(current);
    if (!unchanged) {
      return current;
    }
    JsonValue original = override.get(ORIGINAL);
    return original == null ? null : Trees.toNode(original);
  }

  /** How many properties of an object needed their original kept. */
  static int count(Extensions extensions) {
    JsonValue stored = extensions.get(KEY).orElse(null);
    return stored instanceof JsonValue.JsonObject overrides ? overrides.members().size() : 0;
  }
}
