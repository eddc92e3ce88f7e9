package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.time.NewsDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole ninjs document (held with 3.x names) to and from an {@link Article}. See {@code
 * docs/ninjs-mapping.md} for the table; the parts are in {@link TextMapping}, {@link
 * EntityMapping}, {@link MediaMapping}, {@link LinkMapping} and {@link RenditionMapping}.
 */
final class ArticleMapping {

  private ArticleMapping() {}

  /** Reads the article, reusing what {@code hints} hold. */
  static Article read(JsonNode doc, List<JsonProblem> problems, FastHints hints) {
    Members m = new Members(doc);
    Article.Builder a = Article.builder().id(EntityMapping.orEmpty(m.text("uri")));
    a.type(m.text("type"))
        .version(m.text("version"))
        .language(m.text("language"))
        .slugline(m.text("slugline"))
        .byline(m.text("by"))
        .dateline(m.text("located"))
        .editorialNote(m.text("edNote"));
    date(m, "firstCreated", a::firstPublished);
    date(m, "versionCreated", a::modified);
    date(m, "contentCreated", a::created);
    date(m, "embargoedUntil", a::embargoedUntil);
    date(m, "expires", a::expires);
    String status = m.text("pubStatus");
    if (status != null) {
      a.status(io.github.newsmodel.article.PublicationStatus.fromCode(status).orElse(null));
    }
    a.urgency(m.integer("urgency"));
    Extensions lists = TextMapping.readHeadlines(m.take("headlines"), a, Extensions.empty());
    lists = LinkMapping.readDescriptions(m.take("descriptions"), a, lists);
    TextMapping.BodyRead body =
        TextMapping.readBody(m.take("bodies"), "/bodies", problems, a, lists, hints);
    lists = body.extensions();
    EntityMapping.read(m, a);
    EntityMapping.readSources(m, a);
    EntityMapping.readGenres(m, a);
    LinkMapping.readAltIds(m, a);
    a.rights(rights(m));
    JsonNode associations = m.take("associations");
    if (associations != null && associations.isArray()) {
      for (JsonNode item : associations) {
        if (MediaMapping.isRelated(item)) {
          a.addRelated(MediaMapping.readRelated(item));
        } else {
          a.addMedia(MediaMapping.readMedia(item));
        }
      }
    } else {
      m.restore("associations", associations);
    }
    Article read = a.extensions(m.leftovers(lists)).build();
    // the body of `read` holds the blocks converted from the body HTML, so when that HTML was
    // canonical it is what writing them gives
    ObjectNode again = write(read, new ArrayList<>(), false, body.canonicalHtml());
    return read.toBuilder().extensions(Overrides.record(doc, again, read.extensions())).build();
  }

  private static void date(Members m, String name, Consumer<@Nullable NewsDateTime> setter) {
    JsonNode node = m.take(name);
    if (node != null && node.isString()) {
      try {
        setter.accept(NewsDateTime.parse(node.asString()));
        return;
      } catch (DateTimeParseException e) {
        // kept as written, in the extensions; the stricter checks report it
      }
    }
    m.restore(name, node);
  }

  /**
   * The {@code rightsInfo} object of rights: their kept properties, then {@code linkedRights};
   * empty when there is neither.
   */
  static ObjectNode rightsInfo(Rights rights) {
    ObjectNode info = Trees.NODES.objectNode();
    Members.putLeftovers(rights.extensions(), info);
    Members.put(info, "linkedRights", rights.rightsUrl());
    return info;
  }

  private static @Nullable Rights rights(Members m) {
    String holder = m.text("copyrightHolder");
    String notice = m.text("copyrightNotice");
    String terms = m.text("usageTerms");
    JsonNode info = m.take("rightsInfo");
    if (holder == null && notice == null && terms == null && info == null) {
      return null;
    }
    Rights.Builder rights =
        Rights.builder().copyrightHolder(holder).copyrightNotice(notice).usageTerms(terms);
    if (info != null && info.isObject()) {
      Members r = new Members(info);
      rights.rightsUrl(r.text("linkedRights"));
      rights.extensions(r.leftovers(Extensions.empty()));
    } else {
      m.restore("rightsInfo", info);
    }
    return rights.build();
  }

