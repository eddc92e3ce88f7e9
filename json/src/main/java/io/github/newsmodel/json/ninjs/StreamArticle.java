package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.time.NewsDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

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
    Rule.ObjectRule doc = rules.document;
    StreamRootExtensions extensions = StreamRootExtensions.of(article);
    out.startObject();
    if (extensions != null) {
      extensions.writeKept(out, doc);
    }
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
    StreamTexts.write(out, rules, article, extensions);
    StreamEntities.write(out, rules, article);
    out.string(doc, "by", article.byline());
    out.string(doc, "slugline", article.slugline());
    out.string(doc, "located", article.dateline());
    StreamLinks.write(out, rules, article);
    StreamAssociations.write(out, rules, article);
    if (extensions != null) {
      extensions.writeAppended(out, doc);
    }
    out.endObject();
  }

  /** Whether {@code extensions} hold anything the tree path writes into the document. */
  static boolean carriesNinjs(Extensions extensions) {
    for (String name : extensions.names()) {
      if (name.startsWith("ninjs")) {
        return true;
      }
    }
    return false;
  }

  private static void date(
      StreamOut out, Rule.ObjectRule doc, String name, @Nullable NewsDateTime value) {
    out.string(doc, name, value == null ? null : value.text());
  }

  private static void rights(StreamOut out, Rule.ObjectRule doc, @Nullable Rights rights) {
    if (rights == null) {
      return;
    }
    out.string(doc, "copyrightHolder", rights.copyrightHolder());
    out.string(doc, "copyrightNotice", rights.copyrightNotice());
    out.string(doc, "usageTerms", rights.usageTerms());
    ObjectNode info = ArticleMapping.rightsInfo(rights);
    if (!info.isEmpty()) {
      out.tree(doc, "rightsInfo", info);
    }
  }
}
