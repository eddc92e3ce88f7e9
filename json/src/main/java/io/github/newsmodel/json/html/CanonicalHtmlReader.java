package io.github.newsmodel.json.html;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTML that is already in the canonical form {@link HtmlWriter} writes, without jsoup.
 *
 * <p>It accepts only a strict subset of that form on which jsoup and {@link HtmlReader} are known
 * to give the same blocks and no warnings, and gives up ({@code null}) on anything else, leaving
 * the input to the jsoup path: no carriage return or NUL anywhere (the HTML parser changes them)
 * and no U+FFFF (jsoup's end-of-input mark); only the entities {@code amp}, {@code lt}, {@code gt}
 * and, in attributes, {@code quot}; no raw {@code <} or {@code >} in text; no link inside a link;
 * links only to http, https or mailto; images only with a usable id, in {@code src} when it is an
 * http(s) URL and in {@code data-media-id} otherwise; a quote attribution only when its text is
 * already in the whitespace-normalised form jsoup gives it; inline elements nested at most {@value
 * #MAX_DEPTH} deep.
 *
 * <p>What it accepts, its blocks write back to byte for byte: every element it accepts is written
 * with the same tags and no other attributes, text and attribute values hold raw only what the
 * writer leaves raw and as entities exactly what it escapes (the four entities above), and the
 * model keeps blocks and inlines as given. So {@link HtmlBodies} needs no write-back to know the
 * conversion is exact.
 */
final class CanonicalHtmlReader {

  /** Deeper inline nesting goes to the jsoup path, which flattens beyond its own limit. */
  static final int MAX_DEPTH = 100;

  /** Thrown to give up; without a stack trace, so giving up costs little. */
  private static final class NotCanonical extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotCanonical() {
      super(null, null, false, false);
    }
  }

  private final String html;
  private int pos;
  private boolean inLink;

  private CanonicalHtmlReader(String html) {
    this.html = html;
  }

  /**
   * Reads canonical HTML.
   *
   * @param html the HTML fragment
   * @return the blocks, or null when the input is not in the subset this reader accepts
   */
  static @Nullable List<Block> read(String html) {
    if (html.indexOf('\r') >= 0
        || html.indexOf('\n') >= 0
        || html.indexOf('\f') >= 0
        || html.indexOf('\0') >= 0
        || html.indexOf('\uffff') >= 0) {
      return null;
    }
    try {
      return new CanonicalHtmlReader(html).blocks();
    } catch (NotCanonical e) {
      return null;
    }
  }

  private List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    while (pos < html.length()) {
      if (take("<p>")) {
        List<Inline> content = inlines(0);
        expect("</p>");
        blocks.add(new Paragraph(content));
      } else if (html.startsWith("<h", pos)
          && pos + 3 < html.length()
          && html.charAt(pos + 2) >= '2'
          && html.charAt(pos + 2) <= '6'
          && html.charAt(pos + 3) == '>') {
        char level = html.charAt(pos + 2);
        pos += 4;
        List<Inline> content = inlines(0);
        expect("</h");
        expect(level);
        expect('>');
        blocks.add(new Heading(level - '0', content));
      } else if (take("<blockquote>")) {
        blocks.add(quote());
      } else if (take("<ul>")) {
        blocks.add(list(false, "</ul>"));
      } else if (take("<ol>")) {
        blocks.add(list(true, "</ol>"));
      } else if (take("<figure><img ")) {
        boolean src = take("src=\"");
        if (!src && !take("data-media-id=\"")) {
          throw new NotCanonical();
        }
        String id = attribute();
        expect("\"></figure>");
        // the writer puts an http(s) URL in src and any other id in data-media-id
        boolean url = id.startsWith("http://") || id.startsWith("https://");
        if (!HtmlReader.usable(id) || url != src) {
          throw new NotCanonical();
        }
        blocks.add(MediaReference.of(id));
      } else {
        throw new NotCanonical();
      }
    }
    return blocks;
  }

  private Quote quote() {
    List<Inline> content = inlines(0);
    String attribution = null;
    if (take("<cite>")) {
      attribution = text();
      expect("</cite>");
      if (!normalised(attribution)) {
        throw new NotCanonical();
      }
    }
    expect("</blockquote>");
    return new Quote(content, attribution);
  }

  /**
   * Whether jsoup's {@code Element.text()} leaves {@code text} as it is: no whitespace but single
   * inner spaces, and none of the characters it drops or treats as whitespace.
   */
  private static boolean normalised(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (c < ' ' || c == '\u00a0' || c == '\u00ad' || c == '\u200b' || c == '\u2028') {
        return false;
      }
    }
    return true;
  }

  private ListBlock list(boolean ordered, String end) {
    List<List<Inline>> items = new ArrayList<>();
    while (take("<li>")) {
      items.add(inlines(0));
      expect("</li>");
    }
    expect(end);
    return new ListBlock(ordered, items);
  }

  /** Inline content up to the next end tag or {@code <cite>}, which is left for the caller. */
  private List<Inline> inlines(int depth) {
    if (depth > MAX_DEPTH) {
      throw new NotCanonical();
    }
    List<Inline> content = new ArrayList<>();
    while (pos < html.length()) {
      char c = html.charAt(pos);
      if (c != '<') {
        content.add(Inline.text(text()));
      } else if (html.startsWith("</", pos) || html.startsWith("<cite>", pos)) {
        return content;
      } else if (take("<br>")) {
        content.add(Inline.lineBreak());
      } else if (take("<strong>")) {
        List<Inline> inner = inlines(depth + 1);
        expect("</strong>");
        content.add(new Inline.Styled(Inline.Style.STRONG, inner));
      } else if (take("<em>")) {
        List<Inline> inner = inlines(depth + 1);
        expect("</em>");
        content.add(new Inline.Styled(Inline.Style.EMPHASIS, inner));
      } else if (!inLink && take("<a href=\"")) {
        String href = attribute();
        expect("\">");
        if (!HtmlReader.keptHref(href)) {
          throw new NotCanonical();
        }
        inLink = true;
        List<Inline> inner = inlines(depth + 1);
        inLink = false;
        expect("</a>");
        content.add(new Inline.Link(href, inner));
      } else {
        throw new NotCanonical();
      }
    }
    throw new NotCanonical(); // unclosed
  }

  /** Text up to the next {@code <}, unescaped; not empty. */
  private String text() {
    return unescapedUpTo('<', false);
  }

  /** An attribute value up to its closing quote, which is left for the caller; unescaped. */
  private String attribute() {
    return unescapedUpTo('"', true);
  }

  /**
   * Reads up to {@code stop}, which is left for the caller, decoding entities; a {@code >} (or, in
   * an attribute, a {@code <}) before it is not canonical.
   */
  private String unescapedUpTo(char stop, boolean inAttribute) {
    int start = pos;
    int end = html.indexOf(stop, pos);
    if (end < 0) {
      throw new NotCanonical();
    }
    StringBuilder decoded = null;
    int copied = start;
    for (int i = start; i < end; i++) {
      char c = html.charAt(i);
      if (c == '>' || (inAttribute && c == '<')) {
        throw new NotCanonical();
      }
      if (c == '&') {
        if (decoded == null) {
          decoded = new StringBuilder(end - start);
        }
        decoded.append(html, copied, i);
        i = entity(i, decoded, inAttribute);
        copied = i + 1;
      }
    }
    pos = end;
    if (decoded == null) {
      return html.substring(start, end);
    }
    return decoded.append(html, copied, end).toString();
  }

  /** Appends the entity at {@code at} and returns the index of its {@code ;}. */
  private int entity(int at, StringBuilder out, boolean quote) {
    if (html.startsWith("&amp;", at)) {
      out.append('&');
      return at + 4;
    }
    if (html.startsWith("&lt;", at)) {
      out.append('<');
      return at + 3;
    }
    if (html.startsWith("&gt;", at)) {
      out.append('>');
      return at + 3;
    }
    if (quote && html.startsWith("&quot;", at)) {
      out.append('"');
      return at + 5;
    }
    throw new NotCanonical();
  }

  private boolean take(String token) {
    if (html.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!take(token)) {
      throw new NotCanonical();
    }
  }

  private void expect(char c) {
    if (pos >= html.length() || html.charAt(pos) != c) {
      throw new NotCanonical();
    }
    pos++;
  }
}
