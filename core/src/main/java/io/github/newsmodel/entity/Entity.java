package io.github.newsmodel.entity;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.LanguageTag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something an article names or is about: a person, an organisation, a place, an event, an object
 * or a subject, optionally with a controlled-vocabulary URI and how relevant and how certain the
 * link is.
 *
 * <pre>{@code
 * Entity minister = Entity.builder(EntityKind.PERSON, "Мурат Нуртлеу")
 *     .uri("https://www.wikidata.org/wiki/Q4317180").relevance(90).build();
 * Entity astana = Entity.of(EntityKind.PLACE, "Нью-Йорк");
 * }</pre>
 */
public final class Entity {

  private final EntityKind kind;
  private final @NotBlank @CleanText String name;
  private final @Nullable String uri;
  private final @Nullable String code;
  private final @Nullable String rel;
  private final @Min(0) @Max(100) @Nullable Integer relevance;
  private final @Min(0) @Max(100) @Nullable Integer confidence;
  private final @Nullable String creator;
  private final @LanguageTag @Nullable String language;
  private final Extensions extensions;

  private Entity(Builder builder) {
    this.kind = Checks.required(builder.kind, "kind");
    this.name = Checks.required(builder.name, "name");
    this.uri = builder.uri;
    this.code = builder.code;
    this.rel = builder.rel;
    this.relevance = builder.relevance;
    this.confidence = builder.confidence;
    this.creator = builder.creator;
    this.language = builder.language;
    this.extensions = builder.extensions;
  }

  /**
   * Starts a builder with the required values.
   *
   * @param kind what kind of thing this is
   * @param name the name as the article uses it
   * @return a builder
   */
  public static Builder builder(EntityKind kind, String name) {
    return new Builder().kind(kind).name(name);
  }

  /**
   * Starts an empty builder; {@code kind}, {@code name} must be set before {@link Builder#build()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this entity's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .kind(kind)
        .name(name)
        .uri(uri)
        .code(code)
        .rel(rel)
        .relevance(relevance)
        .confidence(confidence)
        .creator(creator)
        .language(language)
        .extensions(extensions);
  }

  /**
   * Returns what kind of thing this is.
   *
   * @return what kind of thing this is
   */
  public EntityKind kind() {
    return kind;
  }

  /**
   * Returns the name as the article uses it.
   *
   * @return the name as the article uses it
   */
  public String name() {
    return name;
  }

  /**
   * Returns an identifier from a vocabulary or knowledge base.
   *
   * @return an identifier from a vocabulary or knowledge base, or null
   */
  public @Nullable String uri() {
    return uri;
  }

  /**
   * Returns a code from a controlled vocabulary (ninjs {@code literal}), such as an IPTC media
   * topic.
   *
   * @return a code from a controlled vocabulary (ninjs {@code literal}), such as an IPTC media
   *     topic, or null
   */
  public @Nullable String code() {
    return code;
  }

  /**
   * Returns how the article relates to it (ninjs {@code rel}), such as {@code about} or {@code
   * mentions}.
   *
   * @return how the article relates to it (ninjs {@code rel}), such as {@code about} or {@code
   *     mentions}, or null
   */
  public @Nullable String rel() {
    return rel;
  }

  /**
   * Returns how relevant it is to the article, 0 to 100.
   *
   * @return how relevant it is to the article, 0 to 100, or null
   */
  public @Nullable Integer relevance() {
    return relevance;
  }

  /**
   * Returns how confident the tagger was, 0 to 100.
   *
   * @return how confident the tagger was, 0 to 100, or null
   */
  public @Nullable Integer confidence() {
    return confidence;
  }

  /**
   * Returns who or what assigned it (ninjs {@code creator}), such as {@code human} or {@code
   * machine}.
   *
   * @return who or what assigned it (ninjs {@code creator}), such as {@code human} or {@code
   *     machine}, or null
   */
  public @Nullable String creator() {
    return creator;
  }

  /**
   * Returns the language of the name, a BCP 47 tag.
   *
   * @return the language of the name, a BCP 47 tag, or null
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * Returns properties the model has no field for, such as a place GeoJSON or contact information.
   *
   * @return properties the model has no field for, such as a place GeoJSON or contact information
   */
  public Extensions extensions() {
    return extensions;
  }

  /**
   * Returns a copy with another uri.
   *
   * @param value an identifier from a vocabulary or knowledge base
   * @return the copy
   */
  public Entity withUri(@Nullable String value) {
    return toBuilder().uri(value).build();
  }

