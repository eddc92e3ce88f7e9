package io.github.newsmodel.internal;

import io.github.newsmodel.extension.Extensions;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@code toString} of a value class: {@code Name{a=1, b=[x]}}, leaving out absent
 * values, empty lists and an empty extension bag. Not API.
 */
public final class ValueText {

  private final StringBuilder text;
  private String separator = "";

  private ValueText(String typeName) {
    this.text = new StringBuilder(typeName).append('{');
  }

  /**
   * Starts the text of a value of type {@code typeName}.
   *
   * @param typeName the simple name of the type
   * @return the builder
   */
  public static ValueText of(String typeName) {
    return new ValueText(typeName);
  }

  /**
   * Adds {@code name=value} unless the value is null, an empty collection or an empty bag.
   *
   * @param name the property name
   * @param value the value
   * @return this builder
   */
  public ValueText add(String name, @Nullable Object value) {
    Object shown = value instanceof Extensions extensions ? extensions.asMap() : value;
    if (shown == null
        || (shown instanceof Collection<?> values && values.isEmpty())
        || (value instanceof Extensions extensions && extensions.isEmpty())) {
      return this;
    }
    text.append(separator).append(name).append('=').append(shown);
    separator = ", ";
    return this;
  }

  @Override
  public String toString() {
    return text.toString() + '}';
  }
}
