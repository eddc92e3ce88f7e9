package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonPointers;
import org.jspecify.annotations.Nullable;

/**
 * The location of a value while a {@link Rule} checks it: a chain of member names and array indexes
 * from the document root. Its JSON Pointer is built only when a problem is reported there, so
 * checking a valid document builds no pointer strings.
 */
final class Where {

  /** The document root, whose pointer is {@code ""}. */
  static final Where ROOT = new Where(null, null, -1);

  private final @Nullable Where parent;
  private final @Nullable String name;
  private final int index;

  private Where(@Nullable Where parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The member {@code name} of the object here. */
  Where member(String name) {
    return new Where(this, name, -1);
  }

  /** The item {@code index} of the array here. */
  Where item(int index) {
    return new Where(this, null, index);
  }

  /** The JSON Pointer of this location. */
  String pointer() {
    if (parent == null) {
      return "";
    }
    String base = parent.pointer();
    return name != null ? JsonPointers.append(base, name) : JsonPointers.append(base, index);
  }

  @Override
  public String toString() {
    return pointer();
  }
}
