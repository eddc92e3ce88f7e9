package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.JsonValue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an article read from ninjs carries at the top level of the document, for the streaming
 * writer: the properties the model has no field for ({@code ninjs:<name>}, written first, in their
 * order, as {@link Members#putLeftovers} puts them), the list templates ({@code ninjs-list:<list>},
 * applied by the tree path's own {@link TextMapping} and {@link LinkMapping}) and the kept
 * originals ({@code ninjs-original}, resolved with {@link Overrides#resolve}: in place, or appended
 * at the end for a property the model does not write). The {@code standard} declaration is adjusted
 * by {@link Standard}.
 *
 * <p>Falls back when a kept property has the name of a member the model writes (the tree path would
 * keep its place but take the model's value), or when an original is kept for a member other than
 * the three text lists.
 */
final class StreamRootExtensions {

  /** Every member {@link ArticleMapping#write} puts at the top level from the model. */
  static final Set<String> MODEL_MEMBERS = Set.copyOf(FastArticle.ROOT.names());

  /** The members whose list template or kept original this class applies. */
  static final Set<String> TEXT_LISTS = Set.of("headlines", "descriptions", "bodies");

  private final Article article;
  private final Map<String, JsonValue> kept = new LinkedHashMap<>();
  private final Map<String, JsonValue.JsonObject> originals;
  private final Set<String> placed = new HashSet<>();

  private StreamRootExtensions(Article article) {
    this.article = article;
    for (Map.Entry<String, JsonValue> entry : article.extensions().asMap().entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(Members.PREFIX) && name.length() > Members.PREFIX.length()) {
        String member = name.substring(Members.PREFIX.length());
        if (MODEL_MEMBERS.contains(member)) {
          throw StreamFallback.because("kept property " + member + " is also a model member");
        }
        kept.put(member, entry.getValue());
      }
    }
    this.originals = Overrides.entries(article.extensions());
    for (String member : originals.keySet()) {
      if (MODEL_MEMBERS.contains(member) && !TEXT_LISTS.contains(member)) {
        throw StreamFallback.because("original kept for " + member);
      }
    }
  }

  /** The extensions of the article's top level, or null when it has none the tree path writes. */
  static @Nullable StreamRootExtensions of(Article article) {
    return StreamArticle.carriesNinjs(article.extensions())
        ? new StreamRootExtensions(article)
        : null;
  }

  /** Writes the kept properties, which come first in the document. */
  void writeKept(StreamOut out, Rule.ObjectRule doc) {
    for (Map.Entry<String, JsonValue> entry : kept.entrySet()) {
      write(out, doc, entry.getKey(), Trees.toNode(entry.getValue()));
    }
  }

  /** Whether the text list {@code name} needs its template or kept original. */
  boolean shapes(String name) {
    return originals.containsKey(name) || article.extensions().get(Slots.PREFIX + name).isPresent();
  }

  /**
   * Writes the text list {@code name} in its place, from what the model generates ({@code
   * generated}); without it, the list's original is one that {@link #writeAppended} appends.
   */
  void writeList(StreamOut out, Rule.ObjectRule doc, String name, @Nullable JsonNode generated) {
    if (generated != null) {
      write(out, doc, name, generated);
    }
  }

  /** Writes the originals of properties the model left out, which the tree path appends. */
  void writeAppended(StreamOut out, Rule.ObjectRule doc) {
    for (String name : originals.keySet()) {
      if (!placed.contains(name)) {
        write(out, doc, name, null);
      }
    }
  }

  private void write(StreamOut out, Rule.ObjectRule doc, String name, @Nullable JsonNode current) {
    if (current != null) {
      placed.add(name);
    }
    JsonValue.JsonObject original = originals.get(name);
    JsonNode value = original == null ? current : Overrides.resolve(original, current);
    if (value == null) {
      return;
    }
    if (name.equals("standard")) {
      ObjectNode document = Trees.NODES.objectNode();
      document.set(name, value);
      Standard.adjust(document, NinjsVersion.V3_1);
    }
    out.tree(doc, name, value);
  }
}
