package io.github.newsmodel.json.internal;

import io.github.newsmodel.body.Inline;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads inline content: objects with a {@code type} of {@code text}, {@code link}, {@code strong},
 * {@code emphasis} or {@code lineBreak}.
 */
final class InlineDecoder {

  // the positions of the fields, for the switch on them
  private static final int TYPE = 0;
  private static final int VALUE = 1;
  private static final int HREF = 2;
  private static final int CONTENT = 3;

  static final Fields FIELDS =
      Fields.builder()
          .field(TYPE, "type")
          .field(VALUE, "value")
          .field(HREF, "href")
          .field(CONTENT, "content")
          .build();
  private static final String TYPES = "text, link, strong, emphasis, lineBreak";
  private static final long VALUE_BIT = FIELDS.bits("value");
  private static final long HREF_BIT = FIELDS.bits("href");
  private static final long CONTENT_BIT = FIELDS.bits("content");

  private InlineDecoder() {}

  /** Reads an array of inlines. */
  static List<Inline> inlines(ReadState s) {
    if (!s.beginArray(true)) {
      return List.of();
    }
    // most paragraphs hold a single inline: keep it without a list until a second one comes
    Inline first = null;
    List<Inline> inlines = null;
    while (s.nextElement()) {
      Inline inline = inline(s);
      if (inline == null) {
        s.markDropped();
      } else if (first == null) {
        first = inline;
      } else {
        if (inlines == null) {
          inlines = new ArrayList<>(4);
          inlines.add(first);
        }
        inlines.add(inline);
      }
      s.exit();
    }
    s.endArray();
    if (inlines != null) {
      return inlines;
    }
    return first == null ? List.of() : List.of(first);
  }

  /** Reads the items of a list block: an array of arrays of inlines. */
  static List<List<Inline>> items(ReadState s) {
    List<List<Inline>> items = new ArrayList<>();
    if (!s.beginArray(true)) {
      return items;
    }
    while (s.nextElement()) {
      if (s.token() == tools.jackson.core.JsonToken.START_ARRAY) {
        items.add(inlines(s));
      } else {
        s.mismatch("array of inlines");
        s.markDropped();
      }
      s.exit();
    }
    s.endArray();
    return items;
  }

  static @Nullable Inline inline(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    String type = null;
    String value = null;
    String href = null;
    List<Inline> content = List.of();
    for (int field; (field = s.nextKnown(FIELDS)) != ReadState.END; s.exit()) {
      switch (field) {
        case TYPE -> type = s.string();
        case VALUE -> value = s.text();
        case HREF -> href = s.text();
        case CONTENT -> content = inlines(s);
        default -> s.unknownDropped(s.name(), "an inline");
      }
    }
    s.required(FIELDS, "type", type);
    Inline inline = type == null ? null : build(s, type, value, href, content);
    s.endObject();
    return inline;
  }

  private static @Nullable Inline build(
      ReadState s,
      String type,
      @Nullable String value,
      @Nullable String href,
      List<Inline> content) {
    switch (type) {
      case "text":
        s.notForVariant(FIELDS, HREF_BIT | CONTENT_BIT, type);
        s.required(FIELDS, "value", value);
        return value == null ? null : new Inline.Text(value);
      case "link":
        s.notForVariant(FIELDS, VALUE_BIT, type);
        s.required(FIELDS, "href", href);
        return href == null ? null : new Inline.Link(href, content);
      case "strong":
        s.notForVariant(FIELDS, VALUE_BIT | HREF_BIT, type);
        return new Inline.Styled(Inline.Style.STRONG, content);
      case "emphasis":
        s.notForVariant(FIELDS, VALUE_BIT | HREF_BIT, type);
        return new Inline.Styled(Inline.Style.EMPHASIS, content);
      case "lineBreak":
        s.notForVariant(FIELDS, VALUE_BIT | HREF_BIT | CONTENT_BIT, type);
        return Inline.lineBreak();
      default:
        s.problem(
            "value.unknown",
            "inline type '" + ReadState.shorten(type) + "' is not known; expected one of " + TYPES);
        s.markBroken();
        return null;
    }
  }
}
