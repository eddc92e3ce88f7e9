package io.github.newsmodel.media;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.validation.constraints.HttpUrl;
import io.github.newsmodel.validation.constraints.MediaType;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One file of a media item: a size, crop or encoding of it, with its URL.
 *
 * <pre>{@code
 * Rendition thumb = Rendition.builder("https://cdn.example.kz/photo-320.jpg")
 *     .mediaType("image/jpeg").width(320).height(180).purpose("thumbnail").build();
 * }</pre>
 */
public final class Rendition {

  private final @HttpUrl String url;
  private final @Nullable String name;
  private final @MediaType @Nullable String mediaType;
  private final @Positive @Nullable Integer width;
  private final @Positive @Nullable Integer height;
  private final @PositiveOrZero @Nullable Long sizeBytes;
  private final @Nullable Duration duration;
  private final @Nullable String purpose;
  private final @Nullable String videoCodec;
  private final @Positive @Nullable Double frameRate;
  private final @Positive @Nullable Long bitrate;
  private final Extensions extensions;

  private Rendition(Builder builder) {
    this.url = Checks.required(builder.url, "url");
    this.name = builder.name;
    this.mediaType = builder.mediaType;
    this.width = builder.width;
    this.height = builder.height;
    this.sizeBytes = builder.sizeBytes;
    this.duration = builder.duration;
    this.purpose = builder.purpose;
    this.videoCodec = builder.videoCodec;
    this.frameRate = builder.frameRate;
    this.bitrate = builder.bitrate;
    this.extensions = builder.extensions;
  }

  /**
   * Starts a rendition at {@code url}.
   *
   * @param url the file's URL
   * @return a builder
   */
  public static Builder builder(String url) {
    return new Builder().url(url);
  }

  /**
   * Returns a rendition with only a URL.
   *
   * @param url the file's URL
   * @return the rendition
   */
  public static Rendition of(String url) {
    return builder(url).build();
  }

  /**
   * Returns a builder holding this rendition's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .url(url)
        .name(name)
        .mediaType(mediaType)
        .width(width)
        .height(height)
        .sizeBytes(sizeBytes)
        .duration(duration)
        .purpose(purpose)
        .videoCodec(videoCodec)
        .frameRate(frameRate)
        .bitrate(bitrate)
        .extensions(extensions);
  }

  /** {@return the file's URL} */
  public String url() {
    return url;
  }

  /** {@return a name for this rendition (ninjs {@code name}), or null} */
  public @Nullable String name() {
    return name;
  }

  /** {@return the IANA media type, such as {@code image/jpeg}, or null} */
  public @Nullable String mediaType() {
    return mediaType;
  }

  /** {@return the width in pixels, or null} */
  public @Nullable Integer width() {
    return width;
  }

  /** {@return the height in pixels, or null} */
  public @Nullable Integer height() {
    return height;
  }

  /** {@return the file size in bytes, or null} */
  public @Nullable Long sizeBytes() {
    return sizeBytes;
  }

  /** {@return the play time of audio or video, or null} */
  public @Nullable Duration duration() {
    return duration;
  }

  /**
   * Returns what the rendition is for: {@code thumbnail}, {@code 16x9}, {@code 4x3}, {@code 1x1},
   * {@code preview}, {@code original} and so on.
   *
   * @return the purpose, or null
   */
  public @Nullable String purpose() {
    return purpose;
  }

  /** {@return the video codec, such as {@code avc1.42E01E}, or null} */
  public @Nullable String videoCodec() {
    return videoCodec;
  }

  /** {@return frames per second, or null} */
  public @Nullable Double frameRate() {
    return frameRate;
  }

  /** {@return the bit rate in bits per second, or null} */
  public @Nullable Long bitrate() {
    return bitrate;
  }

  /** {@return properties the model has no field for} */
  public Extensions extensions() {
    return extensions;
  }

