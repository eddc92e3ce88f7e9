package io.github.newsmodel.json;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.internal.Codec;
import io.github.newsmodel.json.internal.Input;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.validation.NewsValidator;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes articles, media and share links in the native newsmodel JSON format (documented
 * in {@code docs/json-format.md}; JSON Schema at {@code
 * io/github/newsmodel/json/schema/newsmodel-article-1.0.schema.json} in this jar).
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * NewsJson json = NewsJson.defaults();
 * ReadResult<Article> result = json.readAndValidate(Path.of("article.json"));
 * result.problems().forEach(p -> System.err.println(p));   // ERROR /media/0/renditions/2/width (12:18) [range]: …
 * Article article = result.orElseThrow();
 * String text = json.write(article);
 * }</pre>
 */
public final class NewsJson {

  private static final NewsJson DEFAULTS = builder().build();

  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean prettyPrint;
  private final NewsValidator validator;
  private final Locale locale;
  private final Codec codec;

  private NewsJson(Builder builder) {
    this.mode = builder.mode;
    this.limits = builder.limits;
    this.prettyPrint = builder.prettyPrint;
    this.validator = builder.validator == null ? NewsValidator.shared() : builder.validator;
    this.locale = builder.locale;
    this.codec = new Codec(mode, limits, prettyPrint, validator, locale);
  }

