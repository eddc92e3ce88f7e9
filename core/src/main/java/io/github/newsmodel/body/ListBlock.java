package io.github.newsmodel.body;

import io.github.newsmodel.internal.Checks;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulleted or numbered list; each item is a run of inline content.
 *
 * <pre>{@code
 * ListBlock.of(false, "первое", "второе");
 * }</pre>
 *
 * @param ordered true for a numbered list
 * @param items the items, each a list of inlines
 */
public record ListBlock(boolean ordered, List<List<@Valid Inline>> items) implements Block {

  /**
   * Checks and deeply copies.
   *
   * @param ordered true for a numbered list
   * @param items the items
   */
  public ListBlock {
    items = Checks.copyNested(items, "items");
  }

  /**
   * Returns a list of plain-text items.
   *
   * @param ordered true for a numbered list
   * @param items the item texts
   * @return the list
   */
  public static ListBlock of(boolean ordered, String... items) {
    List<List<Inline>> inlineItems = new ArrayList<>();
    for (String item : items) {
      inlineItems.add(Inlines.ofText(item));
    }
    return new ListBlock(ordered, inlineItems);
  }

  @Override
  public String plainText() {
    StringBuilder text = new StringBuilder();
    for (List<Inline> item : items) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(Inlines.plainText(item));
    }
    return text.toString();
  }
}
