package io.github.newsmodel.benchmarks.pojo;

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
  @JsonSubTypes.Type(value = PojoInline.Styled.class, name = "strong"),
  @JsonSubTypes.Type(value = PojoInline.Styled.class, name = "emphasis"),
  @JsonSubTypes.Type(value = PojoInline.LineBreak.class, name = "lineBreak")
})
public abstract class PojoInline {

  /** Text. */
  public static class Text extends PojoInline {
    /** The text. */
    public String value;
  }

  /** A link. */
  public static class Link extends PojoInline {
    /** Target. */
    @URL public String href;
    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();
  }

  /** Emphasis. */
  public static class Styled extends PojoInline {
    /** Content. */
    public List<@Valid PojoInline> content = new ArrayList<>();
  }

  /** A line break. */
  public static class LineBreak extends PojoInline {}
}
