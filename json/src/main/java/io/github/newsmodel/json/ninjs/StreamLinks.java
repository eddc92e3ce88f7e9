package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import org.jspecify.annotations.Nullable;

/**
 * Streams {@code altIds} as {@link LinkMapping} builds it: the alternate ids as they are, the
 * canonical URL (role {@code canonical}), the share links (role {@code share:<platform>}) and the
 * follow links (role {@code follow:<service>}).
 */
final class StreamLinks {

  private StreamLinks() {}

  static void write(StreamOut out, StreamRules rules, Article article) {
    Rule.ObjectRule doc = rules.document;
    boolean open = false;
    for (AlternateId id : article.alternateIds()) {
      open = out.startListOnce(doc, "altIds", open);
      altId(out, rules.altId, id.role(), id.value());
    }
    String canonical = article.canonicalUrl();
    if (canonical != null) {
      open = out.startListOnce(doc, "altIds", open);
      altId(out, rules.altId, LinkMapping.CANONICAL, canonical);
    }
    for (ShareLink share : article.shareLinks()) {
      open = out.startListOnce(doc, "altIds", open);
      altId(out, rules.altId, LinkMapping.SHARE + share.platform().id(), share.url());
    }
    for (FollowLink follow : article.followLinks()) {
      open = out.startListOnce(doc, "altIds", open);
      altId(out, rules.altId, LinkMapping.FOLLOW + follow.service(), follow.url());
    }
    out.endListIf(open);
  }

  private static void altId(
      StreamOut out, Rule.ObjectRule rule, @Nullable String role, String value) {
    out.startObject();
    out.string(rule, "role", role);
    out.string(rule, "value", value);
    out.endObject();
  }
}
