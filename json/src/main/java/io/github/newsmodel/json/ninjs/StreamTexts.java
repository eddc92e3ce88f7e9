package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.time.NewsDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams {@code headlines}, {@code descriptions} and {@code bodies} item for item as {@link
 * TextMapping} and {@link LinkMapping} generate them: the headline (role {@code main}) and
 * subheadline ({@code sub}); the summary ({@code summary}) and the engagement counters ({@code
 * engagement}, {@code application/json}); the body as canonical HTML. A list with a template or a
 * kept original from a ninjs read is built by those classes and handed to {@link
 * StreamRootExtensions}.
 */
final class StreamTexts {

  private StreamTexts() {}

  static void write(
      StreamOut out,
      StreamRules rules,
      Article article,
      @Nullable StreamRootExtensions extensions) {
    Rule.ObjectRule doc = rules.document;
    if (extensions != null && extensions.shapes("headlines")) {
      extensions.writeList(out, doc, "headlines", TextMapping.headlines(article));
    } else {
      headlines(out, rules, article);
    }
    if (extensions != null && extensions.shapes("descriptions")) {
      ObjectNode holder = Trees.NODES.objectNode();
      LinkMapping.writeDescriptions(article, holder);
      extensions.writeList(out, doc, "descriptions", holder.get("descriptions"));
    } else {
      descriptions(out, rules, article);
    }
    if (extensions != null && extensions.shapes("bodies")) {
      extensions.writeList(out, doc, "bodies", TextMapping.bodies(article, null));
    } else if (!article.body().isEmpty()) {
      out.startList(doc, "bodies");
      item(out, rules.body, TextMapping.MAIN, "text/html", HtmlBodies.toHtml(article.body()));
      out.endList();
    }
  }

  private static void headlines(StreamOut out, StreamRules rules, Article article) {
    String headline = article.headline().isEmpty() ? null : article.headline();
    String subheadline = article.subheadline();
    if (headline != null || subheadline != null) {
      out.startList(rules.document, "headlines");
      item(out, rules.headline, TextMapping.MAIN, null, headline);
      item(out, rules.headline, TextMapping.SUB, null, subheadline);
      out.endList();
    }
  }

  private static void descriptions(StreamOut out, StreamRules rules, Article article) {
    String summary = article.summary();
    String engagement = engagement(article.engagement());
    if (summary != null || engagement != null) {
      out.startList(rules.document, "descriptions");
      item(out, rules.description, LinkMapping.SUMMARY, null, summary);
      item(out, rules.description, LinkMapping.ENGAGEMENT, LinkMapping.JSON, engagement);
      out.endList();
    }
  }

  /** Writes a text item {@code {role, contentType, value}} unless the value is null. */
  static void item(
      StreamOut out,
      Rule.ObjectRule rule,
      @Nullable String role,
      @Nullable String contentType,
      @Nullable String value) {
    if (value == null) {
      return;
    }
    out.startObject();
    out.string(rule, "role", role);
    out.string(rule, "contentType", contentType);
    out.string(rule, "value", value);
    out.endObject();
  }

  /**
   * The counters as the compact JSON text {@link LinkMapping} gives them, such as {@code
   * {"views":759}}; null without engagement.
   */
  static @Nullable String engagement(@Nullable Engagement engagement) {
    if (engagement == null) {
      return null;
    }
    StringBuilder json = new StringBuilder(48).append('{');
    count(json, "views", engagement.views());
    count(json, "shares", engagement.shares());
    count(json, "comments", engagement.comments());
    count(json, "reactions", engagement.reactions());
    NewsDateTime asOf = engagement.asOf();
    if (asOf != null) {
      // ISO 8601 text (ASCII digits, T, Z, ':', '.', '+', '-'), which JSON writes unescaped
      separate(json).append("\"asOf\":\"").append(asOf.text()).append('"');
    }
    return json.append('}').toString();
  }

  private static void count(StringBuilder json, String name, @Nullable Long value) {
    if (value != null) {
      separate(json).append('"').append(name).append("\":").append(value.longValue());
    }
  }

  private static StringBuilder separate(StringBuilder json) {
    return json.length() > 1 ? json.append(',') : json;
  }
}
