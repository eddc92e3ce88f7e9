package io.github.newsmodel.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The list every model value holds: an array that nobody else references, behind the read-only
 * {@link List} interface. Unlike {@link List#copyOf}, {@code contains(null)} answers {@code false}
 * instead of throwing. Not API: built only by {@link Checks#copy}.
 *
 * @param <E> the element type
 */
final class ImmutableList<E> extends AbstractList<E> implements RandomAccess {

  private static final ImmutableList<Object> EMPTY = new ImmutableList<>(new Object[0]);

  private final Object[] elements;

  private ImmutableList(Object[] elements) {
    this.elements = elements;
  }

  /** Wraps an array the caller hands over and never touches again; it must hold no null. */
  @SuppressWarnings("unchecked")
  static <E> List<E> adopt(Object[] elements) {
    return elements.length == 0 ? (List<E>) EMPTY : new ImmutableList<>(elements);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean contains(Object value) {
    return indexOf(value) >= 0;
  }

  @Override
  public int indexOf(Object value) {
    if (value != null) {
      for (int i = 0; i < elements.length; i++) {
        if (value.equals(elements[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public int lastIndexOf(Object value) {
    if (value != null) {
      for (int i = elements.length - 1; i >= 0; i--) {
        if (value.equals(elements[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }
}
