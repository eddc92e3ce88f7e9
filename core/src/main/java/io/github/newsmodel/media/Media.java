package io.github.newsmodel.media;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import io.github.newsmodel.validation.constraints.LanguageTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A media item attached to an article: a photo, video, audio, graphic, document or embed, with its
 * caption, credit, rights and the files (renditions) it comes in.
 *
 * <pre>{@code
 * Media photo = Media.builder(MediaKind.IMAGE, "photo-1")
 *     .caption("Мурат Нуртлеу на конференции")
 *     .creditLine("Фото: gov.kz")
 *     .addRendition(Rendition.builder("https://example.kz/photo.jpg").width(1200).height(675).build())
 *     .build();
 * }</pre>
 */
public final class Media {

  private final MediaKind kind;
  private final @NotBlank String id;
  private final @Nullable String uri;
  private final @CleanText @Nullable String title;
  private final @CleanText(multiline = true) @Nullable String caption;
  private final @CleanText(multiline = true) @Nullable String altText;
  private final @CleanText @Nullable String creditLine;
  private final @Valid @Nullable Party creator;
  private final @CleanText @Nullable String copyrightNotice;
  private final @HttpUrl @Nullable String licenseUrl;
  private final @CleanText(multiline = true) @Nullable String usageTerms;
  private final @LanguageTag @Nullable String language;
  private final List<@Valid Rendition> renditions;
  private final @Valid @Nullable FocalPoint focalPoint;
  private final Extensions extensions;

  private Media(Builder builder) {
    this.kind = Checks.required(builder.kind, "kind");
    this.id = Checks.required(builder.id, "id");
    this.uri = builder.uri;
    this.title = builder.title;
    this.caption = builder.caption;
    this.altText = builder.altText;
    this.creditLine = builder.creditLine;
    this.creator = builder.creator;
    this.copyrightNotice = builder.copyrightNotice;
    this.licenseUrl = builder.licenseUrl;
    this.usageTerms = builder.usageTerms;
    this.language = builder.language;
    this.renditions = Checks.copy(builder.renditions, "renditions");
    this.focalPoint = builder.focalPoint;
    this.extensions = builder.extensions;
  }

  /**
   * Starts a builder with the required values.
   *
   * @param kind what kind of media this is
   * @param id the identifier, unique within its article
   * @return a builder
   */
  public static Builder builder(MediaKind kind, String id) {
    return new Builder().kind(kind).id(id);
  }

  /**
   * Starts an empty builder; {@code kind}, {@code id} must be set before {@link Builder#build()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this media's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .kind(kind)
        .id(id)
        .uri(uri)
        .title(title)
        .caption(caption)
        .altText(altText)
        .creditLine(creditLine)
        .creator(creator)
        .copyrightNotice(copyrightNotice)
        .licenseUrl(licenseUrl)
        .usageTerms(usageTerms)
        .language(language)
        .renditions(renditions)
        .focalPoint(focalPoint)
        .extensions(extensions);
  }

  /**
   * Returns what kind of media this is.
   *
   * @return what kind of media this is
   */
  public MediaKind kind() {
    return kind;
  }

  /**
   * Returns the identifier, unique within its article.
   *
   * @return the identifier, unique within its article
   */
  public String id() {
    return id;
  }

  /**
   * Returns a global identifier of the media item.
   *
   * @return a global identifier of the media item, or null
   */
  public @Nullable String uri() {
    return uri;
  }

  /**
   * Returns a title or headline.
   *
   * @return a title or headline, or null
   */
  public @Nullable String title() {
    return title;
  }

  /**
   * Returns the caption shown with it.
   *
   * @return the caption shown with it, or null
   */
  public @Nullable String caption() {
    return caption;
  }

  /**
   * Returns a text alternative for people who cannot see or hear it.
   *
   * @return a text alternative for people who cannot see or hear it, or null
   */
  public @Nullable String altText() {
    return altText;
  }

  /**
   * Returns the credit line as shown, such as {@code Фото: gov.kz}.
   *
   * @return the credit line as shown, such as {@code Фото: gov.kz}, or null
   */
  public @Nullable String creditLine() {
    return creditLine;
  }

  /**
   * Returns who made it.
   *
   * @return who made it, or null
   */
  public @Nullable Party creator() {
    return creator;
  }

  /**
   * Returns the copyright notice.
   *
   * @return the copyright notice, or null
   */
  public @Nullable String copyrightNotice() {
    return copyrightNotice;
  }

  /**
   * Returns the URL of its licence.
   *
   * @return the URL of its licence, or null
   */
  public @Nullable String licenseUrl() {
    return licenseUrl;
  }

  /**
   * Returns the terms under which it may be used.
   *
   * @return the terms under which it may be used, or null
   */
  public @Nullable String usageTerms() {
    return usageTerms;
  }

  /**
   * Returns the language of its text, a BCP 47 tag.
   *
   * @return the language of its text, a BCP 47 tag, or null
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * Returns the files it comes in.
   *
   * @return the files it comes in, unmodifiable, possibly empty
   */
  public List<Rendition> renditions() {
    return renditions;
  }

