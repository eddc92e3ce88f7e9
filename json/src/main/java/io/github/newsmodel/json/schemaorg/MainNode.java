package io.github.newsmodel.json.schemaorg;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Finds the article a JSON-LD document describes, and checks that it speaks schema.org. */
final class MainNode {
  private MainNode() {}

  /**
   * Returns the main article node: the first top-level news article, else the first other article,
   * else the article a page's {@code mainEntity} names, else any described article node; null when
   * there is none.
   */
  static @Nullable Located find(NodeGraph graph) {
    Located best = null;
    int bestRank = 0;
    for (Located node : graph.topNodes()) {
      int rank = Types.articleRank(node.node());
      if (rank > bestRank) {
        best = node;
        bestRank = rank;
      }
    }
    if (best != null) {
      return best;
    }
    for (Located node : graph.topNodes()) {
      if (Types.any(node.node(), Types.PAGES)) {
        for (Located entity : node.get("mainEntity").items()) {
          Located resolved = graph.resolve(entity);
          if (Types.articleRank(resolved.node()) > 0) {
            return resolved;
          }
        }
      }
    }
    for (Located node : graph.describedNodes()) {
      int rank = Types.articleRank(node.node());
      if (rank > bestRank) {
        best = node;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Warns when no {@code @context} names schema.org ({@code jsonld.context.missing}) or when the
   * one found names another vocabulary ({@code jsonld.context.unknown}). The context may be a
   * string, an object (with {@code @vocab}) or an array; it is looked for on the main node, the
   * document root and the root's array elements. Terms are read as schema.org terms either way.
   */
  static void checkContext(JsonNode root, Located main, Sink sink) {
    Located found = context(main);
    if (found == null) {
      found = context(new Located(root, ""));
    }
    if (found == null && root.isArray()) {
      for (Located element : new Located(root, "").items()) {
        found = context(element);
        if (found != null) {
          break;
        }
      }
    }
    if (found == null) {
      sink.warning(
          "", "jsonld.context.missing", "no @context; properties read as schema.org terms");
    } else if (!namesSchemaOrg(found.node(), 0)) {
      sink.warning(
          found.pointer(),
          "jsonld.context.unknown",
          "@context does not name schema.org; properties read as schema.org terms anyway");
    }
  }

  private static @Nullable Located context(Located node) {
    Located context = node.get("@context");
    return context.isAbsent() ? null : context;
  }

  private static boolean namesSchemaOrg(JsonNode context, int depth) {
    if (depth > 3) {
      return false;
    }
    if (context.isString()) {
      return context.stringValue().toLowerCase(Locale.ROOT).contains("schema.org");
    }
    if (context.isArray()) {
      for (JsonNode element : context) {
        if (namesSchemaOrg(element, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    if (context.isObject()) {
      JsonNode vocab = context.get("@vocab");
      if (vocab != null && namesSchemaOrg(vocab, depth + 1)) {
        return true;
      }
      JsonNode schema = context.get("schema");
      return schema != null && namesSchemaOrg(schema, depth + 1);
    }
    return false;
  }
}
