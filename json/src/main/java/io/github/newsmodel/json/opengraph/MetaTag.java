package io.github.newsmodel.json.opengraph;

import java.util.Objects;

/**
 * One Open Graph {@code <meta>} tag, such as {@code og:title} or {@code article:tag}.
 *
 * <p>See {@link io.github.newsmodel.json.opengraph.OpenGraph} for an example.
 *
 * @param property the property name, e.g. {@code og:image:width}
 * @param content the value, unescaped
 */
public record MetaTag(String property, String content) {
  /**
   * Checks the components.
   *
   * @param property the property name
   * @param content the value, unescaped
   * @throws NullPointerException if a component is null
   */
  public MetaTag {
    Objects.requireNonNull(property, "MetaTag.property must not be null");
    Objects.requireNonNull(content, "MetaTag.content must not be null");
  }

  /**
   * Returns the HTML element, attribute values escaped: {@code <meta property="og:title"
   * content="&quot;A&quot; &amp; B">}.
   *
   * @return the element
   */
  @SuppressWarnings("EscapedEntity") // the example shows the escaped output, entities and all
  public String toHtml() {
    return "<meta property=\"" + escape(property) + "\" content=\"" + escape(content) + "\">";
  }

  /**
   * Escapes text for a double- or single-quoted HTML attribute value: {@code &}, {@code <}, {@code
   * >}, {@code "} and {@code '} become character references; all other characters, Cyrillic and
   * emoji included, are kept as they are (the page is expected to be UTF-8).
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
