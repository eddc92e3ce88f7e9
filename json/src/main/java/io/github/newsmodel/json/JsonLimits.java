package io.github.newsmodel.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bounds on what one untrusted JSON document may cost to read. Exceeding one is a problem with code
 * {@code limit.<name>} found while streaming, without reading the rest into memory.
 *
 * <p>Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.builder().maxDocumentBytes(1 << 20).maxDepth(32).build();
 * }</pre>
 */
public final class JsonLimits {

  private static final JsonLimits DEFAULTS = new Builder().build();

  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxArrayLength;
  private final int maxProblems;
  private final int maxPropertyNameLength;

  private JsonLimits(Builder builder) {
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxDepth = builder.maxDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxArrayLength = builder.maxArrayLength;
    this.maxProblems = builder.maxProblems;
    this.maxPropertyNameLength = builder.maxPropertyNameLength;
  }

  /**
   * Returns the defaults: 16 MiB documents, depth 64, 1 MiB strings, 1000-character numbers,
   * 100,000-element arrays, 1000 problems and 10,000-character property names.
   *
   * @return the default limits
   */
  public static JsonLimits defaults() {
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
   * Returns a builder holding these limits.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxDocumentBytes(maxDocumentBytes)
        .maxDepth(maxDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxArrayLength(maxArrayLength)
        .maxProblems(maxProblems)
        .maxPropertyNameLength(maxPropertyNameLength);
  }

  /**
   * Returns the largest document, in bytes (characters for text input); problem {@code
   * limit.document}.
   *
   * @return the maximum document size
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns the deepest nesting of objects and arrays; problem {@code limit.depth}.
   *
   * @return the maximum depth
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the longest string value, in characters; problem {@code limit.string}.
   *
   * @return the maximum string length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number literal, in characters; problem {@code limit.number}.
   *
   * @return the maximum number length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the most elements one array may hold; problem {@code limit.array}.
   *
   * @return the maximum array length
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Returns how many problems are collected before reading stops; problem {@code limit.problems}.
   *
   * @return the maximum number of problems
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns the longest property name, in characters; problem {@code limit.name}.
   *
   * @return the maximum property name length
   */
  public int maxPropertyNameLength() {
    return maxPropertyNameLength;
  }

  /**
   * Compares every limit.
   *
   * @param other the other object
   * @return whether all limits are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonLimits that
        && maxDocumentBytes == that.maxDocumentBytes
        && maxDepth == that.maxDepth
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength
        && maxArrayLength == that.maxArrayLength
        && maxProblems == that.maxProblems
        && maxPropertyNameLength == that.maxPropertyNameLength;
  }

  /**
   * Hashes every limit.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentBytes,
        maxDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        maxProblems,
        maxPropertyNameLength);
  }

  /**
   * Lists every limit.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "JsonLimits{maxDocumentBytes="
        + maxDocumentBytes
        + ", maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxArrayLength="
        + maxArrayLength
        + ", maxProblems="
        + maxProblems
        + ", maxPropertyNameLength="
        + maxPropertyNameLength
        + '}';
  }

  /** Builds {@link JsonLimits}; starts from the defaults. Every limit must be positive. */
  public static final class Builder {
    private long maxDocumentBytes = 16L * 1024 * 1024;
    private int maxDepth = 64;
    private int maxStringLength = 1024 * 1024;
    private int maxNumberLength = 1000;
    private int maxArrayLength = 100_000;
    private int maxProblems = 1000;
    private int maxPropertyNameLength = 10_000;

    private Builder() {}

    /**
     * Sets the largest document, in bytes.
     *
     * @param value a positive size
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDocumentBytes(long value) {
      this.maxDocumentBytes = positive(value, "maxDocumentBytes");
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays; the native format itself needs about 10.
     *
     * @param value a positive depth
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDepth(int value) {
      this.maxDepth = (int) positive(value, "maxDepth");
      return this;
    }

    /**
     * Sets the longest string value, in characters.
     *
     * @param value a positive length
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxStringLength(int value) {
      this.maxStringLength = (int) positive(value, "maxStringLength");
      return this;
    }

    /**
     * Sets the longest number literal, in characters.
     *
     * @param value a positive length
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = (int) positive(value, "maxNumberLength");
      return this;
    }

    /**
     * Sets the most elements one array may hold.
     *
     * @param value a positive count
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxArrayLength(int value) {
      this.maxArrayLength = (int) positive(value, "maxArrayLength");
      return this;
    }

    /**
     * Sets how many problems are collected before reading stops.
     *
     * @param value a positive count
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxProblems(int value) {
      this.maxProblems = (int) positive(value, "maxProblems");
      return this;
    }

    /**
     * Sets the longest property name, in characters.
     *
     * @param value a positive length
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxPropertyNameLength(int value) {
      this.maxPropertyNameLength = (int) positive(value, "maxPropertyNameLength");
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public JsonLimits build() {
      return new JsonLimits(this);
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(
            "JsonLimits." + name + " is " + value + "; expected a positive value");
      }
      return value;
    }
  }
}
