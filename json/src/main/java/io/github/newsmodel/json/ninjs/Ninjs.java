package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.validation.NewsValidator;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes IPTC ninjs documents.
 *
 * <pre>{@code
 * ReadResult<Article> read = Ninjs.defaults().read(json);          // version detected
 * Article article = read.orElseThrow();
 * NinjsWriteResult written = Ninjs.defaults().write(article, NinjsVersion.V3_1);
 * written.json();      // ninjs 3.1, valid against the official schema
 * written.dropped();   // what ninjs 3.1 could not carry
 * }</pre>
 *
 * <p><b>Reading</b> gives the verdict of the official IPTC JSON Schema of the version: errors with
 * codes {@code ninjs.schema.*} (required, type, enum, pattern, unknown-property, one-of…) or {@code
 * json.syntax}/{@code json.limit}, each with a JSON Pointer into the document; in {@link
 * ReadMode#LENIENT} mode {@link ReadResult#isValid()} is exactly that verdict. Stricter checks
 * (dates parse, links are safe http(s) URLs, amounts not negative, the article passes {@link
 * NewsValidator}) are reported separately, as warnings in lenient mode and as errors in {@link
 * ReadMode#STRICT} mode. An article is returned whenever the document is a JSON object, even an
 * invalid one.
 *
 * <p><b>Writing</b> produces ninjs 3.1 or 2.2. Values the version cannot carry are left out and
 * listed in {@link NinjsWriteResult#dropped()}; in strict mode {@link #write} throws {@link
 * NinjsException} instead.
 *
 * <p>Immutable and thread-safe. Limits ({@link JsonLimits}) apply to every document read.
 */
public final class Ninjs {

  private static final Ninjs DEFAULTS = builder().build();

  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean prettyPrint;
  private final @Nullable NewsValidator validator;
  private final Locale locale;
  private final NinjsCodec codec;

  private Ninjs(Builder builder) {
    this.mode = builder.mode;
    this.limits = builder.limits;
    this.prettyPrint = builder.prettyPrint;
    this.validator = builder.validator;
    this.locale = builder.locale;
    this.codec = new NinjsCodec(mode, limits, prettyPrint, builder.validator, locale);
  }

  /**
   * Returns the lenient instance with default limits.
   *
   * @return the shared default instance
   */
  public static Ninjs defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder with the defaults: lenient, default limits, compact output.
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
   * Reads a document, detecting its version (see {@link #detectVersion(String)}).
   *
   * @param json the document
   * @return the article and the problems found
   */
  public ReadResult<Article> read(String json) {
    return codec.read(Objects.requireNonNull(json, "json"), null);
  }

  /**
   * Reads a document as the given version.
   *
   * @param json the document
   * @param version the version to check it against
   * @return the article and the problems found
   */
  public ReadResult<Article> read(String json, NinjsVersion version) {
    return codec.read(
        Objects.requireNonNull(json, "json"), Objects.requireNonNull(version, "version"));
  }

  /**
   * Reads a UTF-8 document, detecting its version.
   *
   * @param json the document
   * @return the article and the problems found
   */
  public ReadResult<Article> read(byte[] json) {
    return codec.read(Objects.requireNonNull(json, "json"), null);
  }

  /**
   * Reads a UTF-8 document as the given version.
   *
   * @param json the document
   * @param version the version to check it against
   * @return the article and the problems found
   */
  public ReadResult<Article> read(byte[] json, NinjsVersion version) {
    return codec.read(
        Objects.requireNonNull(json, "json"), Objects.requireNonNull(version, "version"));
  }

  /**
   * Reads a UTF-8 document from a stream (not closed), detecting its version.
   *
   * @param json the document
   * @return the article and the problems found
   * @throws io.github.newsmodel.json.NewsJsonIoException if the stream cannot be read
   */
  public ReadResult<Article> read(InputStream json) {
    return codec.read(codec.parse(Objects.requireNonNull(json, "json")), null);
  }

  /**
   * Reads a UTF-8 document from a stream (not closed) as the given version.
   *
   * @param json the document
   * @param version the version to check it against
   * @return the article and the problems found
   * @throws io.github.newsmodel.json.NewsJsonIoException if the stream cannot be read
   */
  public ReadResult<Article> read(InputStream json, NinjsVersion version) {
    return codec.read(
        codec.parse(Objects.requireNonNull(json, "json")),
        Objects.requireNonNull(version, "version"));
  }

  /**
   * Finds the version of a document: {@code standard.version}, else the schema URL in {@code
   * standard.schema} or {@code $schema}, else its shape (camelCase ninjs names: 3.1; lower-case 2.x
   * names: 2.2; neither: 3.1).
   *
   * @param json the document
   * @return the version, or 3.1 when the document cannot be parsed
   */
  public NinjsVersion detectVersion(String json) {
    return codec.detect(codec.parse(Objects.requireNonNull(json, "json")));
  }

  /**
   * Writes an article as ninjs.
   *
   * @param article the article
   * @param version {@link NinjsVersion#V3_1} or {@link NinjsVersion#V2_2}
   * @return the document and what was left out
   * @throws IllegalArgumentException if the version cannot be written
   * @throws NinjsException in strict mode, if something would be left out
   */
  public NinjsWriteResult write(Article article, NinjsVersion version) {
    Objects.requireNonNull(article, "article");
    if (!Objects.requireNonNull(version, "version").isWritable()) {
      throw new IllegalArgumentException(
          "ninjs " + version.number() + " cannot be written; expected 3.1 or 2.2");
    }
    NinjsWriteResult result = codec.write(article, version);
    if (mode == ReadMode.STRICT && !result.dropped().isEmpty()) {
      throw new NinjsException(
          "the article cannot be written as ninjs "
              + version.number()
              + " without leaving values out:",
          result.dropped());
    }
    return result;
  }

  /**
   * Returns the mode.
   *
   * @return lenient or strict
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * Returns the language of validation messages.
   *
   * @return {@code en}, {@code ru} or {@code kk}; others give English
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the limits applied to documents read.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /** Builds a {@link Ninjs}. */
  public static final class Builder {
    private ReadMode mode = ReadMode.LENIENT;
    private JsonLimits limits = JsonLimits.defaults();
    private boolean prettyPrint;
    private @Nullable NewsValidator validator;
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Sets the mode: {@link ReadMode#STRICT} turns stricter read checks into errors and makes
     * writing fail rather than drop values.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder mode(ReadMode value) {
      this.mode = Objects.requireNonNull(value, "mode");
      return this;
    }

    /**
     * Sets the limits for documents read.
     *
     * @param value the limits
     * @return this builder
     */
    public Builder limits(JsonLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Sets whether output is indented.
     *
     * @param value true to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean value) {
      this.prettyPrint = value;
      return this;
    }

    /**
     * Sets the validator of the stricter checks; by default {@link NewsValidator#shared()}.
     *
     * @param value the validator, or null for the shared one
     * @return this builder
     */
    public Builder validator(@Nullable NewsValidator value) {
      this.validator = value;
      return this;
    }

    /**
     * Sets the language of validation messages: English (default), Russian ({@code ru}) or Kazakh
     * ({@code kk}).
     *
     * @param value the locale
     * @return this builder
     */
    public Builder locale(Locale value) {
      this.locale = Objects.requireNonNull(value, "locale");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public Ninjs build() {
      return new Ninjs(this);
    }
  }
}
