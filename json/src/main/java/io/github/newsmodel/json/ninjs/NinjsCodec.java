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

/**
 * The engine behind {@link Ninjs}. Documents in memory are first offered to the streaming fast path
 * ({@link FastRead}), which answers only when its answer is exactly the tree path's; otherwise, and
 * for streams, the tree path reads them: parse a tree, check the schema's rules, map, write back
 * and diff, stricter checks.
 */
final class NinjsCodec {

  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean prettyPrint;
  private final @Nullable NewsValidator validator;
  private final Locale locale;
  private final TreeParser parsing;
  private final FastRead fast;
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
    this.fast = new FastRead(parsing.streamingFactory(), limits, validator, locale);
    this.streaming = new NinjsStreamWriter(parsing.mapper(), prettyPrint);
  }

  /**
   * Reads text: the fast path when it can answer, else the tree path, reusing what the fast path
   * worked out.
   */
  ReadResult<Article> read(String json, @Nullable NinjsVersion requested) {
    FastRead.Attempt attempt = fast.read(json, requested);
    ReadResult<Article> result = attempt.result();
    return result != null ? result : read(parse(json), requested, attempt.hints());
  }

  /** Reads UTF-8 bytes: the fast path when it can answer, else the tree path. */
  ReadResult<Article> read(byte[] json, @Nullable NinjsVersion requested) {
    FastRead.Attempt attempt = fast.read(json, requested);
    ReadResult<Article> result = attempt.result();
    return result != null ? result : read(parse(json), requested, attempt.hints());
  }

  /** The fast path's attempt alone, for tests. */
  FastRead.Attempt fastRead(String json, @Nullable NinjsVersion requested) {
    return fast.read(json, requested);
  }

  /** The fast path's attempt for UTF-8 bytes alone, for tests. */
  FastRead.Attempt fastRead(byte[] json, @Nullable NinjsVersion requested) {
    return fast.read(json, requested);
  }

  /**
   * Reads text with the tree path alone, as the fast path's fallback and its reference in tests.
   */
  ReadResult<Article> readWithTree(String json, @Nullable NinjsVersion requested) {
    return read(parse(json), requested, FastHints.NONE);
  }

  /** Reads UTF-8 bytes with the tree path alone. */
  ReadResult<Article> readWithTree(byte[] json, @Nullable NinjsVersion requested) {
    return read(parse(json), requested, FastHints.NONE);
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
    return read(parsed, requested, FastHints.NONE);
  }

  /** The tree path, reusing what {@code hints} hold. */
  private ReadResult<Article> read(
      TreeParser.Parsed parsed, @Nullable NinjsVersion requested, FastHints hints) {
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
      article = ArticleMapping.read(normalized, problems, hints);
    } catch (RuntimeException e) {
      problems.add(
          JsonProblem.error(
              "", "ninjs.unmappable", "the document could not be mapped to an article: " + e));
      return ReadResult.failed(cap(problems));
    }
    NewsValidator checker = validator != null ? validator : NewsValidator.shared();
    problems.addAll(
        new StrictChecks(version, mode == ReadMode.STRICT, checker, locale, hints)
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
