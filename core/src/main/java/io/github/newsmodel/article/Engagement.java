package io.github.newsmodel.article;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.internal.ValueText;
import io.github.newsmodel.time.NewsDateTime;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How readers engaged with an article, counted at a point in time: views, shares, comments,
 * reactions. Counters are {@code long}s and never negative.
 *
 * <pre>{@code
 * Engagement seen = Engagement.views(759, NewsDateTime.parse("2023-11-29T08:00:00+06:00"));
 * }</pre>
 */
public final class Engagement {

  private final @PositiveOrZero @Nullable Long views;
  private final @PositiveOrZero @Nullable Long shares;
  private final @PositiveOrZero @Nullable Long comments;
  private final @PositiveOrZero @Nullable Long reactions;
  private final @Nullable NewsDateTime asOf;
  private final Extensions extensions;

  private Engagement(Builder builder) {
    this.views = builder.views;
    this.shares = builder.shares;
    this.comments = builder.comments;
    this.reactions = builder.reactions;
    this.asOf = builder.asOf;
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
   * Returns a builder holding this engagement's values, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .views(views)
        .shares(shares)
        .comments(comments)
        .reactions(reactions)
        .asOf(asOf)
        .extensions(extensions);
  }

  /**
   * Returns how many times the article was viewed.
   *
   * @return how many times the article was viewed, or null
   */
  public @Nullable Long views() {
    return views;
  }

  /**
   * Returns how many times it was shared.
   *
   * @return how many times it was shared, or null
   */
  public @Nullable Long shares() {
    return shares;
  }

  /**
   * Returns how many comments it has.
   *
   * @return how many comments it has, or null
   */
  public @Nullable Long comments() {
    return comments;
  }

  /**
   * Returns how many reactions (likes and the like) it has.
   *
   * @return how many reactions (likes and the like) it has, or null
   */
  public @Nullable Long reactions() {
    return reactions;
  }

  /**
   * Returns when the counters were read.
   *
   * @return when the counters were read, or null
   */
  public @Nullable NewsDateTime asOf() {
    return asOf;
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
   * Returns a view count read at {@code asOf}.
   *
   * @param views the number of views
   * @param asOf when it was read, or null when unknown
   * @return the engagement
   */
  public static Engagement views(long views, @Nullable NewsDateTime asOf) {
    return builder().views(views).asOf(asOf).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Engagement that)) {
      return false;
    }
    return Objects.equals(views, that.views)
        && Objects.equals(shares, that.shares)
        && Objects.equals(comments, that.comments)
        && Objects.equals(reactions, that.reactions)
        && Objects.equals(asOf, that.asOf)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(views, shares, comments, reactions, asOf, extensions);
  }

  @Override
  public String toString() {
    return ValueText.of("Engagement")
        .add("views", views)
        .add("shares", shares)
        .add("comments", comments)
        .add("reactions", reactions)
        .add("asOf", asOf)
        .add("extensions", extensions)
        .toString();
  }

  /**
   * Builds a {@link Engagement}. Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private @Nullable Long views;
    private @Nullable Long shares;
    private @Nullable Long comments;
    private @Nullable Long reactions;
    private @Nullable NewsDateTime asOf;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets how many times the article was viewed.
     *
     * @param value how many times the article was viewed, or null to clear
     * @return this builder
     */
    public Builder views(@Nullable Long value) {
      this.views = value;
      return this;
    }

    /**
     * Sets how many times it was shared.
     *
     * @param value how many times it was shared, or null to clear
     * @return this builder
     */
    public Builder shares(@Nullable Long value) {
      this.shares = value;
      return this;
    }

    /**
     * Sets how many comments it has.
     *
     * @param value how many comments it has, or null to clear
     * @return this builder
     */
    public Builder comments(@Nullable Long value) {
      this.comments = value;
      return this;
    }

    /**
     * Sets how many reactions (likes and the like) it has.
     *
     * @param value how many reactions (likes and the like) it has, or null to clear
     * @return this builder
     */
    public Builder reactions(@Nullable Long value) {
      this.reactions = value;
      return this;
    }

    /**
     * Sets when the counters were read.
     *
     * @param value when the counters were read, or null to clear
     * @return this builder
     */
    public Builder asOf(@Nullable NewsDateTime value) {
      this.asOf = value;
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
     * Builds the engagement.
     *
     * @return the engagement
     */
    public Engagement build() {
      return new Engagement(this);
    }
  }
}
