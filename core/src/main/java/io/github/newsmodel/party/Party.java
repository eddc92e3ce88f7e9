package io.github.newsmodel.party;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person or an organisation credited on an article: an author, the publisher, a photographer.
 *
 * <pre>{@code
 * Party author = Party.person("Айгерим Сейтова").toBuilder()
 *     .role("correspondent").url("https://example.kz/authors/aigerim").build();
 * Party publisher = Party.organization("El.kz");
 * }</pre>
 */
public final class Party {

  private final PartyKind kind;
  private final @NotBlank @CleanText String name;
  private final @CleanText @Nullable String role;
  private final @HttpUrl @Nullable String url;
  private final @Nullable String uri;
  private final @CleanText @Nullable String jobTitle;
  private final @HttpUrl @Nullable String logoUrl;
  private final Extensions extensions;

  private Party(Builder builder) {
    this.kind = Checks.required(builder.kind, "kind");
    this.name = Checks.required(builder.name, "name");
    this.role = builder.role;
    this.url = builder.url;
    this.uri = builder.uri;
    this.jobTitle = builder.jobTitle;
    this.logoUrl = builder.logoUrl;
    this.extensions = builder.extensions;
  }

  /**
   * Starts a builder with the required values.
   *
   * @param kind whether this is a person or an organisation
   * @param name the display name
   * @return a builder
   */
  public static Builder builder(PartyKind kind, String name) {
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
   * Returns a builder holding this party's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .kind(kind)
        .name(name)
        .role(role)
        .url(url)
        .uri(uri)
        .jobTitle(jobTitle)
        .logoUrl(logoUrl)
        .extensions(extensions);
  }

  /**
   * Returns whether this is a person or an organisation.
   *
   * @return whether this is a person or an organisation
   */
  public PartyKind kind() {
    return kind;
  }

  /**
   * Returns the display name.
   *
   * @return the display name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the role on this article, such as {@code author}, {@code photographer} or {@code
   * editor}.
   *
   * @return the role on this article, such as {@code author}, {@code photographer} or {@code
   *     editor}, or null
   */
  public @Nullable String role() {
    return role;
  }

  /**
   * Returns a web page about the party.
   *
   * @return a web page about the party, or null
   */
  public @Nullable String url() {
    return url;
  }

  /**
   * Returns an identifier of the party, such as a Wikidata or IPTC URI.
   *
   * @return an identifier of the party, such as a Wikidata or IPTC URI, or null
   */
  public @Nullable String uri() {
    return uri;
  }

  /**
   * Returns the job title, such as {@code Deputy Prime Minister}.
   *
   * @return the job title, such as {@code Deputy Prime Minister}, or null
   */
  public @Nullable String jobTitle() {
    return jobTitle;
  }

  /**
   * Returns the URL of a logo (publishers).
   *
   * @return the URL of a logo (publishers), or null
   */
  public @Nullable String logoUrl() {
    return logoUrl;
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
   * Returns a copy with another role.
   *
   * @param value the role on this article, such as {@code author}, {@code photographer} or {@code
   *     editor}
   * @return the copy
   */
  public Party withRole(@Nullable String value) {
    return toBuilder().role(value).build();
  }

  /**
   * Returns a copy with another url.
   *
   * @param value a web page about the party
   * @return the copy
   */
  public Party withUrl(@Nullable String value) {
    return toBuilder().url(value).build();
  }

  /**
   * Returns a person with only a name.
   *
   * @param name the person's name
   * @return the party
   */
  public static Party person(String name) {
    return builder(PartyKind.PERSON, name).build();
  }

  /**
   * Returns an organisation with only a name.
   *
   * @param name the organisation's name
   * @return the party
   */
  public static Party organization(String name) {
    return builder(PartyKind.ORGANIZATION, name).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Party that)) {
      return false;
    }
    return kind.equals(that.kind)
        && name.equals(that.name)
        && Objects.equals(role, that.role)
        && Objects.equals(url, that.url)
        && Objects.equals(uri, that.uri)
        && Objects.equals(jobTitle, that.jobTitle)
        && Objects.equals(logoUrl, that.logoUrl)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, role, url, uri, jobTitle, logoUrl, extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("Party")
        .add("kind", kind)
        .add("name", name)
        .add("role", role)
        .add("url", url)
        .add("uri", uri)
        .add("jobTitle", jobTitle)
        .add("logoUrl", logoUrl)
        .add("extensions", extensions)
        .toString();
  }

  /** Builds a {@link Party}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable PartyKind kind;
    private @Nullable String name;
    private @Nullable String role;
    private @Nullable String url;
    private @Nullable String uri;
    private @Nullable String jobTitle;
    private @Nullable String logoUrl;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets whether this is a person or an organisation.
     *
     * @param value whether this is a person or an organisation
     * @return this builder
     */
    public Builder kind(PartyKind value) {
      this.kind = Checks.required(value, "kind");
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param value the display name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Checks.required(value, "name");
      return this;
    }

    /**
     * Sets the role on this article, such as {@code author}, {@code photographer} or {@code
     * editor}.
     *
     * @param value the role on this article, such as {@code author}, {@code photographer} or {@code
     *     editor}, or null to clear
     * @return this builder
     */
    public Builder role(@Nullable String value) {
      this.role = value;
      return this;
    }

    /**
     * Sets a web page about the party.
     *
     * @param value a web page about the party, or null to clear
     * @return this builder
     */
    public Builder url(@Nullable String value) {
      this.url = value;
      return this;
    }

    /**
     * Sets an identifier of the party, such as a Wikidata or IPTC URI.
     *
     * @param value an identifier of the party, such as a Wikidata or IPTC URI, or null to clear
     * @return this builder
     */
    public Builder uri(@Nullable String value) {
      this.uri = value;
      return this;
    }

    /**
     * Sets the job title, such as {@code Deputy Prime Minister}.
     *
     * @param value the job title, such as {@code Deputy Prime Minister}, or null to clear
     * @return this builder
     */
    public Builder jobTitle(@Nullable String value) {
      this.jobTitle = value;
      return this;
    }

    /**
     * Sets the URL of a logo (publishers).
     *
     * @param value the URL of a logo (publishers), or null to clear
     * @return this builder
     */
    public Builder logoUrl(@Nullable String value) {
      this.logoUrl = value;
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
     * Builds the party.
     *
     * @return the party
     * @throws NullPointerException if {@code kind}, {@code name} were not set
     */
    public Party build() {
      return new Party(this);
    }
  }
}
