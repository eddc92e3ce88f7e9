package io.github.newsmodel.json.html;

import io.github.newsmodel.body.Block;
import java.util.List;
import java.util.Objects;

/**
 * Converts article bodies between HTML and newsmodel {@link Block}s.
 *
 * <p><b>Reading</b> ({@link #toBlocks(String, String)}) parses with jsoup and keeps an allowlist:
 * {@code p}, {@code h2}–{@code h6} ({@code h1} becomes a level-2 heading), {@code blockquote} (a
 * trailing {@code cite} is the attribution), {@code ul}/{@code ol} with {@code li}, {@code a} with
 * an {@code http}, {@code https} or {@code mailto} {@code href}, {@code strong}/{@code b}, {@code
 * em}/{@code i}, {@code br}, and {@code figure}/{@code img} as a {@code MediaReference}. The media
 * id of an image is its {@code data-media-id} attribute when present (on the {@code img} or its
 * {@code figure}), otherwise its {@code src}. Scripts, styles, iframes and other active or embedded
 * content, {@code on*} event handler and {@code style} attributes, and links that are not http,
 * https or mailto (such as {@code javascript:}) are dropped and reported as {@code html.dropped}
 * warnings; other unknown elements are unwrapped (their text is kept) and reported as {@code
 * html.unwrapped}, as is a link inside a kept link (HTML cannot nest links). Every warning carries
 * the pointer the caller passed (the location of the HTML string in its document) and names the
 * element path in its message.
 *
 * <p><b>Writing</b> ({@link #toHtml(List)}) produces the canonical serialization: blocks are
 * concatenated with nothing between them; a paragraph is {@code <p>…</p>}, a heading {@code
 * <hN>…</hN>}, a quote {@code <blockquote>…<cite>attribution</cite></blockquote>} (no {@code cite}
 * without attribution), a list {@code <ul><li>…</li></ul>} or {@code <ol>…</ol>}, a media reference
 * {@code <figure><img data-media-id="id"></figure>} (or {@code <img src="url">} when the id is an
 * http(s) URL), an embed a paragraph holding a link to it; inline content is text, {@code <a
 * href="…">}, {@code <strong>}, {@code <em>} and {@code <br>}, with no other attributes and no
 * whitespace added. Text escapes only {@code &}, {@code <} and {@code >}; attribute values escape
 * {@code &}, {@code <}, {@code >} and {@code "}; all other characters are written as they are (the
 * output is a Java string; encode it as UTF-8). HTML in this canonical form, such as {@code <p>a
 * <strong>b</strong></p><h2>t</h2>}, converts to blocks and back byte for byte.
 *
 * <p>HTML already in this canonical form, as {@link #toHtml(List)} writes it, is read without jsoup
 * by a strict reader of that form alone, which gives the same blocks as the jsoup path.
 *
 * <p>Thread-safe; all methods are static.
 */
public final class HtmlBodies {

  private HtmlBodies() {}

  /**
   * Converts HTML to blocks, locating warnings at the document root pointer {@code ""}.
   *
   * @param html the HTML fragment
   * @return the blocks and warnings
   */
  public static HtmlConversion toBlocks(String html) {
    return toBlocks(html, "");
  }

  /**
   * Converts HTML to blocks.
   *
   * @param html the HTML fragment
   * @param pointer the JSON Pointer of the HTML string in its document, given to every warning
   * @return the blocks and warnings
   */
  public static HtmlConversion toBlocks(String html, String pointer) {
    Objects.requireNonNull(html, "html must not be null");
    Objects.requireNonNull(pointer, "pointer must not be null");
    List<Block> canonical = CanonicalHtmlReader.read(html);
    if (canonical != null) {
      // the canonical reader accepts only HTML its blocks write back to byte for byte
      return new HtmlConversion(canonical, List.of(), true);
    }
    return withJsoup(html, pointer);
  }

  /** Converts with jsoup and {@link HtmlReader}, the path for HTML that is not canonical. */
  static HtmlConversion withJsoup(String html, String pointer) {
    HtmlReader reader = new HtmlReader(pointer);
    List<Block> blocks = reader.read(html);
    return new HtmlConversion(blocks, reader.warnings(), toHtml(blocks).equals(html));
  }

  /**
   * Writes blocks as canonical HTML (see the class description).
   *
   * @param blocks the blocks
   * @return the HTML
   */
  public static String toHtml(List<Block> blocks) {
    Objects.requireNonNull(blocks, "blocks must not be null");
    return HtmlWriter.write(blocks);
  }
}
