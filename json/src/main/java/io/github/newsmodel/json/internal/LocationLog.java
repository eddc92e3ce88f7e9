package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.JsonPointers;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every value read so far, as a tree of nodes in parallel arrays: parent, property name or array
 * index, line and column. Builds JSON Pointers on demand and finds the line and column of a pointer
 * after reading, so Bean Validation problems get locations without a second parse.
 */
final class LocationLog {

  private int size;
  private int[] parents = new int[64];
  private @Nullable String[] names = new String[64];
  private int[] indexes = new int[64];
  private int[] lines = new int[64];
  private int[] columns = new int[64];

  /** Most nodes a log keeps its arrays for between documents; larger logs are dropped. */
  static final int MAX_RETAINED = 1 << 14;

  /** Creates an empty log; {@link #reset(int, int)} starts a document. */
  LocationLog() {}

  /** Forgets every node and adds the root node (pointer {@code ""}). */
  void reset(int line, int column) {
    size = 0;
    add(-1, null, -1, line, column);
  }

  /** Drops the references to names, so that a retained log does not keep them alive. */
  void clear() {
    Arrays.fill(names, 0, size, null);
    size = 0;
  }

  /** Returns how many nodes the arrays hold without growing. */
  int capacity() {
    return parents.length;
  }

  /** Adds a child node and returns its id. */
  int add(int parent, @Nullable String name, int index, int line, int column) {
    if (size == parents.length) {
      int capacity = size * 2;
      parents = Arrays.copyOf(parents, capacity);
      names = Arrays.copyOf(names, capacity);
      indexes = Arrays.copyOf(indexes, capacity);
      lines = Arrays.copyOf(lines, capacity);
      columns = Arrays.copyOf(columns, capacity);
    }
    parents[size] = parent;
    names[size] = name;
    indexes[size] = index;
    lines[size] = line;
    columns[size] = column;
    return size++;
  }

  /** Moves a node to where its value starts. */
  void relocate(int node, int line, int column) {
    lines[node] = line;
    columns[node] = column;
  }

  int line(int node) {
    return lines[node];
  }

  int column(int node) {
    return columns[node];
  }

  /** Returns the JSON Pointer of a node. */
  String pointer(int node) {
    if (node <= 0) {
      return "";
    }
    int depth = 0;
    for (int n = node; n > 0; n = parents[n]) {
      depth++;
    }
    int[] chain = new int[depth];
    for (int n = node, i = depth - 1; n > 0; n = parents[n], i--) {
      chain[i] = n;
    }
    StringBuilder pointer = new StringBuilder();
    for (int n : chain) {
      String name = names[n];
      pointer.append('/');
      if (name != null) {
        pointer.append(JsonPointers.escape(name));
      } else {
        pointer.append(indexes[n]);
      }
    }
    return pointer.toString();
  }

  /** Returns the pointer of a child of a node, which need not exist. */
  String childPointer(int node, String name) {
    return JsonPointers.append(pointer(node), name);
  }

  /**
   * Finds the node read for a pointer, or the nearest ancestor that was read.
   *
   * @return the node id, 0 (the root) when nothing matches
   */
  int find(String pointer) {
    List<String> tokens;
    try {
      tokens = JsonPointers.tokens(pointer);
    } catch (IllegalArgumentException notAPointer) {
      return 0;
    }
    int current = 0;
    for (String token : tokens) {
      int child = child(current, token);
      if (child < 0) {
        return current;
      }
      current = child;
    }
    return current;
  }

  private int child(int parent, String token) {
    for (int n = parent + 1; n < size; n++) {
      if (parents[n] != parent) {
        continue;
      }
      String name = names[n];
      if (name != null ? name.equals(token) : Integer.toString(indexes[n]).equals(token)) {
        return n;
      }
    }
    return -1;
  }
}