  /**
   * Returns a copy with another URL.
   *
   * @param newUrl the URL
   * @return the copy
   */
  public Rendition withUrl(String newUrl) {
    return toBuilder().url(newUrl).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Rendition that
        && url.equals(that.url)
        && Objects.equals(name, that.name)
        && Objects.equals(mediaType, that.mediaType)
        && Objects.equals(width, that.width)
        && Objects.equals(height, that.height)
        && Objects.equals(sizeBytes, that.sizeBytes)
        && Objects.equals(duration, that.duration)
        && Objects.equals(purpose, that.purpose)
        && Objects.equals(videoCodec, that.videoCodec)
        && Objects.equals(frameRate, that.frameRate)
        && Objects.equals(bitrate, that.bitrate)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        name,
        mediaType,
        width,
        height,
        sizeBytes,
        duration,
        purpose,
        videoCodec,
        frameRate,
        bitrate,
        extensions);
  }

  @Override
  public String toString() {
    return "Rendition{url="
        + url
        + ", mediaType="
        + mediaType
        + ", width="
        + width
        + ", height="
        + height
        + ", sizeBytes="
        + sizeBytes
        + ", purpose="
        + purpose
        + "}";
  }

  /** Builds a {@link Rendition}; {@code url} is required. Not thread-safe. */
  public static final class Builder {
    private @Nullable String url;
    private @Nullable String name;
    private @Nullable String mediaType;
    private @Nullable Integer width;
    private @Nullable Integer height;
    private @Nullable Long sizeBytes;
    private @Nullable Duration duration;
    private @Nullable String purpose;
    private @Nullable String videoCodec;
    private @Nullable Double frameRate;
    private @Nullable Long bitrate;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /**
     * Sets the URL.
     *
     * @param value the file's URL
     * @return this builder
     */
    public Builder url(String value) {
      this.url = Checks.required(value, "url");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param value a name, or null
     * @return this builder
     */
    public Builder name(@Nullable String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the media type.
     *
     * @param value the media type, or null
     * @return this builder
     */
    public Builder mediaType(@Nullable String value) {
      this.mediaType = value;
      return this;
    }

    /**
     * Sets the width in pixels.
     *
     * @param value the width in pixels, or null
     * @return this builder
     */
    public Builder width(@Nullable Integer value) {
      this.width = value;
      return this;
    }

    /**
     * Sets the height in pixels.
     *
     * @param value the height in pixels, or null
     * @return this builder
     */
    public Builder height(@Nullable Integer value) {
      this.height = value;
      return this;
    }

    /**
     * Sets the size in bytes.
     *
     * @param value the size in bytes, or null
     * @return this builder
     */
    public Builder sizeBytes(@Nullable Long value) {
      this.sizeBytes = value;
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param value the play time, or null
     * @return this builder
     */
    public Builder duration(@Nullable Duration value) {
      this.duration = value;
      return this;
    }

    /**
     * Sets the purpose.
     *
     * @param value the purpose, such as {@code thumbnail}, or null
     * @return this builder
     */
    public Builder purpose(@Nullable String value) {
      this.purpose = value;
      return this;
    }

    /**
     * Sets the video codec.
     *
     * @param value the video codec, or null
     * @return this builder
     */
    public Builder videoCodec(@Nullable String value) {
      this.videoCodec = value;
      return this;
    }

    /**
     * Sets the frame rate.
     *
     * @param value frames per second, or null
     * @return this builder
     */
    public Builder frameRate(@Nullable Double value) {
      this.frameRate = value;
      return this;
    }

    /**
     * Sets the bitrate.
     *
     * @param value bits per second, or null
     * @return this builder
     */
    public Builder bitrate(@Nullable Long value) {
      this.bitrate = value;
      return this;
    }

    /**
     * Sets the extension properties.
     *
     * @param value properties the model has no field for
     * @return this builder
     */
    public Builder extensions(Extensions value) {
      this.extensions = Checks.required(value, "extensions");
      return this;
    }

    /**
     * Builds the rendition.
     *
     * @return the rendition
     * @throws NullPointerException if {@code url} was not set
     */
    public Rendition build() {
      return new Rendition(this);
    }
  }
}
