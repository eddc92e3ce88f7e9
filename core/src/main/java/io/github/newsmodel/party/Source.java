package io.github.newsmodel.party;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an article's information comes from, and how: the outlet it was relayed from, the agency or
 * ministry it cites. ninjs calls these {@code infoSources}; schema.org {@code isBasedOn} and {@code
 * sourceOrganization}.
 *
 * <pre>{@code
 * Source relayed = Source.of("El.kz", SourceRoles.RELAYED_FROM).withUrl("https://el.kz/");
 * Source cited = Source.of("МИД РК", SourceRoles.ORIGINATOR);
 * }</pre>
 */
public final class Source {

  private final @NotBlank @CleanText String name;
  private final List<String> roles;
  private final @HttpUrl @Nullable String url;
  private final @Nullable String uri;
  private final @Nullable PartyKind kind;
  private final Extensions extensions;

  private Source(Builder builder) {
    this.name = Checks.required(builder.name, "name");
    this.roles = Checks.copy(builder.roles, "roles");
    this.url = builder.url;
    this.uri = builder.uri;
    this.kind = builder.kind;
    this.extensions = builder.extensions;
  }

  /**
   * Starts a builder with the required values.
   *
   * @param name the source name
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder().name(name);
  }

  /**
   * Starts an empty builder; {@code name} must be set before {@link Builder#build()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this source's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .roles(roles)
        .url(url)
        .uri(uri)
        .kind(kind)
        .extensions(extensions);
  }

  /**
   * Returns the source name.
   *
   * @return the source name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the roles the source plays, such as {@code relayedFrom} or {@code originator}; see
   * {@link SourceRoles}.
   *
   * @return the roles the source plays, such as {@code relayedFrom} or {@code originator}; see
   *     {@link SourceRoles}, unmodifiable, possibly empty
   */
  public List<String> roles() {
    return roles;
  }

  /**
   * Returns a web page of the source, or of the item relayed.
   *
   * @return a web page of the source, or of the item relayed, or null
   */
  public @Nullable String url() {
    return url;
  }

  /**
   * Returns an identifier of the source.
   *
   * @return an identifier of the source, or null
   */
  public @Nullable String uri() {
    return uri;
  }

  /**
   * Returns whether the source is a person or an organisation.
   *
   * @return whether the source is a person or an organisation, or null
   */
  public @Nullable PartyKind kind() {
    return kind;
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
   * Returns a copy with another url.
   *
   * @param value a web page of the source, or of the item relayed
   * @return the copy
   */
  public Source withUrl(@Nullable String value) {
    return toBuilder().url(value).build();
  }

  /**
   * Returns a source with a name and roles.
   *
   * @param name the source's name
   * @param roles its roles, see {@link SourceRoles}
   * @return the source
   */
  public static Source of(String name, String... roles) {
    Builder builder = builder(name);
    for (String role : roles) {
      builder.addRole(role);
    }
    return builder.build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Source that)) {
      return false;
    }
    return name.equals(that.name)
        && roles.equals(that.roles)
        && Objects.equals(url, that.url)
        && Objects.equals(uri, that.uri)
        && Objects.equals(kind, that.kind)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, roles, url, uri, kind, extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("Source")
        .add("name", name)
        .add("roles", roles)
        .add("url", url)
        .add("uri", uri)
        .add("kind", kind)
        .add("extensions", extensions)
        .toString();
  }

  /** Builds a {@link Source}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable String name;
    private List<String> roles = List.of();
    private @Nullable String url;
    private @Nullable String uri;
    private @Nullable PartyKind kind;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets the source name.
     *
     * @param value the source name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Checks.required(value, "name");
      return this;
    }

    /**
     * Replaces the roles the source plays, such as {@code relayedFrom} or {@code originator}; see
     * {@link SourceRoles}.
     *
     * @param values the new values, in order
     * @return this builder
     */
    public Builder roles(Collection<? extends String> values) {
      this.roles = Checks.copy(values, "roles");
      return this;
    }

    /**
     * Appends to the roles the source plays, such as {@code relayedFrom} or {@code originator}; see
     * {@link SourceRoles}.
     *
     * @param value the value to append
     * @return this builder
     */
    public Builder addRole(String value) {
      roles = Checks.append(roles, Checks.required(value, "role"));
      return this;
    }

    /**
     * Sets a web page of the source, or of the item relayed.
     *
     * @param value a web page of the source, or of the item relayed, or null to clear
     * @return this builder
     */
    public Builder url(@Nullable String value) {
      this.url = value;
      return this;
    }

    /**
     * Sets an identifier of the source.
     *
     * @param value an identifier of the source, or null to clear
     * @return this builder
     */
    public Builder uri(@Nullable String value) {
      this.uri = value;
      return this;
    }

    /**
     * Sets whether the source is a person or an organisation.
     *
     * @param value whether the source is a person or an organisation, or null to clear
     * @return this builder
     */
    public Builder kind(@Nullable PartyKind value) {
      this.kind = value;
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
     * Builds the source.
     *
     * @return the source
     * @throws NullPointerException if {@code name} was not set
     */
    public Source build() {
      return new Source(this);
    }
  }
}
