package io.github.newsmodel.json.internal;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Embed;
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
 * Reads body blocks: objects with a {@code type} of {@code paragraph}, {@code heading}, {@code
 * quote}, {@code list}, {@code mediaReference} or {@code embed}. The type may come after the other
 * properties, so every block property is read first and the block built at the end.
 */
final class BodyDecoder {

  static final Fields FIELDS = Fields.of(
      "type", "level", "content", "attribution", "ordered", "items", "mediaId", "url", "provider",
      "title");
  private static final String TYPES = "paragraph, heading, quote, list, mediaReference, embed";

  private BodyDecoder() {}

  /** Reads the array of blocks of an article's {@code body}. */
  static List<Block> blocks(ReadState s) {
    List<Block> blocks = new ArrayList<>();
    if (!s.beginArray(true)) {
      return blocks;
    }
    while (s.nextElement()) {
      Block block = block(s);
      if (block == null) {
        s.markBroken();
      } else {
        blocks.add(block);
      }
      s.exit();
    }
    s.endArray();
    return blocks;
  }

  static @Nullable Block block(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    String type = null;
    Integer level = null;
    List<Inline> content = List.of();
    String attribution = null;
    Boolean ordered = null;
    List<List<Inline>> items = List.of();
    String mediaId = null;
    String url = null;
    String provider = null;
    String title = null;
    while (s.nextField()) {
      String name = s.name();
      if (s.duplicate(FIELDS, name)) {
        continue;
      }
      switch (name) {
        case "type" -> type = s.string();
        case "level" -> level = s.intValue();
        case "content" -> content = InlineDecoder.inlines(s);
        case "attribution" -> attribution = s.string();
        case "ordered" -> ordered = s.bool();
        case "items" -> items = InlineDecoder.items(s);
        case "mediaId" -> mediaId = s.string();
        case "url" -> url = s.string();
        case "provider" -> provider = s.string();
        case "title" -> title = s.string();
        default -> s.unknownDropped(name, "a body block");
      }
      s.exit();
    }
    Block block = null;
    s.required(FIELDS, "type", type);
    if (type != null) {
      block = build(s, type, level, content, attribution, ordered, items, mediaId, url, provider,
          title);
    }
    s.endObject();
    return block;
  }

  private static @Nullable Block build(ReadState s, String type, @Nullable Integer level,
      List<Inline> content, @Nullable String attribution, @Nullable Boolean ordered,
      List<List<Inline>> items, @Nullable String mediaId, @Nullable String url,
      @Nullable String provider, @Nullable String title) {
    switch (type) {
      case "paragraph":
        only(s, type, "content");
        return new Paragraph(content);
      case "heading":
        only(s, type, "level", "content");
        s.required(FIELDS, "level", level);
        return level == null ? null : new Heading(level, content);
      case "quote":
        only(s, type, "content", "attribution");
        return new Quote(content, attribution);
      case "list":
        only(s, type, "ordered", "items");
        return new ListBlock(ordered != null && ordered, items);
      case "mediaReference":
        only(s, type, "mediaId");
        s.required(FIELDS, "mediaId", mediaId);
        if (mediaId == null) {
          return null;
        }
        if (mediaId.isBlank()) {
          s.invalid("mediaReference.mediaId is blank; expected the id of an entry of media");
          return null;
        }
        return new MediaReference(mediaId);
      case "embed":
        only(s, type, "url", "provider", "title");
        s.required(FIELDS, "url", url);
        return url == null ? null : new Embed(url, provider, title);
      default:
        s.problem("value.unknown", "block type '" + ReadState.shorten(type)
            + "' is not known; expected one of " + TYPES);
        s.markBroken();
        return null;
    }
  }

  /** Reports properties present on the block that its type does not have. */
  private static void only(ReadState s, String type, String... allowed) {
    for (String name : FIELDS.names()) {
      if (!name.equals("type") && !List.of(allowed).contains(name)) {
        s.notForVariant(FIELDS, name, type);
      }
    }
  }
}
