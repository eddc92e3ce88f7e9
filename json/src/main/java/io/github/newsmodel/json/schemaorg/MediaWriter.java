package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes images as {@code ImageObject}s and videos as {@code VideoObject}s.
 *
 * <p>For each image (or graphic) the largest rendition comes first, followed by its 16x9, 4x3 and
 * 1x1 renditions when present (by {@code purpose} or by width and height), as Google recommends.
 * All objects of one media item carry its id as {@code identifier}, so the reader regroups them.
 */
final class MediaWriter {
  /** The aspect ratios Google recommends, in order, as width and height. */
  static final int[][] RATIOS = {{16, 9}, {4, 3}, {1, 1}};

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MediaWriter() {}

  static void write(Article article, ObjectNode root) {
    ArrayNode images = NODES.arrayNode();
    ArrayNode videos = NODES.arrayNode();
    for (Media media : article.media()) {
      if (media.kind() == MediaKind.IMAGE || media.kind() == MediaKind.GRAPHIC) {
        boolean first = true;
        for (Rendition rendition : chosen(media)) {
          images.add(image(media, rendition, first));
          first = false;
        }
      } else if (media.kind() == MediaKind.VIDEO) {
        ObjectNode video = video(media, article);
        if (video != null) {
          videos.add(video);
        }
      }
    }
    if (!images.isEmpty()) {
      root.set("image", images);
    }
    if (!videos.isEmpty()) {
      root.set("video", videos);
    }
  }

  /** The renditions written for an image: the largest, then the recommended crops. */
  static List<Rendition> chosen(Media media) {
    List<Rendition> chosen = new ArrayList<>();
    Rendition largest = largest(media.renditions());
    if (largest == null) {
      return chosen;
    }
    chosen.add(largest);
    for (int[] ratio : RATIOS) {
      List<Rendition> matching = new ArrayList<>();
      for (Rendition rendition : media.renditions()) {
        if (hasRatio(rendition, ratio[0], ratio[1])) {
          matching.add(rendition);
        }
      }
      Rendition best = largest(matching);
      if (best != null && !chosen.contains(best)) {
        chosen.add(best);
      }
    }
    return chosen;
  }

  /** Returns the rendition with most pixels (unknown size counts as none), first on ties. */
  static @Nullable Rendition largest(List<Rendition> renditions) {
    Rendition best = null;
    long bestArea = -1;
    for (Rendition rendition : renditions) {
      if ("thumbnail".equals(rendition.purpose()) && renditions.size() > 1) {
        continue;
      }
      long area = area(rendition);
      if (best == null || area > bestArea) {
        best = rendition;
        bestArea = area;
      }
    }
    return best;
  }

  static long area(Rendition rendition) {
    return rendition.width() == null || rendition.height() == null
        ? 0
        : (long) rendition.width() * rendition.height();
  }

  /** Tells whether a rendition is a {@code w:h} crop: by purpose, or within 1% by its size. */
  static boolean hasRatio(Rendition rendition, int w, int h) {
    String purpose = rendition.purpose();
    if (purpose != null) {
      String normalized = purpose.toLowerCase(Locale.ROOT).replace(':', 'x');
      if (normalized.equals(w + "x" + h)) {
        return true;
      }
    }
    if (rendition.width() == null || rendition.height() == null || rendition.height() == 0) {
      return false;
    }
    double actual = rendition.width() / (double) rendition.height();
    double wanted = w / (double) h;
    return Math.abs(actual - wanted) / wanted < 0.01;
  }

  private static ObjectNode image(Media media, Rendition rendition, boolean primary) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "ImageObject");
    node.put("identifier", media.id());
    node.put("contentUrl", rendition.url());
    node.put("url", rendition.url());
    if (rendition.width() != null) {
      node.put("width", rendition.width().intValue());
    }
    if (rendition.height() != null) {
      node.put("height", rendition.height().intValue());
    }
    JsonLdWriter.putText(node, "encodingFormat", rendition.mediaType());
    JsonLdWriter.putText(node, "name", media.title());
    JsonLdWriter.putText(node, "caption", media.caption());
    JsonLdWriter.putText(node, "description", media.altText());
    JsonLdWriter.putText(node, "creditText", media.creditLine());
    JsonLdWriter.putText(node, "copyrightNotice", media.copyrightNotice());
    JsonLdWriter.putText(node, "license", media.licenseUrl());
    if (primary) {
      TreeValues.writeExtensions(node, media.extensions());
    }
    return node;
  }

  /**
   * A VideoObject: name (title, else caption, else the headline), description (caption),
   * thumbnailUrl (thumbnail renditions), uploadDate (the media's {@code uploadDate} extension, else
   * the article's datePublished), duration, contentUrl and embedUrl. Null without renditions.
   */
  private static @Nullable ObjectNode video(Media media, Article article) {
    Rendition content = null;
    Rendition embed = null;
    List<String> thumbnails = new ArrayList<>();
    for (Rendition rendition : media.renditions()) {
      String type = rendition.mediaType() == null ? "" : rendition.mediaType();
      if ("thumbnail".equals(rendition.purpose()) || type.startsWith("image/")) {
        thumbnails.add(rendition.url());
      } else if ("embed".equals(rendition.purpose())) {
        embed = embed == null ? rendition : embed;
      } else if (content == null || area(rendition) > area(content)) {
        content = rendition;
      }
    }
    if (content == null && embed == null) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    node.put("@type", "VideoObject");
    node.put("identifier", media.id());
    String name = media.title() != null ? media.title() : media.caption();
    node.put("name", name != null ? name : article.headline());
    JsonLdWriter.putText(node, "description", media.caption());
    if (!thumbnails.isEmpty()) {
      ArrayNode urls = node.putArray("thumbnailUrl");
      thumbnails.forEach(urls::add);
    }
    JsonValue upload = media.extensions().get("uploadDate").orElse(null);
    if (upload instanceof JsonValue.JsonString text) {
      node.put("uploadDate", text.value());
    } else if (article.firstPublished() != null) {
      node.put("uploadDate", article.firstPublished().text());
    }
    if (content != null) {
      if (content.duration() != null) {
        node.put("duration", content.duration().toString());
      }
      node.put("contentUrl", content.url());
      if (content.width() != null) {
        node.put("width", content.width().intValue());
      }
      if (content.height() != null) {
        node.put("height", content.height().intValue());
      }
      JsonLdWriter.putText(node, "encodingFormat", content.mediaType());
    }
    if (embed != null) {
      node.put("embedUrl", embed.url());
    }
    TreeValues.writeExtensions(node, media.extensions());
    return node;
  }
}
