package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code image} (URL, {@code ImageObject}, or an array of those) and {@code video} ({@code
 * VideoObject}). Image objects that share an {@code identifier} become renditions of one {@link
 * Media}, as the writer emits them; every other image becomes its own media item.
 */
final class MediaReader {
  private static final Set<String> IMAGE_MEMBERS =
      Set.of(
          "@id",
          "@type",
          "url",
          "contentUrl",
          "width",
          "height",
          "caption",
          "creditText",
          "copyrightNotice",
          "license",
          "description",
          "name",
          "identifier",
          "encodingFormat");
  private static final Set<String> VIDEO_MEMBERS =
      Set.of(
          "@id",
          "@type",
          "name",
          "description",
          "thumbnailUrl",
          "contentUrl",
          "embedUrl",
          "duration",
          "width",
          "height",
          "identifier",
          "uploadDate",
          "encodingFormat");

  private final Values values;
  private final List<Media> media = new ArrayList<>();
  private final Map<String, Integer> byIdentifier = new LinkedHashMap<>();

  MediaReader(Values values) {
    this.values = values;
  }

  /** The media read so far. */
  List<Media> media() {
    return media;
  }

  /** Reads every image of {@code image}. */
  void images(Located property) {
    for (Located item : property.items()) {
      image(values.graph().resolve(item));
    }
  }

  private void image(Located node) {
    if (node.node().isArray()) {
      values.mismatch(node, "an image URL or an ImageObject");
      return;
    }
    String url = node.node().isObject() ? imageUrl(node) : values.url(node);
    if (url == null) {
      if (node.node().isObject()) {
        values.sink().warning(node.pointer(), "jsonld.image.url", "image without url is skipped");
      }
      return;
    }
    Rendition.Builder rendition = Rendition.builder(url);
    String identifier = null;
    if (node.node().isObject()) {
      rendition
          .width(values.integer(node.get("width")))
          .height(values.integer(node.get("height")))
          .mediaType(values.text(node.get("encodingFormat")));
      identifier = values.scalarText(node.get("identifier"));
    }
    Integer existing = identifier == null ? null : byIdentifier.get(identifier);
    if (existing != null) {
      Media grouped = media.get(existing);
      String path = "media[" + existing + "].renditions[" + grouped.renditions().size() + "]";
      record(path, node);
      media.set(existing, grouped.toBuilder().addRendition(rendition.build()).build());
      return;
    }
    int index = media.size();
    String id = identifier != null ? identifier : "image-" + (index + 1);
    Media.Builder builder = Media.builder(MediaKind.IMAGE, id).addRendition(rendition.build());
    if (node.node().isObject()) {
      builder
          .caption(values.text(node.get("caption")))
          .altText(values.text(node.get("description")))
          .title(values.text(node.get("name")))
          .creditLine(values.text(node.get("creditText")))
          .copyrightNotice(values.text(node.get("copyrightNotice")))
          .licenseUrl(values.url(node.get("license")))
          .extensions(TreeValues.unknownMembers(node.node(), IMAGE_MEMBERS));
      String path = "media[" + index + "]";
      values.sink().origin(path + ".title", node.get("name").pointer());
      values.sink().origin(path + ".caption", node.get("caption").pointer());
      values.sink().origin(path + ".altText", node.get("description").pointer());
      values.sink().origin(path + ".creditLine", node.get("creditText").pointer());
      values.sink().origin(path + ".copyrightNotice", node.get("copyrightNotice").pointer());
      values.sink().origin(path + ".licenseUrl", node.get("license").pointer());
    }
    values.sink().origin("media[" + index + "]", node.pointer());
    record("media[" + index + "].renditions[0]", node);
    if (identifier != null) {
      byIdentifier.put(identifier, index);
    }
    media.add(builder.build());
  }

  private void record(String path, Located node) {
    values.sink().origin(path, node.pointer());
    if (node.node().isObject()) {
      Located url = node.get("contentUrl").isAbsent() ? node.get("url") : node.get("contentUrl");
      values.sink().origin(path + ".url", url.pointer());
      values.sink().origin(path + ".width", node.get("width").pointer());
      values.sink().origin(path + ".height", node.get("height").pointer());
      values.sink().origin(path + ".mediaType", node.get("encodingFormat").pointer());
    }
  }

  private @Nullable String imageUrl(Located node) {
    String url = values.url(node.get("contentUrl"));
    return url != null ? url : values.url(node.get("url"));
  }

  /** Reads every {@code VideoObject} of {@code video}. */
  void videos(Located property) {
    for (Located item : property.items()) {
      Located node = values.graph().resolve(item);
      if (!node.node().isObject()) {
        values.mismatch(node, "a VideoObject");
        continue;
      }
      video(node);
    }
  }

  private void video(Located node) {
    int index = media.size();
    String path = "media[" + index + "]";
    String identifier = values.scalarText(node.get("identifier"));
    Media.Builder builder =
        Media.builder(MediaKind.VIDEO, identifier != null ? identifier : "video-" + (index + 1))
            .title(values.text(node.get("name")))
            .caption(values.text(node.get("description")))
            .extensions(TreeValues.unknownMembers(node.node(), VIDEO_MEMBERS));
    values.sink().origin(path, node.pointer());
    values.sink().origin(path + ".title", node.get("name").pointer());
    values.sink().origin(path + ".caption", node.get("description").pointer());
    int renditions = 0;
    String content = values.url(node.get("contentUrl"));
    if (content != null) {
      builder.addRendition(
          Rendition.builder(content)
              .width(values.integer(node.get("width")))
              .height(values.integer(node.get("height")))
              .mediaType(values.text(node.get("encodingFormat")))
              .duration(duration(node.get("duration")))
              .build());
      String rendition = path + ".renditions[" + renditions++ + "]";
      values.sink().origin(rendition, node.get("contentUrl").pointer());
      values.sink().origin(rendition + ".width", node.get("width").pointer());
      values.sink().origin(rendition + ".height", node.get("height").pointer());
      values.sink().origin(rendition + ".mediaType", node.get("encodingFormat").pointer());
    }
    String embed = values.url(node.get("embedUrl"));
    if (embed != null) {
      builder.addRendition(Rendition.builder(embed).purpose("embed").build());
      values
          .sink()
          .origin(path + ".renditions[" + renditions++ + "]", node.get("embedUrl").pointer());
    }
    for (Located thumbnail : node.get("thumbnailUrl").items()) {
      String url = values.url(thumbnail);
      if (url != null) {
        builder.addRendition(Rendition.builder(url).purpose("thumbnail").build());
        values.sink().origin(path + ".renditions[" + renditions++ + "]", thumbnail.pointer());
      }
    }
    String uploadDate = values.text(node.get("uploadDate"));
    if (uploadDate != null) {
      Media built = builder.build();
      builder.extensions(built.extensions().with("uploadDate", JsonValue.string(uploadDate)));
    }
    media.add(builder.build());
  }

  private @Nullable Duration duration(Located value) {
    String text = values.text(value);
    if (text == null) {
      return null;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException notIso) {
      values
          .sink()
          .warning(
              value.pointer(),
              "jsonld.duration",
              "duration \"" + text + "\" is not ISO 8601 like PT4M19S");
      return null;
    }
  }
}
