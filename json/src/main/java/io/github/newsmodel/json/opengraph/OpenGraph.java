package io.github.newsmodel.json.opengraph;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders the Open Graph {@code <meta>} tags of an article for a page's {@code <head>}.
 *
 * <p>Tags, in order, each only when the article has the value: {@code og:type} ({@code article}),
 * {@code og:title} (headline), {@code og:description} (summary, white space collapsed), {@code
 * og:url} (canonical URL), {@code og:site_name} (publisher name), {@code og:locale} (language; see
 * below), {@code og:image}, {@code og:image:type}, {@code og:image:width}, {@code og:image:height},
 * {@code og:image:alt} (alt text, else caption), {@code article:published_time}, {@code
 * article:modified_time} (the dates' original text), {@code article:section}, one {@code
 * article:tag} per keyword, one {@code article:author} per author (the author's URL, else name).
 *
 * <p>The image is the first image or graphic media item with a rendition; of its renditions the
 * largest 16x9 one (by {@code purpose} or by size) is taken, else the largest, thumbnails last.
 *
 * <p>{@code og:locale} maps the BCP 47 language tag to {@code language_TERRITORY}: a region is kept
 * ({@code ru-KZ} is {@code ru_KZ}); a bare language gets its usual territory ({@code ru} is {@code
 * ru_RU}, {@code kk} is {@code kk_KZ}, {@code en} is {@code en_US}, {@code uk} is {@code uk_UA},
 * {@code pt} is {@code pt_BR}, {@code zh-Hant} is {@code zh_TW}); other languages are doubled
 * ({@code fr} is {@code fr_FR}).
 *
 * <pre>{@code
 * String head = OpenGraph.metaTags(article);
 * // <meta property="og:type" content="article">
 * // <meta property="og:title" content="Казахстан принял участие …">
 * }</pre>
 */
public final class OpenGraph {
  private OpenGraph() {}

  /**
   * Returns the tags of an article, unescaped.
   *
   * @param article the article
   * @return the tags in the order above
   * @throws NullPointerException if {@code article} is null
   */
  public static List<MetaTag> tags(Article article) {
    Objects.requireNonNull(article, "OpenGraph.tags: article must not be null");
    List<MetaTag> tags = new ArrayList<>();
    add(tags, "og:type", "article");
    add(tags, "og:title", article.headline());
    add(tags, "og:description", collapse(article.summary()));
    add(tags, "og:url", article.canonicalUrl());
    Party publisher = article.publisher();
    add(tags, "og:site_name", publisher == null ? null : publisher.name());
    add(tags, "og:locale", OgLocales.of(article.language()));
    addImage(tags, article);
    add(
        tags,
        "article:published_time",
        article.firstPublished() == null ? null : article.firstPublished().text());
    add(
        tags,
        "article:modified_time",
        article.modified() == null ? null : article.modified().text());
    add(tags, "article:section", article.section());
    for (String keyword : article.keywords()) {
      add(tags, "article:tag", keyword);
    }
    for (Party author : article.authors()) {
      add(tags, "article:author", author.url() != null ? author.url() : author.name());
    }
    return List.copyOf(tags);
  }

  /**
   * Returns the tags as HTML, one {@code <meta>} element per line, attribute values escaped.
   *
   * @param article the article
   * @return the elements, each followed by a line feed
   * @throws NullPointerException if {@code article} is null
   */
  public static String metaTags(Article article) {
    StringBuilder html = new StringBuilder();
    for (MetaTag tag : tags(article)) {
      html.append(tag.toHtml()).append('\n');
    }
    return html.toString();
  }

  private static void addImage(List<MetaTag> tags, Article article) {
    for (Media media : article.media()) {
      if (media.kind() != MediaKind.IMAGE && media.kind() != MediaKind.GRAPHIC) {
        continue;
      }
      Rendition best = bestRendition(media.renditions());
      if (best == null) {
        continue;
      }
      add(tags, "og:image", best.url());
      add(tags, "og:image:type", best.mediaType());
      add(tags, "og:image:width", best.width() == null ? null : best.width().toString());
      add(tags, "og:image:height", best.height() == null ? null : best.height().toString());
      add(
          tags,
          "og:image:alt",
          media.altText() != null ? media.altText() : collapse(media.caption()));
      return;
    }
  }

  /** The largest 16x9 rendition, else the largest; thumbnails only when nothing else. */
  static @Nullable Rendition bestRendition(List<Rendition> renditions) {
    Comparator<Rendition> order =
        Comparator.<Rendition, Boolean>comparing(
                r -> !"thumbnail".equalsIgnoreCase(String.valueOf(r.purpose())))
            .thenComparing(OpenGraph::isWide)
            .thenComparingLong(OpenGraph::area);
    Rendition best = null;
    for (Rendition candidate : renditions) {
      if (best == null || order.compare(candidate, best) > 0) {
        best = candidate;
      }
    }
    return best;
  }

  private static long area(Rendition rendition) {
    return rendition.width() == null || rendition.height() == null
        ? 0
        : (long) rendition.width() * rendition.height();
  }

  private static boolean isWide(Rendition rendition) {
    String purpose = rendition.purpose();
    if (purpose != null && purpose.toLowerCase(Locale.ROOT).replace(':', 'x').equals("16x9")) {
      return true;
    }
    if (rendition.width() == null || rendition.height() == null || rendition.height() == 0) {
      return false;
    }
    double ratio = rendition.width() / (double) rendition.height();
    return Math.abs(ratio - 16.0 / 9.0) / (16.0 / 9.0) < 0.01;
  }

  private static @Nullable String collapse(@Nullable String text) {
    return text == null ? null : text.strip().replaceAll("\\s+", " ");
  }

  private static void add(List<MetaTag> tags, String property, @Nullable String content) {
    if (content != null && !content.isBlank()) {
      tags.add(new MetaTag(property, content));
    }
  }
}
