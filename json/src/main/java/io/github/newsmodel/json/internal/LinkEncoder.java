package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import tools.jackson.core.JsonGenerator;

/**
 * Writes share links (a built-in platform as its id, a custom one as an object), follow links and
 * related articles.
 */
final class LinkEncoder {

  private LinkEncoder() {}

  static void shareLink(JsonGenerator g, ShareLink link) {
    g.writeStartObject();
    g.writeName("platform");
    SharePlatform platform = link.platform();
    if (platform.isBuiltIn()) {
      g.writeString(platform.id());
    } else {
      g.writeStartObject();
      g.writeStringProperty("id", platform.id());
      g.writeStringProperty("displayName", platform.displayName());
      g.writeStringProperty("template", platform.template());
      Out.list(g, "hosts", java.util.List.copyOf(platform.hosts()), JsonGenerator::writeString);
      g.writeEndObject();
    }
    g.writeStringProperty("url", link.url());
    g.writeEndObject();
  }

  static void followLink(JsonGenerator g, FollowLink link) {
    g.writeStartObject();
    g.writeStringProperty("service", link.service());
    g.writeStringProperty("url", link.url());
    Out.string(g, "label", link.label());
    Out.string(g, "language", link.language());
    g.writeEndObject();
  }

  static void related(JsonGenerator g, RelatedArticle related) {
    g.writeStartObject();
    g.writeStringProperty("url", related.url());
    Out.string(g, "headline", related.headline());
    Out.string(g, "rel", related.rel());
    Out.string(g, "id", related.id());
    Out.extensions(g, related.extensions(), LinkDecoder.RELATED, "a related article");
    g.writeEndObject();
  }
}
