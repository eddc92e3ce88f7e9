package io.github.newsmodel.article;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link to another article: a related story, an earlier version, a correction.
 *
 * <pre>{@code
 * RelatedArticle.of("https://example.kz/news/123", "Казахстан и ДЗЯО: итоги года");
 * }</pre>
 */
public final class RelatedArticle {

  private final @HttpUrl String url;
  private final @CleanText @Nullable String headline;
  private final @Nullable String rel;
  private final @Nullable String id;
  private final Extensions extensions;

  private RelatedArticle(Builder builder) {
    this.url = Checks.required(builder.url, "url");
    this.headline = builder.headline;
    this.rel = builder.rel;
    this.id = builder.id;
    this.extensions = builder.extensions;
  }

  /**
   * Starts a builder with the required values.
   *
   * @param url the related article URL
   * @return a builder
   */
  public static Builder builder(String url) {
    return new Builder().url(url);
  }

  /**
   * Starts an empty builder; {@code url} must be set before {@link Builder#build()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this relatedArticle's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().url(url).headline(headline).rel(rel).id(id).extensions(extensions);
  }

  /**
   * Returns the related article URL.
   *
   * @return the related article URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns its headline.
   *
   * @return its headline, or null
   */
  public @Nullable String headline() {
    return headline;
  }

  /**
   * Returns how it relates, such as {@code related} or {@code seeAlso}.
   *
   * @return how it relates, such as {@code related} or {@code seeAlso}, or null
   */
  public @Nullable String rel() {
    return rel;
  }

  /**
   * Returns its identifier, when known.
   *
   * @return its identifier, when known, or null
   */
  public @Nullable String id() {
    return id;
  }

  /**
   * Returns properties the model has no field for.
   *
   * @return properties the model has no field for
   */
  public Extensions extensions() {
    return extensions;
  }

  /**
   * Returns a related article with a URL and a headline.
   *
   * @param url its URL
   * @param headline its headline, or null
   * @return the related article
   */
  public static RelatedArticle of(String url, @Nullable String headline) {
    return builder(url).headline(headline).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RelatedArticle that)) {
      return false;
    }
    return url.equals(that.url)
        && Objects.equals(headline, that.headline)
        && Objects.equals(rel, that.rel)
        && Objects.equals(id, that.id)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, headline, rel, id, extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("RelatedArticle")
        .add("url", url)
        .add("headline", headline)
        .add("rel", rel)
        .add("id", id)
        .add("extensions", extensions)
        .toString();
  }

  /**
   * Builds a {@link RelatedArticle}. Not thread-safe; {@link #build()} may be called more than
   * once.
   */
  public static final class Builder {
    private @Nullable String url;
    private @Nullable String headline;
    private @Nullable String rel;
    private @Nullable String id;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets the related article URL.
     *
     * @param value the related article URL
     * @return this builder
     */
    public Builder url(String value) {
      this.url = Checks.required(value, "url");
      return this;
    }

    /**
     * Sets its headline.
     *
     * @param value its headline, or null to clear
     * @return this builder
     */
    public Builder headline(@Nullable String value) {
      this.headline = value;
      return this;
    }

    /**
     * Sets how it relates, such as {@code related} or {@code seeAlso}.
     *
     * @param value how it relates, such as {@code related} or {@code seeAlso}, or null to clear
     * @return this builder
     */
    public Builder rel(@Nullable String value) {
      this.rel = value;
      return this;
    }

    /**
     * Sets its identifier, when known.
     *
     * @param value its identifier, when known, or null to clear
     * @return this builder
     */
    public Builder id(@Nullable String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets properties the model has no field for.
     *
     * @param value the extensions
     * @return this builder
     */
    public Builder extensions(Extensions value) {
      this.extensions = Checks.required(value, "extensions");
      return this;
    }

    /**
     * Builds the relatedArticle.
     *
     * @return the relatedArticle
     * @throws NullPointerException if {@code url} was not set
     */
    public RelatedArticle build() {
      return new RelatedArticle(this);
    }
  }
}