  /**
   * Returns a copy with another relevance.
   *
   * @param value how relevant it is to the article, 0 to 100
   * @return the copy
   */
  public Entity withRelevance(@Nullable Integer value) {
    return toBuilder().relevance(value).build();
  }

  /**
   * Returns an entity with only a kind and a name.
   *
   * @param kind what kind of thing it is
   * @param name its name
   * @return the entity
   */
  public static Entity of(EntityKind kind, String name) {
    return builder(kind, name).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Entity that)) {
      return false;
    }
    return kind.equals(that.kind)
        && name.equals(that.name)
        && Objects.equals(uri, that.uri)
        && Objects.equals(code, that.code)
        && Objects.equals(rel, that.rel)
        && Objects.equals(relevance, that.relevance)
        && Objects.equals(confidence, that.confidence)
        && Objects.equals(creator, that.creator)
        && Objects.equals(language, that.language)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind, name, uri, code, rel, relevance, confidence, creator, language, extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("Entity")
        .add("kind", kind)
        .add("name", name)
        .add("uri", uri)
        .add("code", code)
        .add("rel", rel)
        .add("relevance", relevance)
        .add("confidence", confidence)
        .add("creator", creator)
        .add("language", language)
        .add("extensions", extensions)
        .toString();
  }

  /** Builds a {@link Entity}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable EntityKind kind;
    private @Nullable String name;
    private @Nullable String uri;
    private @Nullable String code;
    private @Nullable String rel;
    private @Nullable Integer relevance;
    private @Nullable Integer confidence;
    private @Nullable String creator;
    private @Nullable String language;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets what kind of thing this is.
     *
     * @param value what kind of thing this is
     * @return this builder
     */
    public Builder kind(EntityKind value) {
      this.kind = Checks.required(value, "kind");
      return this;
    }

    /**
     * Sets the name as the article uses it.
     *
     * @param value the name as the article uses it
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Checks.required(value, "name");
      return this;
    }

    /**
     * Sets an identifier from a vocabulary or knowledge base.
     *
     * @param value an identifier from a vocabulary or knowledge base, or null to clear
     * @return this builder
     */
    public Builder uri(@Nullable String value) {
      this.uri = value;
      return this;
    }

    /**
     * Sets a code from a controlled vocabulary (ninjs {@code literal}), such as an IPTC media
     * topic.
     *
     * @param value a code from a controlled vocabulary (ninjs {@code literal}), such as an IPTC
     *     media topic, or null to clear
     * @return this builder
     */
    public Builder code(@Nullable String value) {
      this.code = value;
      return this;
    }

    /**
     * Sets how the article relates to it (ninjs {@code rel}), such as {@code about} or {@code
     * mentions}.
     *
     * @param value how the article relates to it (ninjs {@code rel}), such as {@code about} or
     *     {@code mentions}, or null to clear
     * @return this builder
     */
    public Builder rel(@Nullable String value) {
      this.rel = value;
      return this;
    }

    /**
     * Sets how relevant it is to the article, 0 to 100.
     *
     * @param value how relevant it is to the article, 0 to 100, or null to clear
     * @return this builder
     */
    public Builder relevance(@Nullable Integer value) {
      this.relevance = value;
      return this;
    }

    /**
     * Sets how confident the tagger was, 0 to 100.
     *
     * @param value how confident the tagger was, 0 to 100, or null to clear
     * @return this builder
     */
    public Builder confidence(@Nullable Integer value) {
      this.confidence = value;
      return this;
    }

    /**
     * Sets who or what assigned it (ninjs {@code creator}), such as {@code human} or {@code
     * machine}.
     *
     * @param value who or what assigned it (ninjs {@code creator}), such as {@code human} or {@code
     *     machine}, or null to clear
     * @return this builder
     */
    public Builder creator(@Nullable String value) {
      this.creator = value;
      return this;
    }

    /**
     * Sets the language of the name, a BCP 47 tag.
     *
     * @param value the language of the name, a BCP 47 tag, or null to clear
     * @return this builder
     */
    public Builder language(@Nullable String value) {
      this.language = value;
      return this;
    }

    /**
     * Sets properties the model has no field for, such as a place GeoJSON or contact information.
     *
     * @param value the extensions
     * @return this builder
     */
    public Builder extensions(Extensions value) {
      this.extensions = Checks.required(value, "extensions");
      return this;
    }

    /**
     * Builds the entity.
     *
     * @return the entity
     * @throws NullPointerException if {@code kind}, {@code name} were not set
     */
    public Entity build() {
      return new Entity(this);
    }
  }
}
