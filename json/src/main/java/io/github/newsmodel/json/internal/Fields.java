package io.github.newsmodel.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The known property names of one object type (of the native format, or of ninjs for its streaming
 * reader), in their documented order; at most 64, so a {@code long} can tell which were seen.
 * Lookups use an open-addressing table keyed by the names' cached hash codes, with an identity
 * check first (Jackson hands out canonical name instances), so the hot path allocates nothing and
 * boxes nothing.
 */
public final class Fields {

  /** Every instance, at its {@link #id()}; all are made once, when their decoder loads. */
  private static final List<Fields> ALL = new CopyOnWriteArrayList<>();

  private final int id;
  private final List<String> names;
  private final String[] keys;
  private final int[] positions;
  private final int mask;
  private final PropertyNameMatcher matcher;

  private Fields(List<String> names) {
    if (names.size() > 64) {
      throw new IllegalArgumentException(
          "an object type has " + names.size() + " fields; at most 64 fit a bit mask");
    }
    this.names = List.copyOf(names);
    int size = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
    this.keys = new String[size];
    this.positions = new int[size];
    this.mask = size - 1;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (indexOf(name) >= 0) {
        throw new IllegalArgumentException("duplicate field name " + name);
      }
      int slot = name.hashCode() & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = name;
      positions[slot] = i;
    }
    List<Named> named = new ArrayList<>(names.size());
    for (String name : names) {
      named.add(Named.fromString(name));
    }
    this.matcher = MATCHERS.constructNameMatcher(named, false);
    for (int i = 0; i < names.size(); i++) {
      if (matcher.matchName(names.get(i)) != i) {
        throw new IllegalStateException("name matcher does not match " + names.get(i));
      }
    }
    synchronized (ALL) {
      this.id = ALL.size();
      ALL.add(this);
    }
  }

  /** A number for this set of names, unique in the JVM, by which {@link #byId} finds it. */
  int id() {
    return id;
  }

  /** Returns the instance whose {@link #id()} is {@code id}. */
  static Fields byId(int id) {
    return ALL.get(id);
  }

  /** Builds name matchers; they work with parsers of any JSON factory. */
  private static final JsonFactory MATCHERS = new JsonFactory();

  /** Jackson's matcher of the names: matches name bytes to positions, without a symbol lookup. */
  public PropertyNameMatcher matcher() {
    return matcher;
  }

  /**
   * Creates the fields of one object type.
   *
   * @param names the property names, at most 64 and each once
   * @return the fields
   * @throws IllegalArgumentException for more than 64 names or a name given twice
   */
  public static Fields of(String... names) {
    return new Fields(List.of(names));
  }

  /**
   * Returns the position of a name, or -1 when the name is not a known property.
   *
   * @param name the property name
   * @return its position, or -1
   */
  @SuppressWarnings("ReferenceEquality") // identity first: Jackson hands back interned names
  public int indexOf(String name) {
    int slot = name.hashCode() & mask;
    while (true) {
      String key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key == name || key.equals(name)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Starts the fields of an object type whose reader switches on the positions {@link
   * ReadState#nextKnown} returns and names them with constants: each name is given with its
   * constant, so that a list out of order fails when the reader's class loads.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** The names of {@link #builder()}, each with the position its reader expects. */
  static final class Builder {

    private final List<String> names = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the next name.
     *
     * @param position the position the reader's constant gives it
     * @param name the property name
     * @return this
     * @throws IllegalStateException when {@code position} is not the next one
     */
    Builder field(int position, String name) {
      if (position != names.size()) {
        throw new IllegalStateException(
            "field '" + name + "' is at position " + names.size() + ", not " + position);
      }
      names.add(name);
      return this;
    }

    /** Returns the fields, in the order given. */
    Fields build() {
      return new Fields(names);
    }
  }

  /** Returns the bit of each of the given known names, or'ed together. */
  long bits(String... known) {
    long bits = 0;
    for (String name : known) {
      int position = indexOf(name);
      if (position < 0) {
        throw new IllegalArgumentException("not a known field: " + name);
      }
      bits |= 1L << position;
    }
    return bits;
  }

  /**
   * Returns the names, in the order they were given.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }
}
