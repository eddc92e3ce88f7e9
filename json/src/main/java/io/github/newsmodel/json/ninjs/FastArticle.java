package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import io.github.newsmodel.json.internal.Fields;
import io.github.newsmodel.time.NewsDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The root object of a ninjs 3.x document as the streaming fast path reads it: the properties
 * {@link ArticleMapping#read} maps to fields, in any order, each once and of the type the schema
 * requires; every other property, and every value that would not write back unchanged, {@linkplain
 * FastGiveUp gives up}. The text lists are mapped once all of the object is read, in the tree
 * path's order, so that the article's extensions hold their templates in the same order.
 */
final class FastArticle {

  /** The members mapped to fields, which are also every member the writer puts from the model. */
  static final Fields ROOT =
      Fields.of(
          "uri",
          "type",
          "version",
          "language",
          "slugline",
          "by",
          "located",
          "edNote",
          "firstCreated",
          "versionCreated",
          "contentCreated",
          "embargoedUntil",
          "expires",
          "pubStatus",
          "urgency",
          "copyrightHolder",
          "copyrightNotice",
          "usageTerms",
          "rightsInfo",
          "headlines",
          "descriptions",
          "bodies",
          "people",
          "organisations",
          "places",
          "subjects",
          "events",
          "objects",
          "infoSources",
          "genres",
          "altIds",
          "associations");

  /** The kinds of the entity lists, at their positions in {@link #ROOT} from {@code people} on. */
  private static final EntityKind[] KINDS = {
    EntityKind.PERSON,
    EntityKind.ORGANIZATION,
    EntityKind.PLACE,
    EntityKind.SUBJECT,
    EntityKind.EVENT,
    EntityKind.OBJECT
  };

  private static final int PEOPLE = 22;

  /** The values of {@code type} the schema allows. */
  private static final Set<String> TYPES =
      Set.of(
          "text",
          "audio",
          "video",
          "picture",
          "graphic",
          "composite",
          "component",
          "event",
          "planning");

  private final FastTokens tokens;
  private final Article.Builder article = Article.builder().headline("");
  private final FastEntities entities = new FastEntities();
  private @Nullable String uri;
  private @Nullable String holder;
  private @Nullable String notice;
  private @Nullable String terms;
  private @Nullable String rightsUrl;
  private @Nullable FastTextList headlines;
  private @Nullable FastTextList descriptions;
  private @Nullable FastTextList bodies;
  private FastHints hints = FastHints.NONE;

  /** Starts reading a document whose root object the parser has just started. */
  FastArticle(FastTokens tokens) {
    this.tokens = tokens;
  }

  /** What the tree path can reuse of what this read worked out, even when it gave up. */
  FastHints hints() {
    return hints;
  }

  /** Reads the root object; call once. */
  Article read() {
    long seen = 0;
    for (int m; (m = tokens.nextMember(ROOT)) >= 0; ) {
      seen = FastTokens.once(seen, m);
      member(m);
    }
    if (uri == null) {
      throw FastGiveUp.now(); // the schema requires it
    }
    article.id(uri);
    if (holder != null || notice != null || terms != null || rightsUrl != null) {
      article.rights(
          Rights.builder()
              .copyrightHolder(holder)
              .copyrightNotice(notice)
              .usageTerms(terms)
              .rightsUrl(rightsUrl)
              .build());
    }
    Extensions lists = Extensions.empty();
    if (headlines != null) {
      lists = FastTexts.headlines(headlines, article, lists);
    }
    if (descriptions != null) {
      lists = FastTexts.descriptions(descriptions, article, lists);
    }
    if (bodies != null) {
      lists = FastTexts.bodies(bodies, article, lists, this::convert);
    }
    entities.apply(article);
    return article.extensions(lists).build();
  }

  /** Converts the body HTML, keeping the conversion for the tree path. */
  private HtmlConversion convert(String html, String pointer) {
    HtmlConversion conversion = HtmlBodies.toBlocks(html, pointer);
    hints = hints.withBody(html, pointer, conversion);
    return conversion;
  }

  /** Reads the member at position {@code m} of {@link #ROOT}; the cases follow its order. */
  private void member(int m) {
    switch (m) {
      case 0 -> uri = tokens.string();
      case 1 -> {
        String type = tokens.string();
        if (!TYPES.contains(type)) {
          throw FastGiveUp.now();
        }
        article.type(type);
      }
      case 2 -> article.version(tokens.string());
      case 3 -> article.language(tokens.string());
      case 4 -> article.slugline(tokens.string());
      case 5 -> article.byline(tokens.string());
      case 6 -> article.dateline(tokens.string());
      case 7 -> article.editorialNote(tokens.string());
      case 8 -> article.firstPublished(date());
      case 9 -> article.modified(date());
      case 10 -> article.created(date());
      case 11 -> article.embargoedUntil(date());
      case 12 -> article.expires(date());
      case 13 -> article.status(status(tokens.string()));
      case 14 -> {
        int urgency = tokens.intValue();
        if (urgency < 1 || urgency > 9) {
          throw FastGiveUp.now();
        }
        article.urgency(urgency);
      }
      case 15 -> holder = tokens.string();
      case 16 -> notice = tokens.string();
      case 17 -> terms = tokens.string();
      case 18 -> rightsUrl = FastAssociations.linkedRights(tokens);
      case 19 -> headlines = FastTextList.read(tokens, false);
      case 20 -> descriptions = FastTextList.read(tokens, false);
      case 21 -> bodies = FastTextList.read(tokens, true);
      case 28 -> entities.readSources(tokens);
      case 29 -> entities.readGenres(tokens);
      case 30 -> FastAltIds.read(tokens, article);
      case 31 -> FastAssociations.read(tokens, article);
      default -> entities.read(KINDS[m - PEOPLE], tokens);
    }
  }

  /** A date-time that parses; one that does not stays in the extensions in the tree path. */
  private NewsDateTime date() {
    return NewsDateTime.parse(tokens.string());
  }

  private static PublicationStatus status(String code) {
    return switch (code) {
      case "usable" -> PublicationStatus.USABLE;
      case "withheld" -> PublicationStatus.WITHHELD;
      case "canceled" -> PublicationStatus.CANCELED;
      default -> throw FastGiveUp.now(); // not in the schema's enum
    };
  }
}
