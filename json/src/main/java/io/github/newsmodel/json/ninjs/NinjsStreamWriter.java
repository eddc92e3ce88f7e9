package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes ninjs 3.1 straight to a {@link JsonGenerator}, giving exactly the text and {@code
 * dropped()} list of the tree path ({@link ArticleMapping#write}, {@link Overrides}, {@link
 * Standard}, {@link Downgrade}, serialization) for every article it accepts. Every value is checked
 * against the schema rule of its place before it is written ({@link StreamOut}), so the document is
 * valid by construction and {@link Downgrade} has nothing to do. Whatever it does not reproduce
 * exactly — ninjs 2.2, a value the schema rejects, a kept ninjs property with the name of a member
 * the model writes — it leaves to the tree path by returning null.
 *
 * <p>The generator comes from the same mapper, with the same pretty printer and the same pooled
 * buffers, as the tree path's {@code writeValueAsString}, so both give the same characters.
 * Immutable and thread-safe.
 */
final class NinjsStreamWriter {

  private final ObjectWriter writer;

  NinjsStreamWriter(JsonMapper mapper, boolean prettyPrint) {
    // a document is complete only when the writer closed every object and list itself
    this.writer =
        (prettyPrint ? mapper.writer(SerializationFeature.INDENT_OUTPUT) : mapper.writer())
            .without(StreamWriteFeature.AUTO_CLOSE_CONTENT);
  }

  /**
   * Writes the article, or returns null when the tree path must write it.
   *
   * @param article the article
   * @param version the version to write
   * @return the document and what was left out, or null
   */
  @Nullable NinjsWriteResult write(Article article, NinjsVersion version) {
    if (version != NinjsVersion.V3_1) {
      return null;
    }
    String json;
    try {
      json = render(article);
    } catch (StreamFallback | JacksonException e) {
      return null;
    }
    List<JsonProblem> dropped = new ArrayList<>();
    StreamDrops.collect(article, dropped);
    return new NinjsWriteResult(json, version, dropped);
  }

  /**
   * Tells why the article falls back to the tree path as ninjs 3.1, for tests.
   *
   * @param article the article
   * @return the reason, or null when streaming writes it
   */
  @Nullable String fallbackReason(Article article) {
    try {
      render(article);
      return null;
    } catch (StreamFallback | JacksonException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** Writes the document into pooled character segments, as {@code writeValueAsString} does. */
  private String render(Article article) {
    BufferRecycler buffers = writer.generatorFactory()._getBufferRecycler();
    try (SegmentedStringWriter text = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = writer.createGenerator(text)) {
        StreamArticle.write(new StreamOut(g), StreamRules.V3_1, article);
      }
      return text.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }
}
