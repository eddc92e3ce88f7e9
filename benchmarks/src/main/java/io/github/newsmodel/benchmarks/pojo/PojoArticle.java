package io.github.newsmodel.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.URL;

/** A hand-written, mutable article class for the same JSON as newsmodel's native format. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PojoArticle {
  /** Format version. */
  public String formatVersion;

  /** Identifier. */
  @NotBlank public String id;

  /** Other identifiers. */
  public List<PojoParts.@Valid AlternateId> alternateIds = new ArrayList<>();

  /** Canonical URL. */
  @URL public String canonicalUrl;

  /** BCP 47 language. */
  @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")
  public String language;

  /** Content type. */
  public String type;

  /** Genres. */
  public List<PojoParts.@Valid Genre> genres = new ArrayList<>();

  /** Rubric. */
  public String section;

  /** Headline. */
  @NotBlank public String headline;

  /** Subheadline. */
  public String subheadline;

  /** Summary. */
  public String summary;

  /** Slugline. */
  public String slugline;

  /** Byline. */
  public String byline;

  /** Dateline. */
  public String dateline;

  /** Body blocks. */
  public List<@Valid PojoBlock> body = new ArrayList<>();

  /** Authors. */
  public List<PojoParts.@Valid Party> authors = new ArrayList<>();

  /** Publisher. */
  @Valid public PojoParts.Party publisher;

  /** Sources. */
  public List<PojoParts.@Valid Source> sources = new ArrayList<>();

  /** Named entities. */
  public List<PojoParts.@Valid Entity> entities = new ArrayList<>();

  /** Keywords. */
  public List<@NotBlank String> keywords = new ArrayList<>();

  /** First published. */
  @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
  public OffsetDateTime firstPublished;

  /** Modified. */
  @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
  public OffsetDateTime modified;

  /** Created. */
  @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
  public OffsetDateTime created;

  /** Embargo. */
  @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
  public OffsetDateTime embargoedUntil;

  /** Expiry. */
  @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
  public OffsetDateTime expires;

  /** Status. */
  public String status;

  /** Urgency. */
  @Min(1)
  @Max(9)
  public Integer urgency;

  /** Version. */
  public String version;

  /** Counters. */
  @Valid public PojoParts.Engagement engagement;

  /** Rights. */
  @Valid public PojoParts.Rights rights;

  /** Editorial note. */
  public String editorialNote;

  /** Media. */
  public List<@Valid PojoMedia> media = new ArrayList<>();

  /** Share links. */
  public List<PojoParts.@Valid ShareLink> shareLinks = new ArrayList<>();

  /** Follow links. */
  public List<PojoParts.@Valid FollowLink> followLinks = new ArrayList<>();

  /** Related articles. */
  public List<PojoParts.@Valid Related> related = new ArrayList<>();

  /** Anything else. */
  public Map<String, Object> extensions;
}