  /** Writes the article with 3.x names; {@code overrides} applies the recorded originals. */
  static ObjectNode write(Article article, List<JsonProblem> dropped, boolean overrides) {
    return write(article, dropped, overrides, null);
  }

  /**
   * Writes the article with 3.x names; {@code overrides} applies the recorded originals, {@code
   * bodyHtml} is the canonical HTML of the article's body when known.
   */
  private static ObjectNode write(
      Article article, List<JsonProblem> dropped, boolean overrides, @Nullable String bodyHtml) {
    ObjectNode out = Trees.NODES.objectNode();
    Members.putLeftovers(article.extensions(), out);
    out.put("uri", article.id());
    Members.put(out, "type", article.type());
    Members.put(out, "version", article.version());
    putDate(out, "firstCreated", article.firstPublished());
    putDate(out, "versionCreated", article.modified());
    putDate(out, "contentCreated", article.created());
    putDate(out, "embargoedUntil", article.embargoedUntil());
    putDate(out, "expires", article.expires());
    if (article.status() != null) {
      out.put("pubStatus", article.status().code());
    }
    if (article.urgency() != null) {
      out.put("urgency", article.urgency());
    }
    Rights rights = article.rights();
    if (rights != null) {
      Members.put(out, "copyrightHolder", rights.copyrightHolder());
      Members.put(out, "copyrightNotice", rights.copyrightNotice());
      Members.put(out, "usageTerms", rights.usageTerms());
      ObjectNode info = rightsInfo(rights);
      if (!info.isEmpty()) {
        out.set("rightsInfo", info);
      }
    }
    Members.put(out, "edNote", article.editorialNote());
    Members.put(out, "language", article.language());
    ArrayNode headlines = TextMapping.headlines(article);
    if (headlines != null) {
      out.set("headlines", headlines);
    }
    LinkMapping.writeDescriptions(article, out);
    ArrayNode bodies = TextMapping.bodies(article, bodyHtml);
    if (bodies != null) {
      out.set("bodies", bodies);
    }
    EntityMapping.write(article, out, dropped);
    EntityMapping.writeSources(article, out, dropped);
    EntityMapping.writeGenres(article, out);
    Members.put(out, "by", article.byline());
    Members.put(out, "slugline", article.slugline());
    Members.put(out, "located", article.dateline());
    LinkMapping.writeAltIds(article, out, dropped);
    ArrayNode associations = Trees.NODES.arrayNode();
    for (int i = 0; i < article.media().size(); i++) {
      Media media = article.media().get(i);
      associations.add(MediaMapping.writeMedia(media, "/media/" + i, dropped));
    }
    for (int i = 0; i < article.related().size(); i++) {
      RelatedArticle related = article.related().get(i);
      associations.add(MediaMapping.writeRelated(related, i));
    }
    if (!associations.isEmpty()) {
      out.set("associations", associations);
    }
    for (String name : article.extensions().names()) {
      if (!name.startsWith(Members.PREFIX) && !name.startsWith("ninjs-")) {
        Drops.add(JsonPointers.append("/extensions", name), "extension '" + name + "'", dropped);
      }
    }
    if (overrides) {
      Overrides.apply(article.extensions(), out);
      JsonNode uri = out.get("uri");
      if (uri == null || !uri.isString()) {
        // a document read without a string uri keeps that as its original, but ninjs requires one
        // and the document root cannot be dropped: the model's id is written instead
        out.put("uri", article.id());
      }
    }
    return out;
  }

  private static void putDate(ObjectNode out, String name, @Nullable NewsDateTime value) {
    if (value != null) {
      out.put(name, value.text());
    }
  }
}
