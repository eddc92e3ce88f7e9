package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.time.NewsDateTime;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** The model types that can be read or written on their own, as document roots. */
final class Roots {

  private Roots() {}

  static Function<ReadState, @Nullable Object> of(Class<?> type) {
    if (type == Article.class) {
      return ArticleDecoder::article;
    }
    if (type == Media.class) {
      return MediaDecoder::media;
    }
    if (type == Rendition.class) {
      return MediaDecoder::rendition;
    }
    if (type == ShareLink.class) {
      return LinkDecoder::shareLink;
    }
    if (type == FollowLink.class) {
      return LinkDecoder::followLink;
    }
    if (type == Party.class) {
      return PartyDecoder::party;
    }
    if (type == Source.class) {
      return PartyDecoder::source;
    }
    if (type == Entity.class) {
      return PartyDecoder::entity;
    }
    if (Block.class.isAssignableFrom(type)) {
      return BodyDecoder::block;
    }
    if (Inline.class.isAssignableFrom(type)) {
      return InlineDecoder::inline;
    }
    if (type == NewsDateTime.class) {
      return ReadState::dateTime;
    }
    if (JsonValue.class.isAssignableFrom(type)) {
      return ReadState::value;
    }
    throw new IllegalArgumentException(
        type.getName()
            + " is not a root type of the native format; expected Article, Media, "
            + "Rendition, ShareLink, FollowLink, Party, Source, Entity, Block, Inline, "
            + "NewsDateTime or JsonValue");
  }

  static void write(JsonGenerator g, Object value) {
    if (value instanceof Article article) {
      ArticleEncoder.article(g, article);
    } else if (value instanceof Media media) {
      MediaEncoder.media(g, media);
    } else if (value instanceof Rendition rendition) {
      MediaEncoder.rendition(g, rendition);
    } else if (value instanceof ShareLink link) {
      LinkEncoder.shareLink(g, link);
    } else if (value instanceof FollowLink link) {
      LinkEncoder.followLink(g, link);
    } else if (value instanceof Party party) {
      PartyEncoder.party(g, party);
    } else if (value instanceof Source source) {
      PartyEncoder.source(g, source);
    } else if (value instanceof Entity entity) {
      PartyEncoder.entity(g, entity);
    } else if (value instanceof Block block) {
      BodyEncoder.block(g, block);
    } else if (value instanceof Inline inline) {
      BodyEncoder.inline(g, inline);
    } else if (value instanceof NewsDateTime dateTime) {
      g.writeString(dateTime.text());
    } else if (value instanceof JsonValue json) {
      Out.value(g, json);
    } else {
      throw new IllegalArgumentException(
          value.getClass().getName()
              + " is not a model type of the native format; expected Article, Media, Rendition, "
              + "ShareLink, FollowLink, Party, Source, Entity, Block, Inline, NewsDateTime or "
              + "JsonValue");
    }
  }
}
