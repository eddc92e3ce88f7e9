package io.github.newsmodel.body;

import java.util.List;

/** Text helpers over inline content. */
final class Inlines {

  private Inlines() {}

  static String plainText(List<? extends Inline> content) {
    StringBuilder text = new StringBuilder();
    for (Inline inline : content) {
      text.append(inline.plainText());
    }
    return text.toString();
  }

  static List<Inline> ofText(String text) {
    return List.of(Inline.text(text));
  }
}
