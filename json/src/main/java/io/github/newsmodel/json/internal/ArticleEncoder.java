package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.Rights;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an article in the documented order: {@code formatVersion}, then the article builder's
 * field order, then extension properties.
 */
final class ArticleEncoder {

  private ArticleEncoder() {}

  static void article(JsonGenerator g, Article a) {
    g.writeStartObject();
    g.writeStringProperty("formatVersion", ArticleDecoder.FORMAT_VERSION);
    g.writeStringProperty("id", a.id());
    Out.list(g, "alternateIds", a.alternateIds(), ArticleEncoder::alternateId);
    Out.string(g, "canonicalUrl", a.canonicalUrl());
    Out.string(g, "language", a.language());
    Out.string(g, "type", a.type());
    Out.list(g, "genres", a.genres(), PartyEncoder::genre);
    Out.string(g, "section", a.section());
    g.writeStringProperty("headline", a.headline());
    Out.string(g, "subheadline", a.subheadline());
    Out.string(g, "summary", a.summary());
    Out.string(g, "slugline", a.slugline());
    Out.string(g, "byline", a.byline());
    Out.string(g, "dateline", a.dateline());
    Out.list(g, "body", a.body(), BodyEncoder::block);
    Out.list(g, "authors", a.authors(), PartyEncoder::party);
    if (a.publisher() != null) {
      g.writeName("publisher");
      PartyEncoder.party(g, a.publisher());
    }
    Out.list(g, "sources", a.sources(), PartyEncoder::source);
    Out.list(g, "entities", a.entities(), PartyEncoder::entity);
    Out.strings(g, "keywords", a.keywords());
    Out.dateTime(g, "firstPublished", a.firstPublished());
    Out.dateTime(g, "modified", a.modified());
    Out.dateTime(g, "created", a.created());
    Out.dateTime(g, "embargoedUntil", a.embargoedUntil());
    Out.dateTime(g, "expires", a.expires());
    Out.code(g, "status", a.status());
    Out.number(g, "urgency", a.urgency());
    Out.string(g, "version", a.version());
    if (a.engagement() != null) {
      g.writeName("engagement");
      engagement(g, a.engagement());
    }
    if (a.rights() != null) {
      g.writeName("rights");
      rights(g, a.rights());
    }
    Out.string(g, "editorialNote", a.editorialNote());
    Out.list(g, "media", a.media(), MediaEncoder::media);
    Out.list(g, "shareLinks", a.shareLinks(), LinkEncoder::shareLink);
    Out.list(g, "followLinks", a.followLinks(), LinkEncoder::followLink);
    Out.list(g, "related", a.related(), LinkEncoder::related);
    Out.extensions(g, a.extensions(), ArticleDecoder.FIELDS, "the article");
    g.writeEndObject();
  }

  private static void alternateId(JsonGenerator g, AlternateId id) {
    g.writeStartObject();
    Out.string(g, "role", id.role());
    g.writeStringProperty("value", id.value());
    g.writeEndObject();
  }

  private static void engagement(JsonGenerator g, Engagement e) {
    g.writeStartObject();
    Out.number(g, "views", e.views());
    Out.number(g, "shares", e.shares());
    Out.number(g, "comments", e.comments());
    Out.number(g, "reactions", e.reactions());
    Out.dateTime(g, "asOf", e.asOf());
    Out.extensions(g, e.extensions(), MetaDecoder.ENGAGEMENT, "engagement");
    g.writeEndObject();
  }

  private static void rights(JsonGenerator g, Rights r) {
    g.writeStartObject();
    Out.string(g, "copyrightHolder", r.copyrightHolder());
    Out.string(g, "copyrightNotice", r.copyrightNotice());
    Out.string(g, "usageTerms", r.usageTerms());
    Out.string(g, "rightsUrl", r.rightsUrl());
    Out.extensions(g, r.extensions(), MetaDecoder.RIGHTS, "rights");
    g.writeEndObject();
  }
}
