package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Severity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Writes articles as schema.org {@code NewsArticle} JSON-LD, reads the JSON-LD that news sites
 * publish, and checks articles against Google's Article structured-data guidance. The mapping is
 * described in the {@linkplain io.github.newsmodel.json.schemaorg package documentation}.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * SchemaOrg schemaOrg = SchemaOrg.defaults();
 * String head = schemaOrg.scriptTag(article);      // <script type="application/ld+json">…</script>
 * ReadResult<Article> read = schemaOrg.read(jsonLdText);
 * read.problems().forEach(System.err::println);     // WARNING /datePublished [datetime.offset]: …
 * List<JsonProblem> advice = schemaOrg.googleArticleProfile(article);
 * }</pre>
 */
public final class SchemaOrg {
  private static final SchemaOrg DEFAULTS = builder().build();

  private final JsonLimits limits;
  private final boolean prettyPrint;
  private final Locale locale;
  private final @Nullable NewsValidator validator;
  private final JsonLdParser parser;

  private SchemaOrg(Builder builder) {
    this.limits = builder.limits;
    this.prettyPrint = builder.prettyPrint;
    this.locale = builder.locale;
    this.validator = builder.validator;
    this.parser = new JsonLdParser(limits);
  }

  /**
   * Returns the instance with default settings: {@link JsonLimits#defaults()}, compact output,
   * English messages, {@link NewsValidator#shared()}.
   *
   * @return the shared default instance
   */
  public static SchemaOrg defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder holding the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes an article as a NewsArticle JSON-LD document.
   *
   * @param article the article
   * @return the JSON text
   * @throws NullPointerException if {@code article} is null
   */
  public String writeJsonLd(Article article) {
    Objects.requireNonNull(article, "SchemaOrg.writeJsonLd: article must not be null");
    JsonNode tree = JsonLdWriter.toTree(article);
    return prettyPrint
        ? parser.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree)
        : parser.mapper().writeValueAsString(tree);
  }

  /**
   * Writes an article as the {@code <script type="application/ld+json">} element of a page. Inside
   * the JSON, {@code </} is written as {@code <\/} and {@code <!--} as <code>&#92;u003c!--</code>,
   * so no text of the article can close the script element early or open an HTML comment; the JSON
   * means the same.
   *
   * @param article the article
   * @return the script element, on three lines
   * @throws NullPointerException if {@code article} is null
   */
  public String scriptTag(Article article) {
    return "<script type=\"application/ld+json\">\n"
        + escapeForScript(writeJsonLd(article))
        + "\n</script>";
  }

  /**
   * Reads the article that a JSON-LD document describes, and validates it.
   *
   * @param jsonLd the JSON-LD text, e.g. the content of one {@code application/ld+json} script
   * @return the article, if one was found, and every problem with its JSON Pointer
   * @throws NullPointerException if {@code jsonLd} is null
   */
  public ReadResult<Article> read(String jsonLd) {
    Objects.requireNonNull(jsonLd, "SchemaOrg.read: jsonLd must not be null");
    List<JsonProblem> problems = new ArrayList<>();
    return finish(parser.parse(jsonLd, problems), problems);
  }

  /**
   * Reads JSON-LD held as UTF-8 bytes; see {@link #read(String)}.
   *
   * @param jsonLd the document
   * @return the result
   * @throws NullPointerException if {@code jsonLd} is null
   */
  public ReadResult<Article> read(byte[] jsonLd) {
    Objects.requireNonNull(jsonLd, "SchemaOrg.read: jsonLd must not be null");
    List<JsonProblem> problems = new ArrayList<>();
    return finish(parser.parse(jsonLd, problems), problems);
  }

  /**
   * Reads JSON-LD from a UTF-8 stream, which is read up to the document limit and not closed; see
   * {@link #read(String)}.
   *
   * @param jsonLd the stream
   * @return the result
   * @throws NullPointerException if {@code jsonLd} is null
   * @throws io.github.newsmodel.json.NewsJsonIoException if the stream cannot be read
   */
  public ReadResult<Article> read(InputStream jsonLd) {
    Objects.requireNonNull(jsonLd, "SchemaOrg.read: jsonLd must not be null");
    List<JsonProblem> problems = new ArrayList<>();
    return finish(parser.parse(jsonLd, problems), problems);
  }

  /**
   * Checks an article against Google's Article structured-data guidance, as it would be written by
   * {@link #writeJsonLd(Article)}. Every finding is a warning, with a pointer into that output:
   * {@code google.image.missing}, {@code google.image.small} (fewer than 50,000 pixels, width times
   * height), {@code google.image.size.unknown}, {@code google.image.ratios} (no 16x9, 4x3 or 1x1
   * image), {@code google.image.url}, {@code google.author.missing}, {@code google.author.name},
   * {@code google.author.multiple}, {@code google.author.url}, {@code google.date.missing}, {@code
   * google.date.offset} (no time zone offset), {@code google.headline.long} (over 110 characters).
   *
   * @param article the article
   * @return the warnings, empty when the guidance is met
   * @throws NullPointerException if {@code article} is null
   */
  public List<JsonProblem> googleArticleProfile(Article article) {
    Objects.requireNonNull(article, "SchemaOrg.googleArticleProfile: article must not be null");
    return GoogleArticleProfile.check(article);
  }

  private ReadResult<Article> finish(@Nullable JsonNode tree, List<JsonProblem> problems) {
    if (tree == null) {
      return ReadResult.failed(problems);
    }
    NewsValidator chosen = validator != null ? validator : NewsValidator.shared();
    ReadResult<Article> result = new ArticleReader(chosen, locale).read(tree);
    problems.addAll(result.problems());
    int max = limits.maxProblems();
    if (problems.size() > max) {
      List<JsonProblem> kept = new ArrayList<>(problems.subList(0, max));
      kept.add(
          new JsonProblem(
              "",
              "limit.problems",
              Severity.ERROR,
              (problems.size() - max) + " more problems not listed; the limit is " + max,
              0,
              0));
      return ReadResult.of(result.value().orElse(null), kept);
    }
    return ReadResult.of(result.value().orElse(null), problems);
  }

  /** Escapes JSON text for an HTML script element without changing what the JSON means. */
  static String escapeForScript(String json) {
    return json.replace("</", "<\\/")
        .replace("<!--", "\\u003c!--")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  /** Builds {@link SchemaOrg}; starts from the defaults. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.defaults();
    private boolean prettyPrint;
    private Locale locale = Locale.ENGLISH;
    private @Nullable NewsValidator validator;

    private Builder() {}

    /**
     * Sets the limits for reading untrusted JSON-LD.
     *
     * @param value the limits
     * @return this builder
     */
    public Builder limits(JsonLimits value) {
      this.limits = Objects.requireNonNull(value, "limits must not be null");
      return this;
    }

    /**
     * Sets whether written JSON-LD is indented.
     *
     * @param value true for indented output
     * @return this builder
     */
    public Builder prettyPrint(boolean value) {
      this.prettyPrint = value;
      return this;
    }

    /**
     * Sets the language of validation messages ({@code en}, {@code ru} or {@code kk}).
     *
     * @param value the locale
     * @return this builder
     */
    public Builder locale(Locale value) {
      this.locale = Objects.requireNonNull(value, "locale must not be null");
      return this;
    }

    /**
     * Sets the validator used after reading; by default {@link NewsValidator#shared()}.
     *
     * @param value the validator
     * @return this builder
     */
    public Builder validator(NewsValidator value) {
      this.validator = Objects.requireNonNull(value, "validator must not be null");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public SchemaOrg build() {
      return new SchemaOrg(this);
    }
  }
}