  /**
   * Returns the instance with default settings: lenient, {@link JsonLimits#defaults()}, compact
   * output, {@link NewsValidator#shared()}, English messages.
   *
   * @return the shared default instance
   */
  public static NewsJson defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder holding the default settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this instance's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .mode(mode)
        .limits(limits)
        .prettyPrint(prettyPrint)
        .validator(validator)
        .locale(locale);
  }

  /**
   * Returns how unknown properties are treated.
   *
   * @return the read mode
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * Returns the limits applied to every document read.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns whether output is indented.
   *
   * @return true for indented output
   */
  public boolean prettyPrint() {
    return prettyPrint;
  }

  /**
   * Returns the validator applied after reading.
   *
   * @return the validator
   */
  public NewsValidator validator() {
    return validator;
  }

  /**
   * Returns the language of problem messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  // ---------------------------------------------------------------- articles: collect problems

  /**
   * Reads an article and validates it, collecting every problem (syntax, types, missing values,
   * limits, Bean Validation) with JSON Pointers and line/column.
   *
   * @param json the document
   * @return the article, when its required structure is present, and every problem
   * @throws NewsJsonIoException never for in-memory input
   */
  public ReadResult<Article> readAndValidate(String json) {
    return codec.readArticle(Input.of(json));
  }

  /**
   * Reads an article from UTF-8 bytes (a BOM is accepted) and validates it.
   *
   * @param json the document
   * @return the article and every problem
   */
  public ReadResult<Article> readAndValidate(byte[] json) {
    return codec.readArticle(Input.of(json));
  }

  /**
   * Reads an article from a UTF-8 stream (a BOM is accepted) and validates it. The stream is read
   * to the end of the document but not closed.
   *
   * @param json the document
   * @return the article and every problem
   * @throws NewsJsonIoException if reading the stream fails
   */
  public ReadResult<Article> readAndValidate(InputStream json) {
    return codec.readArticle(Input.of(json));
  }

  /**
   * Reads an article from characters and validates it. The reader is not closed.
   *
   * @param json the document
   * @return the article and every problem
   * @throws NewsJsonIoException if reading fails
   */
  public ReadResult<Article> readAndValidate(Reader json) {
    return codec.readArticle(Input.of(json));
  }

  /**
   * Reads an article from a UTF-8 file and validates it.
   *
   * @param json the file
   * @return the article and every problem
   * @throws NewsJsonIoException if the file cannot be read
   */
  public ReadResult<Article> readAndValidate(Path json) {
    return codec.readArticle(Input.of(json));
  }

  // ---------------------------------------------------------------- articles: structure only

  /**
   * Reads an article without Bean Validation: reports only structural problems — syntax errors,
   * exceeded limits, wrong JSON types, missing or null required properties, unknown codes and block
   * types, unparsable dates and durations, duplicate and unknown properties — with JSON Pointers
   * and line/column, exactly as {@link #readAndValidate(String)} reports them. Content rules (URLs,
   * language tags, ranges, dates in order, clean text) are not checked; validate the article later
   * with {@link NewsValidator#validate(Object)} or use {@code readAndValidate}.
   *
   * <p>Use it when the input is trusted (your own store, a feed you validated on the way in) and
   * only speed matters.
   *
   * @param json the document
   * @return the article, when its required structure is present, and the structural problems
   */
  public ReadResult<Article> read(String json) {
    return codec.readArticleStructure(Input.of(json));
  }

  /**
   * Reads an article from UTF-8 bytes (a BOM is accepted) without Bean Validation; see {@link
   * #read(String)}.
   *
   * @param json the document
   * @return the article and the structural problems
   */
  public ReadResult<Article> read(byte[] json) {
    return codec.readArticleStructure(Input.of(json));
  }

  /**
   * Reads an article from a UTF-8 stream (a BOM is accepted) without Bean Validation; see {@link
   * #read(String)}. The stream is read to the end of the document but not closed.
   *
   * @param json the document
   * @return the article and the structural problems
   * @throws NewsJsonIoException if reading the stream fails
   */
  public ReadResult<Article> read(InputStream json) {
    return codec.readArticleStructure(Input.of(json));
  }

  /**
   * Reads an article from characters without Bean Validation; see {@link #read(String)}. The reader
   * is not closed.
   *
   * @param json the document
   * @return the article and the structural problems
   * @throws NewsJsonIoException if reading fails
   */
  public ReadResult<Article> read(Reader json) {
    return codec.readArticleStructure(Input.of(json));
  }

  /**
   * Reads an article from a UTF-8 file without Bean Validation; see {@link #read(String)}.
   *
   * @param json the file
   * @return the article and the structural problems
   * @throws NewsJsonIoException if the file cannot be read
   */
  public ReadResult<Article> read(Path json) {
    return codec.readArticleStructure(Input.of(json));
  }

  // ---------------------------------------------------------------- articles: throw

  /**
   * Reads a valid article or throws.
   *
   * @param json the document
   * @return the article
   * @throws NewsJsonSyntaxException if the document is not well-formed JSON
   * @throws NewsJsonLimitException if it exceeds a limit
   * @throws NewsJsonValidationException if it has any other error
   */
  public Article readArticle(String json) {
    return codec.orThrow(readAndValidate(json));
  }

  /**
   * Reads a valid article from UTF-8 bytes or throws.
   *
   * @param json the document
   * @return the article
   * @throws NewsJsonException a subtype telling why the document was not accepted
   */
  public Article readArticle(byte[] json) {
    return codec.orThrow(readAndValidate(json));
  }

  /**
   * Reads a valid article from a UTF-8 stream or throws. The stream is not closed.
   *
   * @param json the document
   * @return the article
   * @throws NewsJsonException a subtype telling why the document was not accepted
   */
  public Article readArticle(InputStream json) {
    return codec.orThrow(readAndValidate(json));
  }

  /**
   * Reads a valid article from characters or throws. The reader is not closed.
   *
   * @param json the document
   * @return the article
   * @throws NewsJsonException a subtype telling why the document was not accepted
   */
  public Article readArticle(Reader json) {
    return codec.orThrow(readAndValidate(json));
  }

  /**
   * Reads a valid article from a UTF-8 file or throws.
   *
   * @param json the file
   * @return the article
   * @throws NewsJsonException a subtype telling why the document was not accepted
   */
  public Article readArticle(Path json) {
    return codec.orThrow(readAndValidate(json));
  }

  // ---------------------------------------------------------------- media and share links

  /**
   * Reads one media object (the shape of an element of an article's {@code media}) and validates
   * it.
   *
   * @param json the document
   * @return the media and every problem
   */
  public ReadResult<Media> readMedia(String json) {
    return codec.readMedia(Input.of(json));
  }

  /**
   * Reads one media object from UTF-8 bytes and validates it.
   *
   * @param json the document
   * @return the media and every problem
   */
  public ReadResult<Media> readMedia(byte[] json) {
    return codec.readMedia(Input.of(json));
  }

  /**
   * Reads one share link (the shape of an element of an article's {@code shareLinks}) and validates
   * it.
   *
   * @param json the document
   * @return the share link and every problem
   */
  public ReadResult<ShareLink> readShareLink(String json) {
    return codec.readShareLink(Input.of(json));
  }

  /**
   * Reads one share link from UTF-8 bytes and validates it.
   *
   * @param json the document
   * @return the share link and every problem
   */
  public ReadResult<ShareLink> readShareLink(byte[] json) {
    return codec.readShareLink(Input.of(json));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes an article in the native format, properties in the documented order.
   *
   * @param article the article
   * @return the JSON text
   */
  public String write(Article article) {
    return codec.writeArticle(Objects.requireNonNull(article, "article must not be null"));
  }

  /**
   * Writes an article as UTF-8 bytes, without a BOM.
   *
   * @param article the article
   * @return the JSON bytes
   */
  public byte[] writeBytes(Article article) {
    return codec.writeArticleBytes(Objects.requireNonNull(article, "article must not be null"));
  }

  /**
   * Writes an article as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param article the article
   * @param out the stream
   * @throws NewsJsonIoException if writing fails
   */
  public void write(Article article, OutputStream out) {
    codec.writeArticle(
        Objects.requireNonNull(article, "article must not be null"),
        Objects.requireNonNull(out, "out must not be null"));
  }

  /**
   * Writes an article to a character writer, which is flushed but not closed.
   *
   * @param article the article
   * @param out the writer
   * @throws NewsJsonIoException if writing fails
   */
  public void write(Article article, Writer out) {
    codec.writeArticle(
        Objects.requireNonNull(article, "article must not be null"),
        Objects.requireNonNull(out, "out must not be null"));
  }

  /**
   * Writes an article as UTF-8 to a file, replacing it.
   *
   * @param article the article
   * @param file the file
   * @throws NewsJsonIoException if writing fails
   */
  public void write(Article article, Path file) {
    codec.writeArticle(
        Objects.requireNonNull(article, "article must not be null"),
        Objects.requireNonNull(file, "file must not be null"));
  }

  /**
   * Writes one media object.
   *
   * @param media the media
   * @return the JSON text
   */
  public String write(Media media) {
    return codec.writeMedia(Objects.requireNonNull(media, "media must not be null"));
  }

  /**
   * Writes one share link.
   *
   * @param shareLink the share link
   * @return the JSON text
   */
  public String write(ShareLink shareLink) {
    return codec.writeShareLink(Objects.requireNonNull(shareLink, "shareLink must not be null"));
  }

  /**
   * Describes the settings.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "NewsJson{mode="
        + mode
        + ", prettyPrint="
        + prettyPrint
        + ", locale="
        + locale
        + ", "
        + limits
        + '}';
  }

  /** Builds {@link NewsJson}; starts from the defaults. */
  public static final class Builder {
    private ReadMode mode = ReadMode.LENIENT;
    private JsonLimits limits = JsonLimits.defaults();
    private boolean prettyPrint;
    private @Nullable NewsValidator validator;
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Sets how unknown properties are treated; default {@link ReadMode#LENIENT}.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder mode(ReadMode value) {
      this.mode = Objects.requireNonNull(value, "mode must not be null");
      return this;
    }

    /**
     * Sets the limits; default {@link JsonLimits#defaults()}.
     *
     * @param value the limits
     * @return this builder
     */
    public Builder limits(JsonLimits value) {
      this.limits = Objects.requireNonNull(value, "limits must not be null");
      return this;
    }

    /**
     * Sets whether output is indented with two spaces; default false.
     *
     * @param value true for indented output
     * @return this builder
     */
    public Builder prettyPrint(boolean value) {
      this.prettyPrint = value;
      return this;
    }

    /**
     * Sets the validator applied after reading; default {@link NewsValidator#shared()}.
     *
     * @param value the validator
     * @return this builder
     */
    public Builder validator(NewsValidator value) {
      this.validator = Objects.requireNonNull(value, "validator must not be null");
      return this;
    }

    /**
     * Sets the language of validation messages (English, Russian and Kazakh are bundled); default
     * English.
     *
     * @param value the locale
     * @return this builder
     */
    public Builder locale(Locale value) {
      this.locale = Objects.requireNonNull(value, "locale must not be null");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public NewsJson build() {
      return new NewsJson(this);
    }
  }
}
