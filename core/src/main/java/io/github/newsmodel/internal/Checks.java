package io.github.newsmodel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Argument checks with messages that name the field. Not API. */
public final class Checks {

  /** JDK lists whose {@code toArray()} returns a new {@code Object[]} that nothing else holds. */
  private static final Set<Class<?>> FRESH_ARRAYS =
      Set.copyOf( // copyOf: List.of() and List.of(1, 2, 3) may share a class
          List.of(
              ArrayList.class,
              List.of().getClass(),
              List.of(1).getClass(),
              List.of(1, 2, 3).getClass(),
              Collections.singletonList(1).getClass()));

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
    if (value == null) {
      // the message is built only on failure: no lambda or string per successful check
      throw new NullPointerException(field + " is required but was null");
    }
    return value;
  }

  /**
   * Copies {@code values} into an unmodifiable list, rejecting a null list or null elements. A list
   * this method returned before is returned as it is, so that a value built from another value's
   * list, or from a builder that holds one, shares it instead of copying it again.
   *
   * @param values the values to copy
   * @param field the field name used in the message
   * @param <T> the element type
   * @return an unmodifiable copy, or {@code values} itself when it is one already
   */
  public static <T> List<T> copy(Collection<? extends T> values, String field) {
    return copy(values, field, -1);
  }

  /**
   * Copies a list of lists, each into an unmodifiable list, rejecting null at either level; a
   * message names the element as {@code field[i]} or {@code field[i][j]}.
   *
   * @param values the lists to copy
   * @param field the field name used in the message
   * @param <T> the element type of the inner lists
   * @return an unmodifiable copy of unmodifiable copies, or {@code values} itself when it and its
   *     elements are such copies already
   */
  public static <T> List<List<T>> copyNested(
      Collection<? extends Collection<? extends T>> values, String field) {
    List<? extends Collection<? extends T>> outer = copy(values, field);
    Object[] inner = new Object[outer.size()];
    boolean copied = false;
    for (int index = 0; index < inner.length; index++) {
      Collection<? extends T> item = outer.get(index);
      List<T> itemCopy = copy(item, field, index);
      copied |= itemCopy != item;
      inner[index] = itemCopy;
    }
    @SuppressWarnings("unchecked")
    List<List<T>> result = copied ? ImmutableList.adopt(inner) : (List<List<T>>) outer;
    return result;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> copy(Collection<? extends T> values, String field, int outerIndex) {
    if (values == null) {
      throw new NullPointerException(name(field, outerIndex) + " is required but was null");
    }
    if (values instanceof ImmutableList) {
      return (List<T>) values;
    }
    Object[] array = values.toArray();
    if (!FRESH_ARRAYS.contains(values.getClass())) {
      // an unknown collection might keep the array it returned; these JDK lists return a new one
      array = Arrays.copyOf(array, array.length, Object[].class);
    }
    for (int index = 0; index < array.length; index++) {
      if (array[index] == null) {
        throw new NullPointerException(
            name(field, outerIndex) + "[" + index + "] is null; lists must not contain null");
      }
    }
    return ImmutableList.adopt(array);
  }

  private static String name(String field, int index) {
    return index < 0 ? field : field + "[" + index + "]";
  }

  /**
   * Appends to a list a builder holds: the builder's own {@link ArrayList}, or a new one with the
   * elements of an unmodifiable list it was given.
   *
   * @param list the builder's list, an {@link ArrayList} this method made or an unmodifiable list
   * @param value the value to append, already checked for null
   * @param <T> the element type
   * @return the list to keep in the builder
   */
  public static <T> List<T> append(List<T> list, T value) {
    if (list instanceof ArrayList) {
      list.add(value);
      return list;
    }
    List<T> grown = new ArrayList<>(list.size() + 4);
    grown.addAll(list);
    grown.add(value);
    return grown;
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
