package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.JsonPointers;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every value read so far, as a tree of nodes in parallel arrays: parent, property name or array
 * index, line and column. Builds JSON Pointers on demand and finds the line and column of a pointer
 * after reading, so Bean Validation problems get locations without a second parse.
 *
 * <p>A node's name is kept as an int: a known name as its {@link Fields} and position, any other
 * name as an index into a small side table. The log is kept per thread between documents, so
 * storing a reference for every node would pay the garbage collector's write barrier each time;
 * ints cost nothing of the kind.
 */
final class LocationLog {

  /** Ints per node in {@link #nodes}: parent, key, line, column. */
  private static final int STRIDE = 4;

  /**
   * Keys of names from {@link #others} start here (below, a key is {@link Fields#id()} times 64
   * plus the name's position).
   */
  private static final int OTHER_NAMES = 1 << 28;

  private int size;

  /**
   * The nodes' ints side by side, so that adding a node writes one place in memory. The key of an
   * array element is its index (0 or more); the key of a property is {@code -2 - name}, where name
   * is {@code fields id * 64 + position} or {@link #OTHER_NAMES} plus an index into {@link
   * #others}.
   */
  private int[] nodes = new int[64 * STRIDE];

  private @Nullable String[] others = new String[8];
  private int otherCount;

  /** Most nodes a log keeps its arrays for between documents; larger logs are dropped. */
  static final int MAX_RETAINED = 1 << 14;

  /** Creates an empty log; {@link #reset(int, int)} starts a document. */
  LocationLog() {}

  /** Forgets every node and adds the root node (pointer {@code ""}). */
  void reset(int line, int column) {
    size = 0;
    add(-1, 0, line, column);
  }

  /** Drops the references to names, so that a retained log does not keep them alive. */
  void clear() {
    Arrays.fill(others, 0, otherCount, null);
    otherCount = 0;
    size = 0;
  }

  /** Returns how many nodes the arrays hold without growing. */
  int capacity() {
    return nodes.length / STRIDE;
  }

  /** Adds an array element and returns its id. */
  int addElement(int parent, int index, int line, int column) {
    return add(parent, index, line, column);
  }

  /** Adds a property whose name is the known name at {@code position} of {@code fields}. */
  int addKnown(int parent, Fields fields, int position, int line, int column) {
    return add(parent, -2 - (fields.id() * 64 + position), line, column);
  }

  /** Adds a property of any name and returns its id. */
  int addNamed(int parent, String name, int line, int column) {
    if (otherCount == others.length) {
      others = Arrays.copyOf(others, otherCount * 2);
    }
    others[otherCount] = name;
    return add(parent, -2 - (OTHER_NAMES + otherCount++), line, column);
  }

  private int add(int parent, int key, int line, int column) {
    int at = size * STRIDE;
    if (at == nodes.length) {
      nodes = Arrays.copyOf(nodes, at * 2);
    }
    nodes[at] = parent;
    nodes[at + 1] = key;
    nodes[at + 2] = line;
    nodes[at + 3] = column;
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

  private int key(int node) {
    return nodes[node * STRIDE + 1];
  }

  /** The property name of a node; null for an array element. */
  private @Nullable String name(int node) {
    int key = key(node);
    if (key >= 0) {
      return null;
    }
    int name = -2 - key;
    if (name >= OTHER_NAMES) {
      return others[name - OTHER_NAMES];
    }
    return Fields.byId(name / 64).names().get(name % 64);
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
      String name = name(n);
      pointer.append('/');
      if (name != null) {
        pointer.append(JsonPointers.escape(name));
      } else {
        pointer.append(key(n));
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
      String name = name(n);
      if (name != null ? name.equals(token) : Integer.toString(key(n)).equals(token)) {
        return n;
      }
    }
    return -1;
  }
}
