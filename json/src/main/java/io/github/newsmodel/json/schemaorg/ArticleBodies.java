package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Converts between the model's body blocks and schema.org {@code articleBody}, which is plain text.
 *
 * <p>Writing: the plain text of every block, blocks separated by a blank line; blocks without text
 * (media references, embeds) are left out. Reading: the text is split into paragraphs at blank
 * lines; single line breaks inside a paragraph become {@link Inline#lineBreak()}. Text that
 * contains HTML tags goes through the HTML body converter of {@code io.github.newsmodel.json.html}.
 */
final class ArticleBodies {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");

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

  /**
   * Converts {@code articleBody} text to blocks; text with HTML tags goes through the allowlisting
   * {@link HtmlBodies} converter, whose warnings (dropped scripts, unsafe links) go to {@code
   * sink}.
   */
  static List<Block> toBlocks(String articleBody, String pointer, Sink sink) {
    if (!TAG.matcher(articleBody).find()) {
      return paragraphs(articleBody);
    }
    HtmlConversion conversion = HtmlBodies.toBlocks(articleBody, pointer);
    for (JsonProblem warning : conversion.warnings()) {
      sink.warning(warning.pointer(), warning.code(), warning.message());
    }
    return conversion.blocks();
  }

  /** Splits text into paragraphs at blank lines; other line breaks stay inside their paragraph. */
  static List<Block> paragraphs(String text) {
    List<Block> blocks = new ArrayList<>();
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (String part : BLANK_LINE.split(normalized, -1)) {
      List<Inline> content = new ArrayList<>();
      for (String line : part.split("\n", -1)) {
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
