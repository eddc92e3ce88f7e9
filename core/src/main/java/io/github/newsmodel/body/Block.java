package io.github.newsmodel.body;

/**
 * One block of an article body. Bodies are ordered lists of blocks; there is no raw HTML.
 *
 * <pre>{@code
 * List<Block> body = List.of(
 *     Heading.of(2, "Итоги"),
 *     Paragraph.of(Inline.text("Казахстан принял участие "), Inline.strong("в конференции"), Inline.text(".")),
 *     MediaReference.of("photo-1"));
 * }</pre>
 */
public sealed interface Block permits Paragraph, Heading, Quote, ListBlock, MediaReference, Embed {

  /**
   * Returns the plain text of this block, inline markup removed (media references and embeds give
   * an empty string).
   *
   * @return the text
   */
  String plainText();
}
