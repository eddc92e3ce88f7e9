package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.json.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A node of the JSON-LD tree with the JSON Pointer where it sits in the document.
 *
 * @param node the node; {@link MissingNode} when absent
 * @param pointer its RFC 6901 pointer
 */
record Located(JsonNode node, String pointer) {

  /** Returns the member {@code name} of an object, or a missing node. */
  Located get(String name) {
    JsonNode child = node.isObject() ? node.get(name) : null;
    return new Located(
        child == null ? MissingNode.getInstance() : child, JsonPointers.append(pointer, name));
  }

  /** Tells whether the value is absent or JSON null. */
  boolean isAbsent() {
    return node.isMissingNode() || node.isNull();
  }

  /**
   * Returns the values of a property that schema.org allows to repeat: the elements of an array, or
   * the value itself; nothing for null or a missing value. Nested arrays are not flattened.
   */
  List<Located> items() {
    List<Located> items = new ArrayList<>();
    if (isAbsent()) {
      return items;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (!element.isNull()) {
          items.add(new Located(element, JsonPointers.append(pointer, i)));
        }
      }
    } else {
      items.add(this);
    }
    return items;
  }
}
