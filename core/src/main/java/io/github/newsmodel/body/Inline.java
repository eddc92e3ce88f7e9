package io.github.newsmodel.body;

import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;

/**
 * Inline content inside a block: text, links, emphasis and line breaks.
 *
 * <pre>{@code
 * Inline.link("https://el.kz/", Inline.text("El.kz"));
 * Inline.emphasis(Inline.text("справедливый мир"));
 * }</pre>
 */
public sealed interface Inline permits Inline.Text, Inline.Link, Inline.Styled, Inline.LineBreak {

  /**
   * Returns the text of this inline, markup removed.
   *
   * @return the text
   */
  String plainText();

  /**
   * Returns plain text.
   *
   * @param text the text
   * @return the inline
   */
  static Text text(String text) {
    return new Text(text);
  }

  /**
   * Returns a link.
   *
   * @param href an http, https or mailto URL
   * @param content the link text
   * @return the inline
   */
  static Link link(String href, Inline... content) {
    return new Link(href, Arrays.asList(content));
  }

  /**
   * Returns strongly emphasised content (HTML {@code strong}).
   *
   * @param content the content
   * @return the inline
   */
  static Styled strong(Inline... content) {
    return new Styled(Style.STRONG, Arrays.asList(content));
  }

  /**
   * Returns strongly emphasised text.
   *
   * @param text the text
   * @return the inline
   */
  static Styled strong(String text) {
    return strong(text(text));
  }

  /**
   * Returns emphasised content (HTML {@code em}).
   *
   * @param content the content
   * @return the inline
   */
  static Styled emphasis(Inline... content) {
    return new Styled(Style.EMPHASIS, Arrays.asList(content));
  }

  /**
   * Returns a line break.
   *
   * @return the line break
   */
  static LineBreak lineBreak() {
    return LineBreak.INSTANCE;
  }

  /** Kinds of emphasis. */
  enum Style {
    /** Strong importance (HTML {@code strong}, {@code b}). */
    STRONG,
    /** Stress emphasis (HTML {@code em}, {@code i}). */
    EMPHASIS
  }

  /**
   * Plain text.
   *
   * @param value the text, possibly empty
   */
  record Text(@CleanText String value) implements Inline {
    /**
     * Checks the value.
     *
     * @param value the text
     */
    public Text {
      Checks.required(value, "value");
    }

    @Override
    public String plainText() {
      return value;
    }
  }

  /**
   * A hyperlink.
   *
   * @param href the target: http, https or mailto
   * @param content the link text
   */
  record Link(@HttpUrl(allowMailto = true) String href, List<@Valid Inline> content)
      implements Inline {
    /**
     * Checks and copies.
     *
     * @param href the target
     * @param content the link text
     */
    public Link {
      Checks.required(href, "href");
      content = Checks.copy(content, "content");
    }

    @Override
    public String plainText() {
      return Inlines.plainText(content);
    }
  }

  /**
   * Emphasised content.
   *
   * @param style the kind of emphasis
   * @param content the content
   */
  record Styled(Style style, List<@Valid Inline> content) implements Inline {
    /**
     * Checks and copies.
     *
     * @param style the kind of emphasis
     * @param content the content
     */
    public Styled {
      Checks.required(style, "style");
      content = Checks.copy(content, "content");
    }

    @Override
    public String plainText() {
      return Inlines.plainText(content);
    }
  }

  /** A line break inside a block (HTML {@code br}). */
  final class LineBreak implements Inline {
    static final LineBreak INSTANCE = new LineBreak();

    private LineBreak() {}

    @Override
    public String plainText() {
      return "\n";
    }

    @Override
    public String toString() {
      return "LineBreak";
    }
  }
}
