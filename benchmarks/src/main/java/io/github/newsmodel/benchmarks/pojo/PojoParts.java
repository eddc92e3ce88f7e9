package io.github.newsmodel.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/** The small hand-written classes of the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class PojoParts {

  private PojoParts() {}

  /** An alternate id. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class AlternateId {
    /** Role. */
    public String role;

    /** Value. */
    @NotBlank public String value;
  }

  /** A genre. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Genre {
    /** Name. */
    public String name;

    /** URI. */
    public String uri;

    /** Code. */
    public String code;
  }

  /** A person or organisation. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Party {
    /** Kind. */
    public String kind;

    /** Name. */
    @NotBlank public String name;

    /** Role. */
    public String role;

    /** URL. */
    @URL public String url;

    /** URI. */
    public String uri;

    /** Job title. */
    public String jobTitle;

    /** Logo. */
    @URL public String logoUrl;
  }

  /** A source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Source {
    /** Name. */
    @NotBlank public String name;

    /** Roles. */
    public List<String> roles = new ArrayList<>();

    /** URL. */
    @URL public String url;

    /** URI. */
    public String uri;

    /** Kind. */
    public String kind;
  }

  /** A named entity. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Entity {
    /** Kind. */
    public String kind;

    /** Name. */
    @NotBlank public String name;

    /** URI. */
    public String uri;

    /** Code. */
    public String code;

    /** Relation. */
    public String rel;

    /** Relevance. */
    @Min(0)
    @Max(100)
    public Integer relevance;

    /** Confidence. */
    @Min(0)
    @Max(100)
    public Integer confidence;

    /** Creator. */
    public String creator;

    /** Language. */
    public String language;
  }

  /** Counters. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Engagement {
    /** Views. */
    @PositiveOrZero public Long views;

    /** Shares. */
    @PositiveOrZero public Long shares;

    /** Comments. */
    @PositiveOrZero public Long comments;

    /** Reactions. */
    @PositiveOrZero public Long reactions;

    /** As of. */
    @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
    public OffsetDateTime asOf;
  }

  /** Rights. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Rights {
    /** Holder. */
    public String copyrightHolder;

    /** Notice. */
    public String copyrightNotice;

    /** Terms. */
    public String usageTerms;

    /** Link. */
    @URL public String rightsUrl;
  }

  /** A share link. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class ShareLink {
    /** Platform id. */
    @NotBlank public String platform;

    /** URL. */
    @URL public String url;
  }

  /** A follow link. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class FollowLink {
    /** Service. */
    @NotBlank public String service;

    /** URL. */
    @URL public String url;

    /** Label. */
    public String label;

    /** Language. */
    public String language;
  }

  /** A related article. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Related {
    /** URL. */
    @URL public String url;

    /** Headline. */
    public String headline;

    /** Relation. */
    public String rel;

    /** Id. */
    public String id;
  }
}
