package io.github.newsmodel.extension;

import io.github.newsmodel.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A JSON-like value, independent of any JSON library: what the model keeps for properties it has no
 * field for. Objects keep the order of their members; numbers keep the exact text they were read
 * from.
 *
 * <pre>{@code
 * JsonValue geo = JsonValue.object(Map.of(
 *     "type", JsonValue.string("Point"),
 *     "coordinates", JsonValue.array(List.of(JsonValue.number("71.43"), JsonValue.number("51.13")))));
 * }</pre>
 */
public sealed interface JsonValue
    permits JsonValue.JsonNull,
        JsonValue.JsonBoolean,
        JsonValue.JsonNumber,
        JsonValue.JsonString,
        JsonValue.JsonArray,
        JsonValue.JsonObject {

  /** The JSON {@code null}. */
  JsonNull NULL = new JsonNull();

  /** The JSON {@code true}. */
  JsonBoolean TRUE = new JsonBoolean(true);

  /** The JSON {@code false}. */
  JsonBoolean FALSE = new JsonBoolean(false);

  /**
   * Returns a string value.
   *
   * @param value the text
   * @return the value
   */
  static JsonString string(String value) {
    return new JsonString(value);
  }

  /**
   * Returns a boolean value.
   *
   * @param value the boolean
   * @return {@link #TRUE} or {@link #FALSE}
   */
  static JsonBoolean bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * Returns a number from its JSON text, kept exactly as written ({@code 1.50} stays {@code 1.50}).
   *
   * @param text the JSON number text
   * @return the value
   * @throws NumberFormatException if the text is not a JSON number
   */
  static JsonNumber number(String text) {
    return new JsonNumber(text);
  }

  /**
   * Returns a number.
   *
   * @param value the number
   * @return the value
   */
  static JsonNumber number(long value) {
    return new JsonNumber(Long.toString(value));
  }

  /**
   * Returns an array holding a copy of {@code values}.
   *
   * @param values the elements
   * @return the value
   */
  static JsonArray array(List<? extends JsonValue> values) {
    return new JsonArray(Checks.copy(values, "values"));
  }

  /**
   * Returns an object holding a copy of {@code members}, in their iteration order.
   *
   * @param members the members
   * @return the value
   */
  static JsonObject object(Map<String, ? extends JsonValue> members) {
    return new JsonObject(JsonObject.copyOrdered(members));
  }

  /** The JSON {@code null}; use {@link JsonValue#NULL}. */
  final class JsonNull implements JsonValue {
    private JsonNull() {}

    @Override
    public String toString() {
      return "null";
    }
  }

  /**
   * A JSON boolean.
   *
   * @param value the boolean
   */
  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /**
   * A JSON number, kept as the text it was written in.
   *
   * @param text the number text, such as {@code 759} or {@code 1.5e3}
   */
  record JsonNumber(String text) implements JsonValue {
    /**
     * Checks that the text is a number.
     *
     * @param text the number text
     */
    public JsonNumber {
      Checks.required(text, "text");
      if (!JSON_NUMBER.matcher(text).matches()) {
        throw new NumberFormatException(
            "'" + text + "' is not a JSON number; expected e.g. 759, -1.5 or 2e10");
      }
    }

    private static final Pattern JSON_NUMBER =
        Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    /**
     * Returns the number as a {@link BigDecimal}.
     *
     * @return the exact value
     */
    public BigDecimal decimal() {
      return new BigDecimal(text);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A JSON string.
   *
   * @param value the text
   */
  record JsonString(String value) implements JsonValue {
    /**
     * Checks the value.
     *
     * @param value the text
     */
    public JsonString {
      Checks.required(value, "value");
    }
  }

  /**
   * A JSON array.
   *
   * @param values the elements, unmodifiable
   */
  record JsonArray(List<JsonValue> values) implements JsonValue {
    /**
     * Copies the elements.
     *
     * @param values the elements
     */
    public JsonArray {
      values = Checks.copy(values, "values");
    }
  }

  /**
   * A JSON object whose members keep their order.
   *
   * @param members the members, unmodifiable, in document order
   */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /**
     * Copies the members, keeping their order.
     *
     * @param members the members
     */
    public JsonObject {
      members = copyOrdered(members);
    }

    /**
     * Returns the member named {@code name}, or null.
     *
     * @param name the member name
     * @return the member value, or null when absent
     */
    public @Nullable JsonValue get(String name) {
      return members.get(name);
    }

    static Map<String, JsonValue> copyOrdered(Map<String, ? extends JsonValue> members) {
      Checks.required(members, "members");
      Map<String, JsonValue> copy = new LinkedHashMap<>();
      members.forEach(
          (key, value) -> {
            Checks.required(key, "members key");
            copy.put(key, Checks.required(value, "members[" + key + "]"));
          });
      return Collections.unmodifiableMap(copy);
    }
  }
}
