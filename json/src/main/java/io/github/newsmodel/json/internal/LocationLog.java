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

  /** Ints per node in {@link #nodes}: parent, array index, line, column. */
  private static final int STRIDE = 4;

  private int size;

  /** The nodes' ints side by side, so that adding a node writes one place in memory. */
  private int[] nodes = new int[64 * STRIDE];

  private @Nullable String[] names = new String[64];

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
    return names.length;
  }

  /** Adds a child node and returns its id. */
  int add(int parent, @Nullable String name, int index, int line, int column) {
    if (size == names.length) {
      int capacity = size * 2;
      nodes = Arrays.copyOf(nodes, capacity * STRIDE);
      names = Arrays.copyOf(names, capacity);
    }
    int at = size * STRIDE;
    nodes[at] = parent;
    nodes[at + 1] = index;
    nodes[at + 2] = line;
    nodes[at + 3] = column;
    names[size] = name;
    return size++;
  }

  /** Moves a node to where its value starts. */
  void relocate(int node, int line, int column) {
    nodes[node * STRIDE + 2] = line;
    nodes[node * STRIDE + 3] = column;
  }

  int line(int node) {
    return nodes[node * STRIDE + 2];
  }

  int column(int node) {
    return nodes[node * STRIDE + 3];
  }

  private int parent(int node) {
    return nodes[node * STRIDE];
  }

  private int index(int node) {
    return nodes[node * STRIDE + 1];
  }

  /** Returns the JSON Pointer of a node. */
  String pointer(int node) {
    if (node <= 0) {
      return "";
    }
    int depth = 0;
    for (int n = node; n > 0; n = parent(n)) {
      depth++;
    }
    int[] chain = new int[depth];
    for (int n = node, i = depth - 1; n > 0; n = parent(n), i--) {
      chain[i] = n;
    }
    StringBuilder pointer = new StringBuilder();
    for (int n : chain) {
      String name = names[n];
      pointer.append('/');
      if (name != null) {
        pointer.append(JsonPointers.escape(name));
      } else {
        pointer.append(index(n));
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
      if (parent(n) != parent) {
        continue;
      }
      String name = names[n];
      if (name != null ? name.equals(token) : Integer.toString(index(n)).equals(token)) {
        return n;
      }
    }
    return -1;
  }
}
