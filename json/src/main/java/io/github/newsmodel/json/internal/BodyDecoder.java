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

  // the positions of the fields, for the switch on them
  private static final int TYPE = 0;
  private static final int LEVEL = 1;
  private static final int CONTENT = 2;
  private static final int ATTRIBUTION = 3;
  private static final int ORDERED = 4;
  private static final int ITEMS = 5;
  private static final int MEDIA_ID = 6;
  private static final int URL = 7;
  private static final int PROVIDER = 8;
  private static final int TITLE = 9;

  static final Fields FIELDS =
      Fields.builder()
          .field(TYPE, "type")
          .field(LEVEL, "level")
          .field(CONTENT, "content")
          .field(ATTRIBUTION, "attribution")
          .field(ORDERED, "ordered")
          .field(ITEMS, "items")
          .field(MEDIA_ID, "mediaId")
          .field(URL, "url")
          .field(PROVIDER, "provider")
          .field(TITLE, "title")
          .build();
  private static final String TYPES = "paragraph, heading, quote, list, mediaReference, embed";
  private static final long ALL = (1L << FIELDS.names().size()) - 1;
  private static final long NOT_PARAGRAPH = ALL & ~FIELDS.bits("type", "content");
  private static final long NOT_HEADING = ALL & ~FIELDS.bits("type", "level", "content");
  private static final long NOT_QUOTE = ALL & ~FIELDS.bits("type", "content", "attribution");
  private static final long NOT_LIST = ALL & ~FIELDS.bits("type", "ordered", "items");
  private static final long NOT_MEDIA_REFERENCE = ALL & ~FIELDS.bits("type", "mediaId");
  private static final long NOT_EMBED = ALL & ~FIELDS.bits("type", "url", "provider", "title");

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
        s.markDropped();
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
    for (int field; (field = s.nextKnown(FIELDS)) != ReadState.END; s.exit()) {
      switch (field) {
        case TYPE -> type = s.string();
        case LEVEL -> level = s.intValue();
        case CONTENT -> content = InlineDecoder.inlines(s);
        case ATTRIBUTION -> attribution = s.text();
        case ORDERED -> ordered = s.bool();
        case ITEMS -> items = InlineDecoder.items(s);
        case MEDIA_ID -> mediaId = s.text();
        case URL -> url = s.text();
        case PROVIDER -> provider = s.text();
        case TITLE -> title = s.text();
        default -> s.unknownDropped(s.name(), "a body block");
      }
    }
    Block block = null;
    s.required(FIELDS, "type", type);
    if (type != null) {
      block =
          build(
              s, type, level, content, attribution, ordered, items, mediaId, url, provider, title);
    }
    s.endObject();
    return block;
  }

  private static @Nullable Block build(
      ReadState s,
      String type,
      @Nullable Integer level,
      List<Inline> content,
      @Nullable String attribution,
      @Nullable Boolean ordered,
      List<List<Inline>> items,
      @Nullable String mediaId,
      @Nullable String url,
      @Nullable String provider,
      @Nullable String title) {
    switch (type) {
      case "paragraph":
        s.notForVariant(FIELDS, NOT_PARAGRAPH, type);
        return new Paragraph(content);
      case "heading":
        s.notForVariant(FIELDS, NOT_HEADING, type);
        s.required(FIELDS, "level", level);
        return level == null ? null : new Heading(level, content);
      case "quote":
        s.notForVariant(FIELDS, NOT_QUOTE, type);
        return new Quote(content, attribution);
      case "list":
        s.notForVariant(FIELDS, NOT_LIST, type);
        return new ListBlock(ordered != null && ordered, items);
      case "mediaReference":
        s.notForVariant(FIELDS, NOT_MEDIA_REFERENCE, type);
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
        s.notForVariant(FIELDS, NOT_EMBED, type);
        s.required(FIELDS, "url", url);
        return url == null ? null : new Embed(url, provider, title);
      default:
        s.problem(
            "value.unknown",
            "block type '" + ReadState.shorten(type) + "' is not known; expected one of " + TYPES);
        s.markBroken();
        return null;
    }
  }
}
