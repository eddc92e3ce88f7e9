package io.github.newsmodel.json.internal;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Embed;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Writes body blocks and inline content, {@code type} first. */
final class BodyEncoder {

  private BodyEncoder() {}

  static void block(JsonGenerator g, Block block) {
    g.writeStartObject();
    if (block instanceof Paragraph paragraph) {
      g.writeStringProperty("type", "paragraph");
      content(g, paragraph.content());
    } else if (block instanceof Heading heading) {
      g.writeStringProperty("type", "heading");
      g.writeNumberProperty("level", heading.level());
      content(g, heading.content());
    } else if (block instanceof Quote quote) {
      g.writeStringProperty("type", "quote");
      content(g, quote.content());
      Out.string(g, "attribution", quote.attribution());
    } else if (block instanceof ListBlock list) {
      g.writeStringProperty("type", "list");
      g.writeBooleanProperty("ordered", list.ordered());
      Out.list(g, "items", list.items(), BodyEncoder::item);
    } else if (block instanceof MediaReference reference) {
      g.writeStringProperty("type", "mediaReference");
      g.writeStringProperty("mediaId", reference.mediaId());
    } else if (block instanceof Embed embed) {
      g.writeStringProperty("type", "embed");
      g.writeStringProperty("url", embed.url());
      Out.string(g, "provider", embed.provider());
      Out.string(g, "title", embed.title());
    }
    g.writeEndObject();
  }

  private static void item(JsonGenerator g, List<Inline> item) {
    g.writeStartArray();
    for (Inline inline : item) {
      inline(g, inline);
    }
    g.writeEndArray();
  }

  private static void content(JsonGenerator g, List<Inline> content) {
    Out.list(g, "content", content, BodyEncoder::inline);
  }

  static void inline(JsonGenerator g, Inline inline) {
    g.writeStartObject();
    if (inline instanceof Inline.Text text) {
      g.writeStringProperty("type", "text");
      g.writeStringProperty("value", text.value());
    } else if (inline instanceof Inline.Link link) {
      g.writeStringProperty("type", "link");
      g.writeStringProperty("href", link.href());
      content(g, link.content());
    } else if (inline instanceof Inline.Styled styled) {
      g.writeStringProperty("type", Codes.of(styled.style()));
      content(g, styled.content());
    } else {
      g.writeStringProperty("type", "lineBreak");
    }
    g.writeEndObject();
  }
}
