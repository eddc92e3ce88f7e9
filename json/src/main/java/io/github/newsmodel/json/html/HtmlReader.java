package io.github.newsmodel.json.html;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/** Converts an HTML fragment to blocks with the allowlist described in {@link HtmlBodies}. */
final class HtmlReader {

  private static final int MAX_DEPTH = 200;

  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "noscript",
          "template",
          "svg",
          "math",
          "form",
          "input",
          "button",
          "select",
          "textarea",
          "link",
          "meta",
          "base",
          "canvas",
          "audio",
          "video",
          "source",
          "track",
          "head",
          "title",
          "param",
          "portal",
          "dialog");

  private final String pointer;
  private final List<JsonProblem> warnings = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private List<Inline> loose = new ArrayList<>();
  private final List<Block> deferred = new ArrayList<>();

  /** Whether the element being read is inside a link that is kept (HTML cannot nest links). */
  private boolean inLink;

  HtmlReader(String pointer) {
    this.pointer = pointer;
  }

  List<JsonProblem> warnings() {
    return List.copyOf(warnings);
  }

  List<Block> read(String html) {
    // a raw U+FFFF would end jsoup's input where it starts a run of text, losing what follows
    String input =
        html.indexOf(HtmlWriter.NONCHARACTER) < 0
            ? html
            : html.replace(
                String.valueOf(HtmlWriter.NONCHARACTER), HtmlWriter.NONCHARACTER_REFERENCE);
    Element body = Jsoup.parseBodyFragment(input).body();
    blockChildren(body, 0);
    flushLoose();
    return List.copyOf(blocks);
  }

  private void blockChildren(Element parent, int depth) {
    for (Node child : parent.childNodes()) {
      blockNode(child, depth + 1);
    }
  }

  private void blockNode(Node node, int depth) {
    if (node instanceof TextNode text) {
      if (!text.isBlank()) {
        loose.add(Inline.text(flowText(text)));
      }
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    String tag = element.normalName();
    if (depth > MAX_DEPTH) {
      tooDeep(element);
      loose.add(Inline.text(element.text()));
      return;
    }
    if (DROPPED.contains(tag)) {
      drop(element, "element <" + tag + "> with its content");
      return;
    }
    if (!tag.equals("img")) {
      checkAttributes(element); // an image's are checked where it is read, wherever it sits
    }
    switch (tag) {
      case "p" -> paragraph(element, depth);
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        int level = tag.charAt(1) - '0';
        if (level == 1) {
          warn("html.changed", element, "<h1> became a level-2 heading");
        }
        flushLoose();
        emit(new Heading(Math.max(2, level), inlines(element, depth)));
      }
      case "blockquote" -> quote(element, depth);
      case "ul", "ol" -> list(element, tag.equals("ol"), depth);
      case "figure" -> figure(element);
      case "img" -> image(element, element);
      case "br", "hr" -> {}
      case "a", "strong", "b", "em", "i" -> loose.addAll(inline(element, depth));
      default -> {
        if (!Set.of("div", "section", "article", "main", "body").contains(tag)) {
          warn(
              "html.unwrapped",
              element,
              "element <" + tag + "> is not allowed; its content is kept");
        }
        blockChildren(element, depth);
      }
    }
  }

  private void paragraph(Element element, int depth) {
    flushLoose();
    List<Inline> content = new ArrayList<>();
    for (Node child : element.childNodes()) {
      // a <figure> is never a child of a <p>: the HTML parser closes the paragraph before it
      if (child instanceof Element e && e.normalName().equals("img")) {
        emit(new Paragraph(merge(content)));
        content = new ArrayList<>();
        image(e, e);
      } else {
        content.addAll(inlineNode(child, depth + 1));
      }
    }
    emit(new Paragraph(merge(content)));
  }

  private void quote(Element element, int depth) {
    flushLoose();
    List<Inline> content = new ArrayList<>();
    String attribution = null;
    List<Node> children = element.childNodes();
    for (int i = 0; i < children.size(); i++) {
      Node child = children.get(i);
      if (child instanceof Element e && e.normalName().equals("cite") && isLast(children, i)) {
        attribution = e.text();
      } else if (child instanceof Element e && e.normalName().equals("p")) {
        if (!content.isEmpty()) {
          content.add(Inline.lineBreak());
        }
        content.addAll(inlines(e, depth + 1));
      } else {
        content.addAll(inlineNode(child, depth + 1));
      }
    }
    emit(new Quote(merge(content), attribution));
  }

  private static boolean isLast(List<Node> children, int index) {
    for (int i = index + 1; i < children.size(); i++) {
      if (!(children.get(i) instanceof TextNode t && t.isBlank())) {
        return false;
      }
    }
    return true;
  }

  private void list(Element element, boolean ordered, int depth) {
    flushLoose();
    List<List<Inline>> items = new ArrayList<>();
    for (Element child : element.children()) {
      if (child.normalName().equals("li")) {
        checkAttributes(child);
        items.add(inlines(child, depth + 1));
      } else if (DROPPED.contains(child.normalName())) {
        drop(child, "element <" + child.normalName() + "> with its content");
      } else {
        warn(
            "html.unwrapped",
            child,
            "element <" + child.normalName() + "> is not a list item; its text became an item");
        items.add(merge(List.of(Inline.text(child.text()))));
      }
    }
    emit(new ListBlock(ordered, items));
  }

  private void figure(Element figure) {
    flushLoose();
    Element img = figure.getElementsByTag("img").first();
    for (Element caption : figure.getElementsByTag("figcaption")) {
      warn(
          "html.dropped",
          caption,
          "figure caption '"
              + caption.text()
              + "' is not kept (a caption belongs to the media item)");
    }
    for (Element inner : figure.getAllElements()) {
      if (!inner.equals(figure) && DROPPED.contains(inner.normalName())) {
        drop(inner, "element <" + inner.normalName() + "> inside a figure");
      }
    }
    if (img == null) {
      String id = figure.attr("data-media-id");
      if (usable(id)) {
        emit(MediaReference.of(id));
      } else {
        drop(figure, "figure without an image");
      }
      return;
    }
    image(img, figure);
  }

  private void image(Element img, Element holder) {
    checkAttributes(img);
    String id = mediaId(img, holder);
    if (!usable(id)) {
      drop(img, "image without a data-media-id or usable src");
      return;
    }
    flushLoose();
    blocks.add(MediaReference.of(id));
  }

  /**
   * The media id of an image: the {@code data-media-id} of the image, else of the element holding
   * it (its figure), else the image's {@code src}; blank when there is none.
   */
  private static String mediaId(@Nullable Element img, Element holder) {
    String id = img == null ? "" : img.attr("data-media-id");
    if (id.isBlank()) {
      id = holder.attr("data-media-id");
    }
    if (id.isBlank() && img != null) {
      id = img.attr("src");
    }
    return id;
  }

  /** Whether an image id or src can become a media reference: not blank, not javascript:. */
  static boolean usable(String id) {
    return !id.isBlank() && !id.trim().toLowerCase(Locale.ROOT).startsWith("javascript:");
  }

  /**
   * The text of a text node as a browser lays it out: a run of white space holding a line break or
   * form feed is one space (so no control character reaches the model's one-line text); other
   * spaces and tabs stay as written.
   */
  static String flowText(TextNode node) {
    String text = node.getWholeText();
    int length = text.length();
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < length; i++) {
      if (!isLineBreak(text.charAt(i))) {
        continue;
      }
      int start = i;
      while (start > 0 && isHtmlSpace(text.charAt(start - 1))) {
        start--;
      }
      int end = i;
      while (end < length && isHtmlSpace(text.charAt(end))) {
        end++;
      }
      if (out == null) {
        out = new StringBuilder(length);
      }
      out.append(text, copied, Math.max(copied, start)).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? text : out.append(text, copied, length).toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || isLineBreak(c);
  }

  private List<Inline> inlines(Element element, int depth) {
    List<Inline> content = new ArrayList<>();
    for (Node child : element.childNodes()) {
      content.addAll(inlineNode(child, depth + 1));
    }
    return merge(content);
  }

  private List<Inline> inlineNode(Node node, int depth) {
    if (node instanceof TextNode text) {
      return List.of(Inline.text(flowText(text)));
    }
    if (node instanceof Element element) {
      return inline(element, depth);
    }
    return List.of();
  }

  private List<Inline> inline(Element element, int depth) {
    String tag = element.normalName();
    if (depth > MAX_DEPTH) {
      tooDeep(element);
      return List.of(Inline.text(element.text()));
    }
    if (DROPPED.contains(tag)) {
      drop(element, "element <" + tag + "> with its content");
      return List.of();
    }
    checkAttributes(element);
    switch (tag) {
      case "br":
        return List.of(Inline.lineBreak());
      case "strong", "b":
        return List.of(new Inline.Styled(Inline.Style.STRONG, inlines(element, depth)));
      case "em", "i":
        return List.of(new Inline.Styled(Inline.Style.EMPHASIS, inlines(element, depth)));
      case "a":
        return link(element, depth);
      case "img", "figure":
        Element img = tag.equals("img") ? element : element.getElementsByTag("img").first();
        String id = mediaId(img, element);
        if (!usable(id)) {
          drop(element, "image without a data-media-id or usable src");
        } else {
          deferred.add(MediaReference.of(id));
        }
        return List.of();
      default:
        warn(
            "html.unwrapped", element, "element <" + tag + "> is not allowed; its content is kept");
        return inlines(element, depth);
    }
  }

  private List<Inline> link(Element element, int depth) {
    String href = element.attr("href");
    boolean kept = keptHref(href);
    if (kept && inLink) {
      // A link inside a link cannot be written as HTML (a parser closes the outer <a> at the inner
      // one), so the inner link is unwrapped into the outer link's text.
      warn("html.unwrapped", element, "link inside a link is not kept; its text is kept");
      return inlines(element, depth);
    }
    if (kept) {
      inLink = true;
      try {
        return List.of(new Inline.Link(href, inlines(element, depth)));
      } finally {
        inLink = false;
      }
    }
    List<Inline> content = inlines(element, depth);
    if (element.hasAttr("href")) {
      drop(
          element,
          "link to '"
              + abbreviate(href)
              + "' (only http, https and mailto are kept);"
              + " its text is kept");
    }
    return content;
  }

  /** Whether a link to {@code href} is kept: http, https and mailto links are. */
  static boolean keptHref(String href) {
    String lower = href.trim().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }

  private void checkAttributes(Element element) {
    for (Attribute attribute : element.attributes()) {
      String name = attribute.getKey().toLowerCase(Locale.ROOT);
      if (name.startsWith("on")
          || name.equals("style")
          || name.equals("srcdoc")
          || name.equals("formaction")) {
        drop(element, "attribute " + name + "=\"" + abbreviate(attribute.getValue()) + "\"");
      }
    }
  }

  /**
   * Adds a block; loose content before it was flushed when the block started, and images found in
   * its inline content, which cannot stay inside it, follow it.
   */
  private void emit(Block block) {
    blocks.add(block);
    blocks.addAll(deferred);
    deferred.clear();
  }

  private void flushLoose() {
    if (!loose.isEmpty()) {
      List<Inline> content = merge(loose);
      loose = new ArrayList<>();
      blocks.add(new Paragraph(content));
    }
    blocks.addAll(deferred);
    deferred.clear();
  }

  private void tooDeep(Element element) {
    warn(
        "html.too-deep",
        element,
        "elements nested deeper than " + MAX_DEPTH + " were flattened to their text");
  }

  private void drop(Element element, String what) {
    warn("html.dropped", element, "dropped " + what);
  }

  private void warn(String code, Element element, String message) {
    warnings.add(
        new JsonProblem(pointer, code, Severity.WARNING, message + " at " + path(element), 0, 0));
  }

  private static String path(Element element) {
    List<String> names = new ArrayList<>();
    Element at = element;
    int guard = 0;
    while (at != null && !at.normalName().equals("body") && guard++ < 12) {
      Element parent = at.parent();
      int index = parent == null ? 0 : at.elementSiblingIndex();
      names.add(0, at.normalName() + "[" + index + "]");
      at = parent;
    }
    return String.join(" > ", names);
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "…";
  }

  /**
   * Joins neighbouring text inlines and drops empty ones, so equal HTML gives equal blocks (an
   * empty text would be written as nothing and read back as no inline at all).
   */
  private static List<Inline> merge(List<Inline> content) {
    List<Inline> merged = new ArrayList<>();
    for (Inline inline : content) {
      int last = merged.size() - 1;
      if (inline instanceof Inline.Text t && t.value().isEmpty()) {
        continue;
      }
      if (inline instanceof Inline.Text t
          && last >= 0
          && merged.get(last) instanceof Inline.Text p) {
        merged.set(last, Inline.text(p.value() + t.value()));
      } else {
        merged.add(inline);
      }
    }
    return merged;
  }
}
