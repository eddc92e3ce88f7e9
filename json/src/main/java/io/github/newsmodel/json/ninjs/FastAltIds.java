package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.internal.Fields;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code altIds} as the streaming fast path reads it, mapped as {@link LinkMapping#readAltIds} maps
 * it: alternate ids, the canonical URL, share links and follow links. It keeps only lists the
 * writer gives back unchanged: every item has a value, the items come in the writer's order
 * (alternate ids, the canonical URL, share links, follow links), and a share role names its
 * platform by the platform's own id (the writer spells it that way).
 */
final class FastAltIds {

  private static final Fields ITEM = Fields.of("role", "value");

  private FastAltIds() {}

  /** Reads {@code altIds} at the current token and sets what it holds on the article. */
  static void read(FastTokens tokens, Article.Builder article) {
    List<AlternateId> alternates = new ArrayList<>(2);
    List<ShareLink> shares = new ArrayList<>(2);
    List<FollowLink> follows = new ArrayList<>(2);
    String canonical = null;
    int stage = 0;
    int i = 0;
    for (; tokens.nextItem(i); i++) {
      String role = null;
      String value = null;
      long seen = 0;
      for (int m; (m = tokens.nextMember(ITEM)) >= 0; ) {
        seen = FastTokens.once(seen, m);
        if (m == 0) {
          role = tokens.string();
        } else {
          value = tokens.string();
        }
      }
      if (value == null) {
        throw FastGiveUp.now(); // an item without value is skipped, so writing would lose it
      }
      int place;
      Optional<SharePlatform> platform = sharePlatform(role);
      if (LinkMapping.CANONICAL.equals(role) && canonical == null) {
        place = 1;
        canonical = value;
      } else if (platform.isPresent()) {
        place = 2;
        shares.add(ShareLink.ofUrl(platform.get(), value));
      } else if (role != null
          && role.startsWith(LinkMapping.FOLLOW)
          && role.length() > LinkMapping.FOLLOW.length()) {
        place = 3;
        follows.add(FollowLink.of(role.substring(LinkMapping.FOLLOW.length()), value));
      } else {
        place = 0;
        alternates.add(AlternateId.of(role, value));
      }
      if (place < stage) {
        throw FastGiveUp.now();
      }
      stage = place;
    }
    if (i == 0) {
      throw FastGiveUp.now(); // the writer leaves an empty list out
    }
    article
        .alternateIds(alternates)
        .canonicalUrl(canonical)
        .shareLinks(shares)
        .followLinks(follows);
  }

  /**
   * The platform a {@code share:} role names; gives up when it names one in another spelling than
   * its id.
   */
  private static Optional<SharePlatform> sharePlatform(@Nullable String role) {
    if (role == null || !role.startsWith(LinkMapping.SHARE)) {
      return Optional.empty();
    }
    String id = role.substring(LinkMapping.SHARE.length());
    Optional<SharePlatform> platform = SharePlatform.byId(id);
    if (platform.isPresent() && !platform.get().id().equals(id)) {
      throw FastGiveUp.now();
    }
    return platform;
  }
}
