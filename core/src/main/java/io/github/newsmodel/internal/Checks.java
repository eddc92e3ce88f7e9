package io.github.newsmodel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks with messages that name the field. Not API. */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value} or throws a {@link NullPointerException} naming {@code field}.
   *
   * @param value the value to check
   * @param field the field or argument name used in the message
   * @param <T> the value type
   * @return the value
   */
  public static <T> T required(@Nullable T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required but was null");
  }

  /**
   * Copies {@code values} into an unmodifiable list, rejecting a null list or null elements.
   *
   * @param values the values to copy
   * @param field the field name used in the message
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> List<T> copy(Collection<? extends T> values, String field) {
    required(values, field);
    List<T> copy = new ArrayList<>(values.size());
    int index = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(
            field + "[" + index + "] is null; lists must not contain null");
      }
      copy.add(value);
      index++;
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * Rejects a blank string (empty or whitespace only).
   *
   * @param value the value to check
   * @param field the field name used in the message
   * @return the value
   */
  public static String notBlank(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
