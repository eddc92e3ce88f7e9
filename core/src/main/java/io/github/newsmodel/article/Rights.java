package io.github.newsmodel.article;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Copyright and usage rights of an article: holder, notice, usage terms and a link to the licence
 * or rights statement.
 *
 * <pre>{@code
 * Rights rights = Rights.builder().copyrightHolder("Kazinform")
 *     .copyrightNotice("© Kazinform, 2023").usageTerms("Перепечатка с активной ссылкой").build();
 * }</pre>
 */
public final class Rights {

  private final @CleanText @Nullable String copyrightHolder;
  private final @CleanText(multiline = true) @Nullable String copyrightNotice;
  private final @CleanText(multiline = true) @Nullable String usageTerms;
  private final @HttpUrl @Nullable String rightsUrl;
  private final Extensions extensions;

  private Rights(Builder builder) {
    this.copyrightHolder = builder.copyrightHolder;
    this.copyrightNotice = builder.copyrightNotice;
    this.usageTerms = builder.usageTerms;
    this.rightsUrl = builder.rightsUrl;
    this.extensions = builder.extensions;
  }

  /**
   * Starts an empty builder; nothing must be set before {@link Builder#build()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this rights's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .copyrightHolder(copyrightHolder)
        .copyrightNotice(copyrightNotice)
        .usageTerms(usageTerms)
        .rightsUrl(rightsUrl)
        .extensions(extensions);
  }

  /**
   * Returns who holds the copyright.
   *
   * @return who holds the copyright, or null
   */
  public @Nullable String copyrightHolder() {
    return copyrightHolder;
  }

  /**
   * Returns the copyright notice as shown.
   *
   * @return the copyright notice as shown, or null
   */
  public @Nullable String copyrightNotice() {
    return copyrightNotice;
  }

  /**
   * Returns the terms under which the article may be used.
   *
   * @return the terms under which the article may be used, or null
   */
  public @Nullable String usageTerms() {
    return usageTerms;
  }

  /**
   * Returns a link to the licence or rights statement.
   *
   * @return a link to the licence or rights statement, or null
   */
  public @Nullable String rightsUrl() {
    return rightsUrl;
  }

  /**
   * Returns properties the model has no field for.
   *
   * @return properties the model has no field for
   */
  public Extensions extensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Rights that)) {
      return false;
    }
    return Objects.equals(copyrightHolder, that.copyrightHolder)
        && Objects.equals(copyrightNotice, that.copyrightNotice)
        && Objects.equals(usageTerms, that.usageTerms)
        && Objects.equals(rightsUrl, that.rightsUrl)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(copyrightHolder, copyrightNotice, usageTerms, rightsUrl, extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("Rights")
        .add("copyrightHolder", copyrightHolder)
        .add("copyrightNotice", copyrightNotice)
        .add("usageTerms", usageTerms)
        .add("rightsUrl", rightsUrl)
        .add("extensions", extensions)
        .toString();
  }

  /** Builds a {@link Rights}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable String copyrightHolder;
    private @Nullable String copyrightNotice;
    private @Nullable String usageTerms;
    private @Nullable String rightsUrl;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets who holds the copyright.
     *
     * @param value who holds the copyright, or null to clear
     * @return this builder
     */
    public Builder copyrightHolder(@Nullable String value) {
      this.copyrightHolder = value;
      return this;
    }

    /**
     * Sets the copyright notice as shown.
     *
     * @param value the copyright notice as shown, or null to clear
     * @return this builder
     */
    public Builder copyrightNotice(@Nullable String value) {
      this.copyrightNotice = value;
      return this;
    }

    /**
     * Sets the terms under which the article may be used.
     *
     * @param value the terms under which the article may be used, or null to clear
     * @return this builder
     */
    public Builder usageTerms(@Nullable String value) {
      this.usageTerms = value;
      return this;
    }

    /**
     * Sets a link to the licence or rights statement.
     *
     * @param value a link to the licence or rights statement, or null to clear
     * @return this builder
     */
    public Builder rightsUrl(@Nullable String value) {
      this.rightsUrl = value;
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
     * Builds the rights.
     *
     * @return the rights
     */
    public Rights build() {
      return new Rights(this);
    }
  }
}
