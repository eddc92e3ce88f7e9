package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.internal.TreeParser;
import io.github.newsmodel.validation.NewsValidator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/** The engine behind {@link Ninjs}. */
final class NinjsCodec {

  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean prettyPrint;
  private final @Nullable NewsValidator validator;
  private final Locale locale;
  private final TreeParser parsing;
  private final NinjsStreamWriter streaming;

  NinjsCodec(
      ReadMode mode,
      JsonLimits limits,
      boolean prettyPrint,
      @Nullable NewsValidator validator,
      Locale locale) {
    this.locale = locale;
    this.mode = mode;
    this.limits = limits;
    this.prettyPrint = prettyPrint;
    this.validator = validator;
    this.parsing = new TreeParser(limits);
    this.streaming = new NinjsStreamWriter(parsing.mapper(), prettyPrint);
  }

  TreeParser.Parsed parse(String json) {
    return parsing.parse(json);
  }

  TreeParser.Parsed parse(byte[] json) {
    return parsing.parse(json);
  }

  TreeParser.Parsed parse(InputStream json) {
    return parsing.parse(json);
  }

  NinjsVersion detect(TreeParser.Parsed parsed) {
    JsonNode tree = parsed.tree();
    return tree == null ? NinjsVersion.V3_1 : VersionDetection.detect(tree);
  }

  ReadResult<Article> read(TreeParser.Parsed parsed, @Nullable NinjsVersion requested) {
    JsonNode tree = parsed.tree();
    if (tree == null) {
      return ReadResult.failed(parsed.problems());
    }
    NinjsVersion version = requested != null ? requested : VersionDetection.detect(tree);
    List<JsonProblem> problems = new ArrayList<>();
    NinjsRules.of(version).document().check(tree, Where.ROOT, problems);
    if (!tree.isObject()) {
      return ReadResult.failed(cap(problems));
    }
    JsonNode normalized = version.isV3() ? tree : Names.rename(tree, true);
    Article article;
    try {
      article = ArticleMapping.read(normalized, problems);
    } catch (RuntimeException e) {
      problems.add(
          JsonProblem.error(
              "", "ninjs.unmappable", "the document could not be mapped to an article: " + e));
      return ReadResult.failed(cap(problems));
    }
    NewsValidator checker = validator != null ? validator : NewsValidator.shared();
    problems.addAll(
        new StrictChecks(version, mode == ReadMode.STRICT, checker, locale)
            .check(normalized, article));
    return ReadResult.of(article, cap(problems));
  }

  private List<JsonProblem> cap(List<JsonProblem> problems) {
    return problems.size() <= limits.maxProblems()
        ? problems
        : problems.subList(0, limits.maxProblems());
  }

  /**
   * Writes the article: by streaming ({@link NinjsStreamWriter}) when it gives the document
   * exactly, else through the tree.
   */
  NinjsWriteResult write(Article article, NinjsVersion version) {
    NinjsWriteResult streamed = streaming.write(article, version);
    return streamed != null ? streamed : writeTree(article, version);
  }

  /** The streaming writer of this codec, for tests. */
  NinjsStreamWriter streaming() {
    return streaming;
  }

  /**
   * Writes the article through the tree: builds it ({@link ArticleMapping#write}), adjusts {@code
   * standard}, renames for 2.x, removes what the version rejects ({@link Downgrade}) and serializes
   * it. The reference the streaming writer must equal, and its fallback.
   */
  NinjsWriteResult writeTree(Article article, NinjsVersion version) {
    List<JsonProblem> dropped = new ArrayList<>();
    ObjectNode out = ArticleMapping.write(article, dropped, true);
    Standard.adjust(out, version);
    ObjectNode document = version.isV3() ? out : (ObjectNode) Names.rename(out, false);
    dropped.addAll(Downgrade.apply(document, version));
    try {
      String json =
          prettyPrint
              ? parsing
                  .mapper()
                  .writer(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(document)
              : parsing.mapper().writeValueAsString(document);
      return new NinjsWriteResult(json, version, dropped);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot serialize a ninjs tree", e);
    }
  }
}
