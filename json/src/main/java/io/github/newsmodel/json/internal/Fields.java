package io.github.newsmodel.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The known property names of one object type of the native format, in their documented order; at
 * most 64, so a {@code long} can tell which were seen.
 */
final class Fields {

  private final List<String> names;
  private final Map<String, Integer> index;

  private Fields(List<String> names) {
    if (names.size() > 64) {
      throw new IllegalArgumentException(
          "an object type has " + names.size() + " fields; at most 64 fit a bit mask");
    }
    this.names = List.copyOf(names);
    this.index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
  }

  static Fields of(String... names) {
    return new Fields(List.of(names));
  }

  /** Returns the position of a name, or -1 when the name is not a known property. */
  int indexOf(String name) {
    Integer position = index.get(name);
    return position == null ? -1 : position;
  }

  List<String> names() {
    return names;
  }
}