  /**
   * Returns the point crops must keep.
   *
   * @return the point crops must keep, or null
   */
  public @Nullable FocalPoint focalPoint() {
    return focalPoint;
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
   * Returns a copy with another caption.
   *
   * @param value the caption shown with it
   * @return the copy
   */
  public Media withCaption(@Nullable String value) {
    return toBuilder().caption(value).build();
  }

  /**
   * Returns a copy with another renditions.
   *
   * @param value the files it comes in
   * @return the copy
   */
  public Media withRenditions(List<Rendition> value) {
    return toBuilder().renditions(value).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Media that)) {
      return false;
    }
    return kind.equals(that.kind)
        && id.equals(that.id)
        && Objects.equals(uri, that.uri)
        && Objects.equals(title, that.title)
        && Objects.equals(caption, that.caption)
        && Objects.equals(altText, that.altText)
        && Objects.equals(creditLine, that.creditLine)
        && Objects.equals(creator, that.creator)
        && Objects.equals(copyrightNotice, that.copyrightNotice)
        && Objects.equals(licenseUrl, that.licenseUrl)
        && Objects.equals(usageTerms, that.usageTerms)
        && Objects.equals(language, that.language)
        && renditions.equals(that.renditions)
        && Objects.equals(focalPoint, that.focalPoint)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        id,
        uri,
        title,
        caption,
        altText,
        creditLine,
        creator,
        copyrightNotice,
        licenseUrl,
        usageTerms,
        language,
        renditions,
        focalPoint,
        extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("Media")
        .add("kind", kind)
        .add("id", id)
        .add("uri", uri)
        .add("title", title)
        .add("caption", caption)
        .add("altText", altText)
        .add("creditLine", creditLine)
        .add("creator", creator)
        .add("copyrightNotice", copyrightNotice)
        .add("licenseUrl", licenseUrl)
        .add("usageTerms", usageTerms)
        .add("language", language)
        .add("renditions", renditions)
        .add("focalPoint", focalPoint)
        .add("extensions", extensions)
        .toString();
  }

  /** Builds a {@link Media}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable MediaKind kind;
    private @Nullable String id;
    private @Nullable String uri;
    private @Nullable String title;
    private @Nullable String caption;
    private @Nullable String altText;
    private @Nullable String creditLine;
    private @Nullable Party creator;
    private @Nullable String copyrightNotice;
    private @Nullable String licenseUrl;
    private @Nullable String usageTerms;
    private @Nullable String language;
    private List<Rendition> renditions = List.of();
    private @Nullable FocalPoint focalPoint;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets what kind of media this is.
     *
     * @param value what kind of media this is
     * @return this builder
     */
    public Builder kind(MediaKind value) {
      this.kind = Checks.required(value, "kind");
      return this;
    }

    /**
     * Sets the identifier, unique within its article.
     *
     * @param value the identifier, unique within its article
     * @return this builder
     */
    public Builder id(String value) {
      this.id = Checks.required(value, "id");
      return this;
    }

    /**
     * Sets a global identifier of the media item.
     *
     * @param value a global identifier of the media item, or null to clear
     * @return this builder
     */
    public Builder uri(@Nullable String value) {
      this.uri = value;
      return this;
    }

    /**
     * Sets a title or headline.
     *
     * @param value a title or headline, or null to clear
     * @return this builder
     */
    public Builder title(@Nullable String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets the caption shown with it.
     *
     * @param value the caption shown with it, or null to clear
     * @return this builder
     */
    public Builder caption(@Nullable String value) {
      this.caption = value;
      return this;
    }

    /**
     * Sets a text alternative for people who cannot see or hear it.
     *
     * @param value a text alternative for people who cannot see or hear it, or null to clear
     * @return this builder
     */
    public Builder altText(@Nullable String value) {
      this.altText = value;
      return this;
    }

    /**
     * Sets the credit line as shown, such as {@code Фото: gov.kz}.
     *
     * @param value the credit line as shown, such as {@code Фото: gov.kz}, or null to clear
     * @return this builder
     */
    public Builder creditLine(@Nullable String value) {
      this.creditLine = value;
      return this;
    }

    /**
     * Sets who made it.
     *
     * @param value who made it, or null to clear
     * @return this builder
     */
    public Builder creator(@Nullable Party value) {
      this.creator = value;
      return this;
    }

    /**
     * Sets the copyright notice.
     *
     * @param value the copyright notice, or null to clear
     * @return this builder
     */
    public Builder copyrightNotice(@Nullable String value) {
      this.copyrightNotice = value;
      return this;
    }

    /**
     * Sets the URL of its licence.
     *
     * @param value the URL of its licence, or null to clear
     * @return this builder
     */
    public Builder licenseUrl(@Nullable String value) {
      this.licenseUrl = value;
      return this;
    }

    /**
     * Sets the terms under which it may be used.
     *
     * @param value the terms under which it may be used, or null to clear
     * @return this builder
     */
    public Builder usageTerms(@Nullable String value) {
      this.usageTerms = value;
      return this;
    }

    /**
     * Sets the language of its text, a BCP 47 tag.
     *
     * @param value the language of its text, a BCP 47 tag, or null to clear
     * @return this builder
     */
    public Builder language(@Nullable String value) {
      this.language = value;
      return this;
    }

    /**
     * Replaces the files it comes in.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder renditions(Collection<? extends Rendition> values) {
      this.renditions = Checks.copy(values, "renditions");
      return this;
    }

    /**
     * Appends to the files it comes in.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addRendition(Rendition value) {
      renditions = Checks.append(renditions, Checks.required(value, "rendition"));
      return this;
    }

    /**
     * Sets the point crops must keep.
     *
     * @param value the point crops must keep, or null to clear
     * @return this builder
     */
    public Builder focalPoint(@Nullable FocalPoint value) {
      this.focalPoint = value;
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
     * Builds the media.
     *
     * @return the media
     * @throws NullPointerException if {@code kind}, {@code id} were not set
     */
    public Media build() {
      return new Media(this);
    }
  }
}
