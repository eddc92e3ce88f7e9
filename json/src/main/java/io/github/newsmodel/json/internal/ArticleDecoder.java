package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.JsonValue;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads an article object of the native format. */
final class ArticleDecoder {

  /** The version of the native format this library writes. */
  static final String FORMAT_VERSION = "1.0";

  static final Fields FIELDS =
      Fields.of(
          "formatVersion",
          "id",
          "alternateIds",
          "canonicalUrl",
          "language",
          "type",
          "genres",
          "section",
          "headline",
          "subheadline",
          "summary",
          "slugline",
          "byline",
          "dateline",
          "body",
          "authors",
          "publisher",
          "sources",
          "entities",
          "keywords",
          "firstPublished",
          "modified",
          "created",
          "embargoedUntil",
          "expires",
          "status",
          "urgency",
          "version",
          "engagement",
          "rights",
          "editorialNote",
          "media",
          "shareLinks",
          "followLinks",
          "related");

  private ArticleDecoder() {}

  /**
   * Reads the article at the current token: null when it is not an object, otherwise the article
   * or, when required structure is missing ({@link ReadState#isBroken()}), a draft for validation.
   */
  static @Nullable Article article(ReadState s) {
    if (!s.beginObject(false)) {
      s.markBroken();
      return null;
    }
    Article.Builder b = Article.builder();
    String id = null;
    String headline = null;
    Map<String, JsonValue> bag = null;
    while (s.nextField(FIELDS)) {
      String field = s.name();
      if (s.duplicate(FIELDS, field)) {
        continue;
      }
      switch (field) {
        case "formatVersion" -> formatVersion(s);
        case "id" -> id = s.text();
        case "alternateIds" -> b.alternateIds(s.list(MetaDecoder::alternateId));
        case "canonicalUrl" -> b.canonicalUrl(s.text());
        case "language" -> b.language(s.string());
        case "type" -> b.type(s.string());
        case "genres" -> b.genres(PartyDecoder.genres(s));
        case "section" -> b.section(s.text());
        case "headline" -> headline = s.text();
        case "subheadline" -> b.subheadline(s.text());
        case "summary" -> b.summary(s.text());
        case "slugline" -> b.slugline(s.text());
        case "byline" -> b.byline(s.text());
        case "dateline" -> b.dateline(s.text());
        case "body" -> b.body(BodyDecoder.blocks(s));
        case "authors" -> b.authors(s.list(PartyDecoder::party));
        case "publisher" -> b.publisher(PartyDecoder.optionalParty(s));
        case "sources" -> b.sources(s.list(PartyDecoder::source));
        case "entities" -> b.entities(s.list(PartyDecoder::entity));
        case "keywords" -> b.keywords(s.strings());
        case "firstPublished" -> b.firstPublished(s.dateTime());
        case "modified" -> b.modified(s.dateTime());
        case "created" -> b.created(s.dateTime());
        case "embargoedUntil" -> b.embargoedUntil(s.dateTime());
        case "expires" -> b.expires(s.dateTime());
        case "status" -> b.status(s.code(Codes::status, "usable, withheld, canceled"));
        case "urgency" -> b.urgency(s.intValue());
        case "version" -> b.version(s.text());
        case "engagement" -> b.engagement(MetaDecoder.engagement(s));
        case "rights" -> b.rights(MetaDecoder.rights(s));
        case "editorialNote" -> b.editorialNote(s.text());
        case "media" -> b.media(s.list(MediaDecoder::media));
        case "shareLinks" -> b.shareLinks(s.list(LinkDecoder::shareLink));
        case "followLinks" -> b.followLinks(s.list(LinkDecoder::followLink));
        case "related" -> b.related(s.list(LinkDecoder::related));
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.required(FIELDS, "id", id);
    s.required(FIELDS, "headline", headline);
    s.endObject();
    if (id == null || headline == null) {
      s.markBroken();
    }
    // When the structure is broken the result is a draft: placeholders stand in for missing
    // required parts so that the rest can still be validated; the caller never returns it.
    return b.id(id == null ? "" : id)
        .headline(headline == null ? "" : headline)
        .extensions(Codes.extensions(bag))
        .build();
  }

  private static void formatVersion(ReadState s) {
    String version = s.string();
    if (version != null && !version.equals(FORMAT_VERSION) && !version.startsWith("1.")) {
      s.problem(
          "format.version",
          "formatVersion '"
              + ReadState.shorten(version)
              + "' is not supported; expected \""
              + FORMAT_VERSION
              + "\" or another 1.x");
    }
  }
}
