package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.html.HtmlConversion;
import io.github.newsmodel.media.Media;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the streaming fast path takes from text lists: the same items as {@link TextMapping}, {@link
 * LinkMapping} and {@link MediaMapping} choose (their own selection methods), the same list
 * templates, and only when writing the fields back gives the list as read — otherwise it
 * {@linkplain FastGiveUp gives up}, because the tree path would keep the original in {@code
 * ninjs-original}.
 */
final class FastTexts {

  private FastTexts() {}

  /** The headline and subheadline, as {@link TextMapping#readHeadlines}. */
  static Extensions headlines(FastTextList list, Article.Builder article, Extensions extensions) {
    List<TextMapping.Item> items = list.items();
    TextMapping.Item headline = TextMapping.headline(items);
    TextMapping.Item sub = TextMapping.withRole(items, TextMapping.SUB);
    if (headline != null && headline.value().isEmpty()) {
      throw FastGiveUp.now(); // an empty headline is not written back, so its item would be lost
    }
    article.headline(headline == null ? "" : headline.value());
    article.subheadline(TextMapping.value(sub));
    return extensions.with(
        Slots.PREFIX + "headlines",
        list.template(
            FastTextList.indexOf(headline), "headline", FastTextList.indexOf(sub), "subheadline"));
  }

  /** The engagement counters and the summary, as {@link LinkMapping#readDescriptions}. */
  static Extensions descriptions(
      FastTextList list, Article.Builder article, Extensions extensions) {
    List<TextMapping.Item> items = list.items();
    Map<Integer, String> slots = new HashMap<>();
    int engagementAt = -1;
    for (TextMapping.Item item : items) {
      if (engagementAt < 0
          && LinkMapping.ENGAGEMENT.equals(item.role())
          && LinkMapping.JSON.equals(item.contentType())) {
        Engagement engagement = FastEngagement.read(item.value());
        if (engagement != null) {
          article.engagement(engagement);
          engagementAt = item.index();
          slots.put(engagementAt, LinkMapping.ENGAGEMENT);
        }
      }
    }
    TextMapping.Item summary = LinkMapping.summaryItem(items, slots);
    article.summary(TextMapping.value(summary));
    return extensions.with(
        Slots.PREFIX + "descriptions",
        list.template(
            engagementAt,
            LinkMapping.ENGAGEMENT,
            FastTextList.indexOf(summary),
            LinkMapping.SUMMARY));
  }

  /**
   * The body, from the first HTML body, which must be in the canonical form (so that the blocks
   * write back to it) and give no warnings; a body only in plain text is given up, as writing adds
   * an HTML body to the list. {@code converter} converts HTML found at a pointer, as {@link
   * io.github.newsmodel.json.html.HtmlBodies#toBlocks(String, String)}.
   */
  static Extensions bodies(
      FastTextList list,
      Article.Builder article,
      Extensions extensions,
      BiFunction<String, String, HtmlConversion> converter) {
    for (TextMapping.Item item : list.items()) {
      String type = item.contentType();
      if (type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("text/html")) {
        String pointer = JsonPointers.append(JsonPointers.append("/bodies", item.index()), "value");
        HtmlConversion conversion = converter.apply(item.value(), pointer);
        if (!conversion.exact()
            || !conversion.warnings().isEmpty()
            || conversion.blocks().isEmpty()) {
          throw FastGiveUp.now();
        }
        article.body(conversion.blocks());
        return extensions.with(
            Slots.PREFIX + "bodies", list.template(item.index(), TextMapping.HTML));
      }
    }
    throw FastGiveUp.now();
  }

  /** The title of a media item, as {@link MediaMapping#readMedia}. */
  static Extensions title(FastTextList list, Media.Builder media, Extensions extensions) {
    TextMapping.Item title = TextMapping.headline(list.items());
    media.title(TextMapping.value(title));
    return extensions.with(
        Slots.PREFIX + "headlines", list.template(FastTextList.indexOf(title), MediaMapping.TITLE));
  }

  /** The caption and alternative text of a media item, as {@link MediaMapping#readMedia}. */
  static Extensions captions(FastTextList list, Media.Builder media, Extensions extensions) {
    List<TextMapping.Item> items = list.items();
    TextMapping.Item alt = TextMapping.withRole(items, MediaMapping.ALT);
    TextMapping.Item caption = TextMapping.withRole(items, MediaMapping.CAPTION);
    if (caption == null) {
      caption =
          items.stream().filter(t -> !MediaMapping.ALT.equals(t.role())).findFirst().orElse(null);
    }
    media.caption(TextMapping.value(caption)).altText(TextMapping.value(alt));
    return extensions.with(
        Slots.PREFIX + "descriptions",
        list.template(
            FastTextList.indexOf(caption),
            MediaMapping.CAPTION,
            FastTextList.indexOf(alt),
            MediaMapping.ALT));
  }

  /**
   * The headline of a related article: only a list of one item with nothing but a value maps to it
   * (as in {@link MediaMapping#readRelated}); anything else stays in the extensions, which the fast
   * path does not keep.
   */
  static void relatedHeadline(FastTextList list, RelatedArticle.Builder related) {
    if (list.items().size() != 1 || !list.onlyValues()) {
      throw FastGiveUp.now();
    }
    related.headline(list.items().get(0).value());
  }
}
