package io.github.newsmodel.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/** A hand-written polymorphic body block, discriminated by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PojoBlock.Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = PojoBlock.Heading.class, name = "heading"),
  @JsonSubTypes.Type(value = PojoBlock.Quote.class, name = "quote"),
  @JsonSubTypes.Type(value = PojoBlock.ListBlock.class, name = "list"),
  @JsonSubTypes.Type(value = PojoBlock.MediaReference.class, name = "mediaReference"),
  @JsonSubTypes.Type(value = PojoBlock.Embed.class, name = "embed")
})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class PojoBlock {

  /** A paragraph. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Paragraph extends PojoBlock {
    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();
  }

  /** A heading. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Heading extends PojoBlock {
    /** Level. */
    public int level;

    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();
  }

  /** A quote. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Quote extends PojoBlock {
    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();

    /** Attribution. */
    public String attribution;
  }

  /** A list. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class ListBlock extends PojoBlock {
    /** Numbered. */
    public boolean ordered;

    /** Items. */
    public List<List<@Valid PojoInline>> items = new ArrayList<>();
  }

  /** A media reference. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class MediaReference extends PojoBlock {
    /** Media id. */
    public String mediaId;
  }

  /** An embed. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Embed extends PojoBlock {
    /** URL. */
    @URL public String url;

    /** Provider. */
    public String provider;

    /** Title. */
    public String title;
  }
}
