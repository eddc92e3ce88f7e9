package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.json.JsonPointers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The nodes of one JSON-LD document: its top-level nodes (one object, the elements of an array, or
 * the members of {@code @graph}) and an index of every described node by {@code @id}, so that a
 * reference such as {@code "author": {"@id": "#/schema/person/1"}} resolves to the node it names.
 * Resolution follows chains of references and stops at a cycle.
 */
final class NodeGraph {
  private final List<Located> topNodes = new ArrayList<>();
  private final Map<String, Located> byId = new LinkedHashMap<>();

  private NodeGraph() {}

  /** Indexes a document; iterative, so nesting depth costs no stack. */
  static NodeGraph of(JsonNode root) {
    NodeGraph graph = new NodeGraph();
    graph.collectTop(new Located(root, ""), 0);
    Deque<Located> stack = new ArrayDeque<>();
    stack.push(new Located(root, ""));
    while (!stack.isEmpty()) {
      Located current = stack.pop();
      JsonNode node = current.node();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          stack.push(new Located(node.get(i), JsonPointers.append(current.pointer(), i)));
        }
      } else if (node.isObject()) {
        graph.register(current);
        List<String> names = new ArrayList<>(node.propertyNames());
        for (int i = names.size() - 1; i >= 0; i--) {
          stack.push(current.get(names.get(i)));
        }
      }
    }
    return graph;
  }

  private void collectTop(Located value, int level) {
    JsonNode node = value.node();
    if (node.isArray() && level < 2) {
      for (Located element : value.items()) {
        collectTop(element, level + 1);
      }
    } else if (node.isObject()) {
      Located graph = value.get("@graph");
      if (!graph.isAbsent() && level < 2) {
        if (!Types.of(node).isEmpty()) {
          topNodes.add(value);
        }
        for (Located element : graph.items()) {
          collectTop(element, level + 1);
        }
      } else {
        topNodes.add(value);
      }
    }
  }

  private void register(Located value) {
    String id = idOf(value.node());
    if (id == null || isReference(value.node())) {
      return;
    }
    Located known = byId.get(id);
    if (known == null || known.node().size() < value.node().size()) {
      byId.put(id, value);
    }
  }

  /** The top-level nodes in document order. */
  List<Located> topNodes() {
    return topNodes;
  }

  /** Every described node, for a last search of the main object. */
  List<Located> describedNodes() {
    return new ArrayList<>(byId.values());
  }

  /**
   * Returns the node a reference names, following references to references; the value itself when
   * it is not a reference, names an unknown node, or the chain loops.
   */
  @SuppressWarnings("ReferenceEquality") // identity, not equal JSON: an id naming this very node
  Located resolve(Located value) {
    Located current = value;
    Set<String> seen = new HashSet<>();
    while (isReference(current.node())) {
      String id = idOf(current.node());
      if (id == null || !seen.add(id)) {
        return current;
      }
      Located target = byId.get(id);
      if (target == null || target.node() == current.node()) {
        return current;
      }
      current = target;
    }
    return current;
  }

  /** Returns the {@code @id} of an object, or null. */
  static @Nullable String idOf(JsonNode node) {
    JsonNode id = node.isObject() ? node.get("@id") : null;
    return id != null && id.isString() && !id.stringValue().isBlank()
        ? id.stringValue().strip()
        : null;
  }

  /**
   * Tells whether an object only names another node: members {@code @id} and maybe {@code @type}.
   */
  static boolean isReference(JsonNode node) {
    if (!node.isObject() || idOf(node) == null) {
      return false;
    }
    for (String name : node.propertyNames()) {
      if (!name.equals("@id") && !name.equals("@type")) {
        return false;
      }
    }
    return true;
  }
}
