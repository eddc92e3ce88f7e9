package io.github.newsmodel.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/** Hand-written polymorphic inline content, discriminated by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PojoInline.Text.class, name = "text"),
  @JsonSubTypes.Type(value = PojoInline.Link.class, name = "link"),
  @JsonSubTypes.Type(value = PojoInline.Strong.class, name = "strong"),
  @JsonSubTypes.Type(value = PojoInline.Emphasis.class, name = "emphasis"),
  @JsonSubTypes.Type(value = PojoInline.LineBreak.class, name = "lineBreak")
})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class PojoInline {

  /** Text. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Text extends PojoInline {
    /** The text. */
    public String value;
  }

  /** A link. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Link extends PojoInline {
    /** Target. */
    @URL public String href;

    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();
  }

  /** Strong emphasis. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Strong extends PojoInline {
    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();
  }

  /** Emphasis. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class Emphasis extends PojoInline {
    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();
  }

  /** A line break. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class LineBreak extends PojoInline {}
}
