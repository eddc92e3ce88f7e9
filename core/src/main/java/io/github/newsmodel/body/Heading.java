package io.github.newsmodel.body;

import io.github.newsmodel.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * A heading inside the body, level 2 to 6 (level 1 is the article's headline).
 *
 * <pre>{@code
 * Heading.of(2, "Итоги конференции");
 * }</pre>
 *
 * @param level the level, 2 to 6
 * @param content the inline content
 */
public record Heading(@Min(2) @Max(6) int level, List<@Valid Inline> content) implements Block {

  /**
   * Checks and copies.
   *
   * @param level the level
   * @param content the inline content
   */
  public Heading {
    content = Checks.copy(content, "content");
  }

  /**
   * Returns a heading of plain text.
   *
   * @param level the level, 2 to 6
   * @param text the text
   * @return the heading
   */
  public static Heading of(int level, String text) {
    return new Heading(level, Inlines.ofText(text));
  }

  @Override
  public String plainText() {
    return Inlines.plainText(content);
  }
}
