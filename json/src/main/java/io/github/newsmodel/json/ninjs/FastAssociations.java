package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.internal.Fields;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code associations} as the streaming fast path reads it, mapped as {@link MediaMapping} maps it:
 * an item of type {@code text} with an http(s) {@code uri} is a related article, any other a media
 * item. It keeps only items the writer gives back unchanged: a media item of type {@code picture},
 * {@code video}, {@code audio}, {@code graphic} or none, with only members the model has fields
 * for; a related article with a name, its type, uri and rel and at most a one-item headline list;
 * media before related articles (the writer's order). Which kind an item is shows only once all of
 * it is read, so its members are gathered first.
 */
final class FastAssociations {

  private static final Fields ITEM =
      Fields.of(
          "name",
          "uri",
          "type",
          "rel",
          "headlines",
          "descriptions",
          "by",
          "copyrightNotice",
          "usageTerms",
          "language",
          "rightsInfo",
          "renditions");
  private static final int NAME = 0;
  private static final int URI = 1;
  private static final int TYPE = 2;
  private static final int REL = 3;
  private static final int HEADLINES = 4;
  private static final int DESCRIPTIONS = 5;
  private static final int BY = 6;
  private static final int COPYRIGHT_NOTICE = 7;
  private static final int USAGE_TERMS = 8;
  private static final int LANGUAGE = 9;
  private static final int RIGHTS_INFO = 10;

  /** The members a related article may have. */
  private static final long RELATED =
      (1L << NAME) | (1L << URI) | (1L << TYPE) | (1L << REL) | (1L << HEADLINES);

  private static final Fields RIGHTS = Fields.of("linkedRights");

  private FastAssociations() {}

  /** The members of one item. */
  private static final class Item {
    @Nullable String name;
    @Nullable String uri;
    @Nullable String type;
    @Nullable String rel;
    @Nullable FastTextList headlines;
    @Nullable FastTextList descriptions;
    @Nullable String by;
    @Nullable String copyrightNotice;
    @Nullable String usageTerms;
    @Nullable String language;
    @Nullable String licenseUrl;
    @Nullable List<Rendition> renditions;
    long seen;
  }

  /** Reads {@code associations} at the current token and adds the media and related articles. */
  static void read(FastTokens tokens, Article.Builder article) {
    List<Media> media = new ArrayList<>(2);
    List<RelatedArticle> related = new ArrayList<>(1);
    for (int i = 0; tokens.nextItem(i); i++) {
      Item item = item(tokens);
      // the schema requires a name and a uri in every item
      if (item.name == null || item.uri == null) {
        throw FastGiveUp.now();
      }
      if (isRelated(item)) {
        related.add(related(item));
      } else {
        if (!related.isEmpty()) {
          throw FastGiveUp.now(); // the writer puts media first
        }
        media.add(media(item));
      }
    }
    if (media.isEmpty() && related.isEmpty()) {
      throw FastGiveUp.now(); // the writer leaves an empty list out
    }
    article.media(media).related(related);
  }

  private static Item item(FastTokens tokens) {
    Item item = new Item();
    for (int m; (m = tokens.nextMember(ITEM)) >= 0; ) {
      item.seen = FastTokens.once(item.seen, m);
      switch (m) {
        case NAME -> item.name = tokens.string();
        case URI -> item.uri = tokens.string();
        case TYPE -> item.type = tokens.string();
        case REL -> item.rel = tokens.string();
        case HEADLINES -> item.headlines = FastTextList.read(tokens, false);
        case DESCRIPTIONS -> item.descriptions = FastTextList.read(tokens, false);
        case BY -> item.by = tokens.string();
        case COPYRIGHT_NOTICE -> item.copyrightNotice = tokens.string();
        case USAGE_TERMS -> item.usageTerms = tokens.string();
        case LANGUAGE -> item.language = tokens.string();
        case RIGHTS_INFO -> item.licenseUrl = linkedRights(tokens);
        default -> item.renditions = FastRenditions.read(tokens);
      }
    }
    return item;
  }

  /**
   * Reads {@code rightsInfo} holding only {@code linkedRights}, the one form that maps to a field
   * (of an article's rights or of a media item); any other stays in the extensions.
   */
  static String linkedRights(FastTokens tokens) {
    tokens.object();
    String url = null;
    long seen = 0;
    for (int m; (m = tokens.nextMember(RIGHTS)) >= 0; ) {
      seen = FastTokens.once(seen, m);
      url = tokens.string();
    }
    if (url == null) {
      throw FastGiveUp.now(); // the schema requires linkedRights or encodedRights
    }
    return url;
  }

  /** As {@link MediaMapping#isRelated}. */
  private static boolean isRelated(Item item) {
    String uri = item.uri;
    if (!"text".equals(item.type) || uri == null) {
      return false;
    }
    String lower = uri.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static RelatedArticle related(Item item) {
    if ((item.seen & ~RELATED) != 0) {
      throw FastGiveUp.now(); // no field holds it: it would stay in the extensions
    }
    RelatedArticle.Builder related =
        RelatedArticle.builder(EntityMapping.orEmpty(item.uri)).rel(item.rel);
    if (item.headlines != null) {
      FastTexts.relatedHeadline(item.headlines, related);
    }
    // the name has no field: it stays in the extensions, and the writer puts it back
    return related
        .extensions(
            Extensions.empty()
                .with(Members.PREFIX + "name", JsonValue.string(EntityMapping.orEmpty(item.name))))
        .build();
  }

  private static Media media(Item item) {
    MediaKind kind = item.type == null ? MediaKind.DOCUMENT : MediaMapping.KINDS.get(item.type);
    if (kind == null) {
      throw FastGiveUp.now(); // another type would stay in the extensions
    }
    if ((item.seen & (1L << REL)) != 0) {
      throw FastGiveUp.now(); // no field holds a media item's rel
    }
    Media.Builder media =
        Media.builder(kind, EntityMapping.orEmpty(item.name))
            .uri(item.uri)
            .creditLine(item.by)
            .copyrightNotice(item.copyrightNotice)
            .usageTerms(item.usageTerms)
            .language(item.language)
            .licenseUrl(item.licenseUrl);
    Extensions lists = Extensions.empty();
    if (item.headlines != null) {
      lists = FastTexts.title(item.headlines, media, lists);
    }
    if (item.descriptions != null) {
      lists = FastTexts.captions(item.descriptions, media, lists);
    }
    if (item.renditions != null) {
      media.renditions(item.renditions);
    }
    return media.extensions(lists).build();
  }
}
