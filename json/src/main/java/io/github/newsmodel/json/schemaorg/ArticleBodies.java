package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Converts between the model's body blocks and schema.org {@code articleBody}, which is plain text.
 *
 * <p>Writing: the plain text of every block, blocks separated by a blank line; blocks without text
 * (media references, embeds) are left out. Reading: the text is split into paragraphs at blank lines;
 * single line breaks inside a paragraph become {@link Inline#lineBreak()}. Text that contains HTML
 * tags goes through {@link #htmlToBlocks(String)}.
 */
final class ArticleBodies {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
  private static final Pattern TAG =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");

  private ArticleBodies() {}

  /** Returns the {@code articleBody} text for blocks, or null when none has text. */
  static String plainText(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      String part = block.plainText().strip();
      if (!part.isEmpty()) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(part);
      }
    }
    return text.toString();
  }

  /** Converts {@code articleBody} text to blocks. */
  static List<Block> toBlocks(String articleBody) {
    if (TAG.matcher(articleBody).find()) {
      return htmlToBlocks(articleBody);
    }
    return paragraphs(articleBody);
  }

  /**
   * The hook for HTML in {@code articleBody}: converts HTML to blocks.
   *
   * <p>Interim implementation: the markup is reduced to text with jsoup (block elements and {@code
   * <br>} become line breaks, entities are decoded, scripts dropped) and split into paragraphs like
   * plain text. Replace the body of this one method with the HTML body converter of {@code
   * io.github.newsmodel.json.html} once it is merged, to keep headings, lists, links and emphasis.
   */
  static List<Block> htmlToBlocks(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.select("script, style, template").remove();
    document
        .select("p, div, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figure, figcaption, tr")
        .after("\n\n");
    return paragraphs(document.body().wholeText());
  }

  /** Splits text into paragraphs at blank lines; other line breaks stay inside their paragraph. */
  static List<Block> paragraphs(String text) {
    List<Block> blocks = new ArrayList<>();
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (String part : BLANK_LINE.split(normalized)) {
      List<Inline> content = new ArrayList<>();
      for (String line : part.split("\n")) {
        String cleaned = line.strip();
        if (cleaned.isEmpty()) {
          continue;
        }
        if (!content.isEmpty()) {
          content.add(Inline.lineBreak());
        }
        content.add(Inline.text(cleaned));
      }
      if (!content.isEmpty()) {
        blocks.add(new Paragraph(content));
      }
    }
    return blocks;
  }
}
