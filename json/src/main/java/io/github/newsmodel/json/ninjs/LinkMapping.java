package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What ninjs has no property for, carried in properties the official schema allows:
 *
 * <ul>
 *   <li>{@code altIds}: alternate ids as they are; the canonical URL as {@code {"role":
 *       "canonical", "value": url}}; share links as role {@code share:<platform id>}; follow links
 *       as role {@code follow:<service>};
 *   <li>{@code descriptions}: the summary in role {@code summary}; engagement counters as a JSON
 *       object in a description with role {@code engagement} and content type {@code
 *       application/json}, such as {@code {"views":759}}.
 * </ul>
 */
final class LinkMapping {

  static final String CANONICAL = "canonical";
  static final String SHARE = "share:";
  static final String FOLLOW = "follow:";
  static final String SUMMARY = "summary";
  static final String ENGAGEMENT = "engagement";
  static final String JSON = "application/json";
  private static final List<String> SUMMARY_ROLES =
      List.of(SUMMARY, "abstract", "lead", "caption", "text", "description");

  private LinkMapping() {}

  static void readAltIds(Members doc, Article.Builder article) {
    JsonNode list = doc.take("altIds");
    if (list == null || !list.isArray()) {
      doc.restore("altIds", list);
      return;
    }
    boolean canonical = false;
    for (JsonNode item : list) {
      String role = Trees.text(item.get("role"));
      String value = Trees.text(item.get("value"));
      if (value == null) {
        continue;
      }
      if (CANONICAL.equals(role) && !canonical) {
        canonical = true;
        article.canonicalUrl(value);
      } else if (role != null
          && role.startsWith(SHARE)
          && SharePlatform.byId(role.substring(SHARE.length())).isPresent()) {
        article.addShareLink(
            ShareLink.ofUrl(
                SharePlatform.byId(role.substring(SHARE.length())).orElseThrow(), value));
      } else if (role != null && role.startsWith(FOLLOW) && role.length() > FOLLOW.length()) {
        article.addFollowLink(FollowLink.of(role.substring(FOLLOW.length()), value));
      } else {
        article.addAlternateId(AlternateId.of(role, value));
      }
    }
  }

  static void writeAltIds(Article article, ObjectNode out, List<JsonProblem> dropped) {
    ArrayNode list = Trees.NODES.arrayNode();
    for (AlternateId id : article.alternateIds()) {
      list.add(altId(id.role(), id.value()));
    }
    if (article.canonicalUrl() != null) {
      list.add(altId(CANONICAL, article.canonicalUrl()));
    }
    for (ShareLink share : article.shareLinks()) {
      list.add(altId(SHARE + share.platform().id(), share.url()));
    }
    for (int i = 0; i < article.followLinks().size(); i++) {
      FollowLink follow = article.followLinks().get(i);
      list.add(altId(FOLLOW + follow.service(), follow.url()));
      Drops.ifPresent(
          follow.label(), "/followLinks/" + i + "/label", "a follow link label", dropped);
      Drops.ifPresent(
          follow.language(), "/followLinks/" + i + "/language", "a follow link language", dropped);
    }
    if (!list.isEmpty()) {
      out.set("altIds", list);
    }
  }

  private static ObjectNode altId(@Nullable String role, String value) {
    ObjectNode node = Trees.NODES.objectNode();
    Members.put(node, "role", role);
    node.put("value", value);
    return node;
  }

  static Extensions readDescriptions(
      @Nullable JsonNode list, Article.Builder article, Extensions extensions) {
    Map<Integer, String> slots = new HashMap<>();
    String summary = null;
    for (TextMapping.Item item : TextMapping.items(list)) {
      if (ENGAGEMENT.equals(item.role())
          && JSON.equals(item.contentType())
          && !slots.containsValue(ENGAGEMENT)) {
        Optional<Engagement> engagement = engagement(item.value());
        if (engagement.isPresent()) {
          article.engagement(engagement.get());
          slots.put(item.index(), ENGAGEMENT);
        }
      }
    }
    TextMapping.Item chosen = summaryItem(TextMapping.items(list), slots);
    if (chosen != null) {
      summary = chosen.value();
      slots.put(chosen.index(), SUMMARY);
    }
    article.summary(summary);
    return list == null || !list.isArray()
        ? extensions
        : Slots.record(extensions, "descriptions", list, slots);
  }

  /**
   * The summary: the first description in role {@code summary}, else in a role that usually holds
   * running text ({@code abstract}, {@code lead}, {@code caption}, {@code text}, {@code
   * description}), else the first description not used for engagement.
   */
  static TextMapping.@Nullable Item summaryItem(
      List<TextMapping.Item> items, Map<Integer, String> taken) {
    for (String role : SUMMARY_ROLES) {
      for (TextMapping.Item item : items) {
        if (role.equals(item.role()) && !taken.containsKey(item.index())) {
          return item;
        }
      }
    }
    for (TextMapping.Item item : items) {
      if (!taken.containsKey(item.index())) {
        return item;
      }
    }
    return null;
  }

  static Optional<Engagement> engagement(String json) {
    try {
      JsonNode node = JsonMapper.shared().readTree(json);
      if (node == null || !node.isObject()) {
        return Optional.empty();
      }
      Engagement.Builder e =
          Engagement.builder()
              .views(Trees.longValue(node.get("views")))
              .shares(Trees.longValue(node.get("shares")))
              .comments(Trees.longValue(node.get("comments")))
              .reactions(Trees.longValue(node.get("reactions")));
      String asOf = Trees.text(node.get("asOf"));
      if (asOf != null) {
        e.asOf(NewsDateTime.parse(asOf));
      }
      return Optional.of(e.build());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static void writeDescriptions(Article article, ObjectNode out) {
    Map<String, @Nullable String> values = Slots.values();
    Map<String, ObjectNode> generated = new LinkedHashMap<>();
    values.put(SUMMARY, article.summary());
    if (article.summary() != null) {
      generated.put(SUMMARY, TextMapping.item(SUMMARY, null, article.summary()));
    }
    Engagement engagement = article.engagement();
    if (engagement != null) {
      ObjectNode counts = Trees.NODES.objectNode();
      putCount(counts, "views", engagement.views());
      putCount(counts, "shares", engagement.shares());
      putCount(counts, "comments", engagement.comments());
      putCount(counts, "reactions", engagement.reactions());
      if (engagement.asOf() != null) {
        counts.put("asOf", engagement.asOf().text());
      }
      String text = counts.toString();
      values.put(ENGAGEMENT, text);
      generated.put(ENGAGEMENT, TextMapping.item(ENGAGEMENT, JSON, text));
    } else {
      values.put(ENGAGEMENT, null);
    }
    ArrayNode list = Slots.write(article.extensions(), "descriptions", values, generated);
    if (list != null) {
      out.set("descriptions", list);
    }
  }

  private static void putCount(ObjectNode counts, String name, @Nullable Long value) {
    if (value != null) {
      counts.put(name, value);
    }
  }
}
