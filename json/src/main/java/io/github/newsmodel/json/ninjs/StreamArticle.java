package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.time.NewsDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Streams the top level of a ninjs 3.1 document in the order {@link ArticleMapping#write} builds
 * it: {@code uri}, {@code type}, {@code version}, the dates, {@code pubStatus}, {@code urgency},
 * the rights, {@code edNote}, {@code language}, the text lists ({@link StreamTexts}), the entity
 * lists ({@link StreamEntities}), {@code by}, {@code slugline}, {@code located}, {@code altIds}
 * ({@link StreamLinks}) and {@code associations} ({@link StreamAssociations}).
 */
final class StreamArticle {

  private StreamArticle() {}

  static void write(StreamOut out, StreamRules rules, Article article) {
    requirePlain(article.extensions());
    Rule.ObjectRule doc = rules.document;
    out.startObject();
    out.string(doc, "uri", article.id());
    out.string(doc, "type", article.type());
    out.string(doc, "version", article.version());
    date(out, doc, "firstCreated", article.firstPublished());
    date(out, doc, "versionCreated", article.modified());
    date(out, doc, "contentCreated", article.created());
    date(out, doc, "embargoedUntil", article.embargoedUntil());
    date(out, doc, "expires", article.expires());
    PublicationStatus status = article.status();
    out.string(doc, "pubStatus", status == null ? null : status.code());
    out.integer(doc, "urgency", article.urgency());
    rights(out, doc, article.rights());
    out.string(doc, "edNote", article.editorialNote());
    out.string(doc, "language", article.language());
    StreamTexts.write(out, rules, article);
    StreamEntities.write(out, rules, article);
    out.string(doc, "by", article.byline());
    out.string(doc, "slugline", article.slugline());
    out.string(doc, "located", article.dateline());
    StreamLinks.write(out, rules, article);
    StreamAssociations.write(out, rules, article);
    out.endObject();
  }

  /**
   * Falls back when {@code extensions} hold anything the tree path writes into the document: ninjs
   * properties kept from a read ({@code ninjs:*}), list templates ({@code ninjs-list:*}) or kept
   * originals ({@code ninjs-original}).
   */
  static void requirePlain(Extensions extensions) {
    for (String name : extensions.names()) {
      if (name.startsWith("ninjs")) {
        throw StreamFallback.because("extension " + name);
      }
    }
  }

  private static void date(
      StreamOut out, Rule.ObjectRule doc, String name, @Nullable NewsDateTime value) {
    out.string(doc, name, value == null ? null : value.text());
  }

  private static void rights(StreamOut out, Rule.ObjectRule doc, @Nullable Rights rights) {
    if (rights == null) {
      return;
    }
    requirePlain(rights.extensions());
    out.string(doc, "copyrightHolder", rights.copyrightHolder());
    out.string(doc, "copyrightNotice", rights.copyrightNotice());
    out.string(doc, "usageTerms", rights.usageTerms());
    String url = rights.rightsUrl();
    if (url != null) {
      out.tree(doc, "rightsInfo", Trees.NODES.objectNode().put("linkedRights", url));
    }
  }
}
