package io.github.newsmodel.json.html;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Embed;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import java.util.List;

/** Canonical HTML serialization of blocks; see {@link HtmlBodies}. */
final class HtmlWriter {

  private HtmlWriter() {}

  static String write(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      block(block, out);
    }
    return out.toString();
  }

  private static void block(Block block, StringBuilder out) {
    if (block instanceof Paragraph p) {
      wrap("p", p.content(), out);
    } else if (block instanceof Heading h) {
      wrap("h" + Math.max(2, Math.min(6, h.level())), h.content(), out);
    } else if (block instanceof Quote q) {
      out.append("<blockquote>");
      inlines(q.content(), out);
      if (q.attribution() != null) {
        out.append("<cite>");
        text(q.attribution(), out);
        out.append("</cite>");
      }
      out.append("</blockquote>");
    } else if (block instanceof ListBlock l) {
      String tag = l.ordered() ? "ol" : "ul";
      out.append('<').append(tag).append('>');
      for (List<Inline> item : l.items()) {
        wrap("li", item, out);
      }
      out.append("</").append(tag).append('>');
    } else if (block instanceof MediaReference m) {
      boolean url = m.mediaId().startsWith("http://") || m.mediaId().startsWith("https://");
      out.append(url ? "<figure><img src=\"" : "<figure><img data-media-id=\"");
      attribute(m.mediaId(), out);
      out.append("\"></figure>");
    } else if (block instanceof Embed e) {
      out.append("<p><a href=\"");
      attribute(e.url(), out);
      out.append("\">");
      String title = e.title();
      text(title != null ? title : e.url(), out);
      out.append("</a></p>");
    }
  }

  private static void wrap(String tag, List<Inline> content, StringBuilder out) {
    out.append('<').append(tag).append('>');
    inlines(content, out);
    out.append("</").append(tag).append('>');
  }

  private static void inlines(List<Inline> content, StringBuilder out) {
    for (Inline inline : content) {
      if (inline instanceof Inline.Text t) {
        text(t.value(), out);
      } else if (inline instanceof Inline.Link l) {
        out.append("<a href=\"");
        attribute(l.href(), out);
        out.append("\">");
        inlines(l.content(), out);
        out.append("</a>");
      } else if (inline instanceof Inline.Styled s) {
        wrap(s.style() == Inline.Style.STRONG ? "strong" : "em", s.content(), out);
      } else {
        out.append("<br>");
      }
    }
  }

  /**
   * U+FFFF, which jsoup's tokenizer takes for the end of its input when it starts a run of text, so
   * it is written as a character reference (which jsoup and browsers decode back to U+FFFF).
   */
  static final char NONCHARACTER = '\uffff';

  /** How {@link #NONCHARACTER} is written. */
  static final String NONCHARACTER_REFERENCE = "&#xFFFF;";

  static void text(String value, StringBuilder out) {
    if (plain(value, false)) {
      out.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case NONCHARACTER -> out.append(NONCHARACTER_REFERENCE);
        default -> out.append(c);
      }
    }
  }

  static void attribute(String value, StringBuilder out) {
    if (plain(value, true)) {
      out.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case NONCHARACTER -> out.append(NONCHARACTER_REFERENCE);
        default -> out.append(c);
      }
    }
  }

  /**
   * True when nothing in {@code value} needs escaping, so it can be appended whole. Each character
   * is looked for with {@link String#indexOf(int)}, which the JVM runs as a vector search.
   */
  private static boolean plain(String value, boolean quote) {
    return value.indexOf('&') < 0
        && value.indexOf('<') < 0
        && value.indexOf('>') < 0
        && value.indexOf(NONCHARACTER) < 0
        && !(quote && value.indexOf('"') >= 0);
  }
}
