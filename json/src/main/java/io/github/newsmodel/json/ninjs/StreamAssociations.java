package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Streams {@code associations} as {@link MediaMapping} and {@link RenditionMapping} build them:
 * each media item (with the URL of its first rendition as {@code uri} when it has none), then each
 * related article. A media item without any {@code uri} is one the tree path drops; it falls back.
 * A media item or related article carrying ninjs extensions (kept properties, list templates, kept
 * originals) is built by {@link MediaMapping} itself and written as that tree, checked against the
 * association rule; a rendition starts with its kept properties.
 */
final class StreamAssociations {

  /** The members the model writes in a rendition. */
  static final Set<String> RENDITION_MEMBERS = Set.copyOf(FastRenditions.RENDITION.names());

  private StreamAssociations() {}

  static void write(StreamOut out, StreamRules rules, Article article) {
    if (article.media().isEmpty() && article.related().isEmpty()) {
      return;
    }
    out.startList(rules.document, "associations");
    for (Media media : article.media()) {
      media(out, rules, media);
    }
    for (int i = 0; i < article.related().size(); i++) {
      related(out, rules, article.related().get(i), i);
    }
    out.endList();
  }

  private static void media(StreamOut out, StreamRules rules, Media media) {
    Rule.ObjectRule at = rules.association;
    if (StreamArticle.carriesNinjs(media.extensions())) {
      out.treeItem(at, MediaMapping.writeMedia(media, "", new ArrayList<>()));
      return;
    }
    List<Rendition> renditions = media.renditions();
    String uri = media.uri();
    if (uri == null && !renditions.isEmpty() && !renditions.get(0).url().isEmpty()) {
      uri = renditions.get(0).url();
    }
    if (uri == null) {
      throw StreamFallback.because("media " + media.id() + " has no uri");
    }
    out.startObject();
    out.string(at, "name", media.id());
    out.string(at, "uri", uri);
    out.string(at, "type", type(media));
    String title = media.title();
    if (title != null) {
      out.startList(at, "headlines");
      StreamTexts.item(out, rules.mediaHeadline, TextMapping.MAIN, null, title);
      out.endList();
    }
    String caption = media.caption();
    String alt = media.altText();
    if (caption != null || alt != null) {
      out.startList(at, "descriptions");
      StreamTexts.item(out, rules.mediaDescription, "caption", null, caption);
      StreamTexts.item(out, rules.mediaDescription, "alt", null, alt);
      out.endList();
    }
    out.string(at, "by", media.creditLine());
    out.string(at, "copyrightNotice", media.copyrightNotice());
    out.string(at, "usageTerms", media.usageTerms());
    out.string(at, "language", media.language());
    String license = media.licenseUrl();
    if (license != null) {
      out.tree(at, "rightsInfo", Trees.NODES.objectNode().put("linkedRights", license));
    }
    if (!renditions.isEmpty()) {
      out.startList(at, "renditions");
      for (int i = 0; i < renditions.size(); i++) {
        rendition(out, rules.rendition, renditions.get(i), i);
      }
      out.endList();
    }
    out.endObject();
  }

  private static @Nullable String type(Media media) {
    return switch (media.kind()) {
      case IMAGE -> "picture";
      case VIDEO -> "video";
      case AUDIO -> "audio";
      case GRAPHIC -> "graphic";
      default -> null;
    };
  }

  private static void rendition(StreamOut out, Rule.ObjectRule at, Rendition r, int index) {
    out.startObject();
    out.kept(at, r.extensions(), RENDITION_MEMBERS);
    String name = r.name() != null ? r.name() : r.purpose() != null ? r.purpose() : "r" + index;
    out.string(at, "name", name);
    out.string(at, "href", r.url().isEmpty() ? null : r.url());
    out.string(at, "contentType", r.mediaType());
    out.integer(at, "width", r.width());
    out.integer(at, "height", r.height());
    out.integer(at, "sizeInBytes", r.sizeBytes());
    Duration duration = r.duration();
    if (duration != null) {
      BigDecimal seconds = BigDecimal.valueOf(duration.toNanos()).movePointLeft(9);
      out.number(at, "duration", Trees.number(seconds.stripTrailingZeros().toPlainString()));
    }
    out.string(at, "videoCodec", r.videoCodec());
    Double frameRate = r.frameRate();
    if (frameRate != null) {
      out.number(at, "frameRate", Trees.decimal(frameRate));
    }
    Long bitrate = r.bitrate();
    out.string(at, "bitrate", bitrate == null ? null : Long.toString(bitrate));
    out.endObject();
  }

  private static void related(StreamOut out, StreamRules rules, RelatedArticle related, int index) {
    Rule.ObjectRule at = rules.association;
    if (StreamArticle.carriesNinjs(related.extensions())) {
      out.treeItem(at, MediaMapping.writeRelated(related, index));
      return;
    }
    out.startObject();
    String id = related.id();
    out.string(at, "name", id != null ? id : "related" + index);
    out.string(at, "uri", related.url());
    out.string(at, "type", "text");
    out.string(at, "rel", related.rel());
    String headline = related.headline();
    if (headline != null) {
      out.startList(at, "headlines");
      StreamTexts.item(out, rules.mediaHeadline, null, null, headline);
      out.endList();
    }
    out.endObject();
  }
}
