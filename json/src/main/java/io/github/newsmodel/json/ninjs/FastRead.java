package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The streaming fast path of {@link Ninjs#read}: reads a ninjs 3.x document once with Jackson's
 * {@link JsonParser} and builds the {@link Article} directly, without a tree, the schema rules, a
 * write-back or a diff. It answers only when its answer is exactly the tree path's — the same
 * article with the same extensions, and no problem at all: the document follows the schema, the
 * article writes back to the document unchanged (so nothing goes to {@code ninjs-original}), and
 * the stricter checks and the validator find nothing. On anything else (another version, a property
 * it does not map, a value that would not write back the same, a duplicate, a limit, malformed
 * JSON, a validator problem) it gives up, and the tree path reads the document, reusing what the
 * attempt worked out ({@link FastHints}). Immutable and thread-safe.
 */
final class FastRead {

  /**
   * What an attempt gives.
   *
   * @param result the result, or null when the tree path must read the document
   * @param hints what the tree path can reuse
   */
  record Attempt(@Nullable ReadResult<Article> result, FastHints hints) {}

  private static final Attempt NOTHING = new Attempt(null, FastHints.NONE);

  private final JsonFactory factory;
  private final JsonLimits limits;
  private final @Nullable NewsValidator validator;
  private final Locale locale;

  /**
   * Creates the fast path.
   *
   * @param factory a factory with the limits of the tree parser, without duplicate detection
   * @param limits the limits
   * @param validator the validator of the stricter checks, or null for the shared one
   * @param locale the language of validation messages
   */
  FastRead(
      JsonFactory factory, JsonLimits limits, @Nullable NewsValidator validator, Locale locale) {
    this.factory = factory;
    this.limits = limits;
    this.validator = validator;
    this.locale = locale;
  }

  /**
   * Reads UTF-8 bytes.
   *
   * @param json the document
   * @param requested the version asked for, or null to detect it
   * @return the attempt
   */
  Attempt read(byte[] json, @Nullable NinjsVersion requested) {
    if (!handles(requested) || json.length > limits.maxDocumentBytes()) {
      return NOTHING;
    }
    return attempt(json, (f, bytes) -> f.createParser(ObjectReadContext.empty(), bytes));
  }

  /**
   * Reads text; a leading byte order mark is skipped, as the tree parser skips it.
   *
   * @param json the document
   * @param requested the version asked for, or null to detect it
   * @return the attempt
   */
  Attempt read(String json, @Nullable NinjsVersion requested) {
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    if (!handles(requested) || text.length() > limits.maxDocumentBytes()) {
      return NOTHING;
    }
    return attempt(text, (f, chars) -> f.createParser(ObjectReadContext.empty(), chars));
  }

  /**
   * Whether the fast path can read as the requested version: 3.0 and 3.1 differ only in {@code
   * digitalSourceType}, which the fast path does not map, and a document it accepts declares no
   * version and has the shape of 3.1.
   */
  private static boolean handles(@Nullable NinjsVersion requested) {
    return requested == null || requested.isV3();
  }

  /** Opens a parser over a document held as {@code T}. */
  private interface Opener<T> {
    JsonParser open(JsonFactory factory, T source);
  }

  private <T> Attempt attempt(T source, Opener<T> opener) {
    FastArticle reader = null;
    try {
      Article article;
      try (JsonParser parser = opener.open(factory, source)) {
        FastTokens tokens = new FastTokens(parser, limits);
        tokens.beginDocument();
        reader = new FastArticle(tokens);
        article = reader.read();
        tokens.endDocument();
      }
      NewsValidator checker = validator != null ? validator : NewsValidator.shared();
      ValidationReport report = checker.validate(article, locale);
      if (!report.problems().isEmpty()) {
        return new Attempt(null, reader.hints().withValidation(article, report));
      }
      return new Attempt(ReadResult.of(article, List.of()), reader.hints());
    } catch (RuntimeException e) {
      // FastGiveUp, or anything the tree path is to report (malformed JSON, a limit) or to throw
      return new Attempt(null, reader == null ? FastHints.NONE : reader.hints());
    }
  }
}
