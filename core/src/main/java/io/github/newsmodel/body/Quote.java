package io.github.newsmodel.body;

import io.github.newsmodel.internal.Checks;
import io.github.newsmodel.validation.constraints.CleanText;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A block quotation, optionally attributed.
 *
 * <pre>{@code
 * Quote.of("О мировом единстве за справедливый мир и согласие", "Касым-Жомарт Токаев");
 * }</pre>
 *
 * @param content the quoted inline content
 * @param attribution who said it, or null
 */
public record Quote(List<@Valid Inline> content, @CleanText @Nullable String attribution)
    implements Block {

  /**
   * Checks and copies.
   *
   * @param content the quoted content
   * @param attribution who said it, or null
   */
  public Quote {
    content = Checks.copy(content, "content");
  }

  /**
   * Returns a quote of plain text.
   *
   * @param text the quoted text
   * @param attribution who said it, or null
   * @return the quote
   */
  public static Quote of(String text, @Nullable String attribution) {
    return new Quote(Inlines.ofText(text), attribution);
  }

  @Override
  public String plainText() {
    return Inlines.plainText(content);
  }
}
