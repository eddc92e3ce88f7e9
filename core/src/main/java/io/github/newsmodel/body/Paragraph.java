package io.github.newsmodel.body;

import io.github.newsmodel.internal.Checks;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph of inline content.
 *
 * <pre>{@code
 * Paragraph.of("Казахстан принял участие во Второй конференции.");
 * }</pre>
 *
 * @param content the inline content
 */
public record Paragraph(List<@Valid Inline> content) implements Block {

  /**
   * Checks and copies.
   *
   * @param content the inline content
   */
  public Paragraph {
    content = Checks.copy(content, "content");
  }

  /**
   * Returns a paragraph of plain text.
   *
   * @param text the text
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return new Paragraph(Inlines.ofText(text));
  }

  /**
   * Returns a paragraph of inline content.
   *
   * @param content the content
   * @return the paragraph
   */
  public static Paragraph of(Inline... content) {
    return new Paragraph(Arrays.asList(content));
  }

  @Override
  public String plainText() {
    return Inlines.plainText(content);
  }
}
