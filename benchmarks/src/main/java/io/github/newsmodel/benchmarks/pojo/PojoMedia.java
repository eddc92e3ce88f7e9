package io.github.newsmodel.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/** A hand-written media item with its renditions. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PojoMedia {
  /** Kind. */
  @NotNull public String kind;

  /** Identifier. */
  @NotBlank public String id;

  /** URI. */
  public String uri;

  /** Title. */
  public String title;

  /** Caption. */
  public String caption;

  /** Alt text. */
  public String altText;

  /** Credit. */
  public String creditLine;

  /** Creator. */
  @Valid public PojoParts.Party creator;

  /** Copyright. */
  public String copyrightNotice;

  /** Licence. */
  @URL public String licenseUrl;

  /** Usage terms. */
  public String usageTerms;

  /** Language. */
  public String language;

  /** Renditions. */
  public List<@Valid Rendition> renditions = new ArrayList<>();

  /** Focal point. */
  public FocalPoint focalPoint;

  /** A file of the media item. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Rendition {
    /** URL. */
    @NotBlank @URL public String url;

    /** Name. */
    public String name;

    /** Media type. */
    public String mediaType;

    /** Width. */
    @Positive public Integer width;

    /** Height. */
    @Positive public Integer height;

    /** Size. */
    @PositiveOrZero public Long sizeBytes;

    /** Duration. */
    public Duration duration;

    /** Purpose. */
    public String purpose;

    /** Codec. */
    public String videoCodec;

    /** Frame rate. */
    @Positive public Double frameRate;

    /** Bit rate. */
    @Positive public Long bitrate;
  }

  /** A focal point. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class FocalPoint {
    /** X. */
    public double x;

    /** Y. */
    public double y;
  }
}
