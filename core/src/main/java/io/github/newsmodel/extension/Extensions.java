package io.github.newsmodel.extension;

import io.github.newsmodel.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The extension bag: properties a payload carried that the model has no field for, by name, in the
 * order they were read. Readers fill it so that writers can give the properties back; nothing is
 * dropped.
 *
 * <pre>{@code
 * Extensions extra = Extensions.empty().with("x-priority", JsonValue.number(2));
 * extra.get("x-priority");  // Optional[2]
 * }</pre>
 */
public final class Extensions {

  private static final Extensions EMPTY = new Extensions(Map.of());

  private final Map<String, JsonValue> values;

  private Extensions(Map<String, JsonValue> values) {
    this.values = values;
  }

  /**
   * Returns the empty bag.
   *
   * @return an empty bag
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Returns a bag holding a copy of {@code values}, in their iteration order.
   *
   * @param values the properties
   * @return the bag
   */
  public static Extensions of(Map<String, ? extends JsonValue> values) {
    Checks.required(values, "values");
    if (values.isEmpty()) {
      return EMPTY;
    }
    Map<String, JsonValue> copy = new LinkedHashMap<>();
    values.forEach(
        (name, value) ->
            copy.put(
                Checks.required(name, "extension name"),
                Checks.required(value, "extensions[" + name + "]")));
    return new Extensions(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns a copy with {@code name} set to {@code value} (replacing a value of the same name in
   * place, or appending).
   *
   * @param name the property name
   * @param value the value
   * @return the new bag
   */
  public Extensions with(String name, JsonValue value) {
    Map<String, JsonValue> copy = new LinkedHashMap<>(values);
    copy.put(Checks.required(name, "name"), Checks.required(value, "value"));
    return new Extensions(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns a copy without {@code name}.
   *
   * @param name the property name
   * @return the new bag
   */
  public Extensions without(String name) {
    if (!values.containsKey(name)) {
      return this;
    }
    Map<String, JsonValue> copy = new LinkedHashMap<>(values);
    copy.remove(name);
    return copy.isEmpty() ? EMPTY : new Extensions(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the property named {@code name}.
   *
   * @param name the property name
   * @return the value, if present
   */
  public Optional<JsonValue> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Returns the property names in order.
   *
   * @return the names, unmodifiable
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Returns all properties in order.
   *
   * @return an unmodifiable view
   */
  public Map<String, JsonValue> asMap() {
    return values;
  }

  /**
   * Tells whether the bag is empty.
   *
   * @return true when it holds no property
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns the number of properties.
   *
   * @return the size
   */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Extensions that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Extensions" + values;
  }
}
