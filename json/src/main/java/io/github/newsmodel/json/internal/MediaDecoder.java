package io.github.newsmodel.json.internal;

import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.FocalPoint;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads media objects, their renditions and focal points. */
final class MediaDecoder {

  static final Fields MEDIA =
      Fields.of(
          "kind",
          "id",
          "uri",
          "title",
          "caption",
          "altText",
          "creditLine",
          "creator",
          "copyrightNotice",
          "licenseUrl",
          "usageTerms",
          "language",
          "renditions",
          "focalPoint");
  static final Fields RENDITION =
      Fields.of(
          "url",
          "name",
          "mediaType",
          "width",
          "height",
          "sizeBytes",
          "duration",
          "purpose",
          "videoCodec",
          "frameRate",
          "bitrate");
  static final Fields FOCAL_POINT = Fields.of("x", "y");

  private MediaDecoder() {}

  static @Nullable Media media(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    Media.Builder b = Media.builder();
    MediaKind kind = null;
    String id = null;
    Map<String, JsonValue> bag = null;
    while (s.nextField(MEDIA)) {
      String field = s.name();
      if (s.duplicate(MEDIA, field)) {
        continue;
      }
      switch (field) {
        case "kind" ->
            kind = s.code(Codes::mediaKind, "image, video, audio, graphic, document, embed");
        case "id" -> id = s.text();
        case "uri" -> b.uri(s.text());
        case "title" -> b.title(s.text());
        case "caption" -> b.caption(s.text());
        case "altText" -> b.altText(s.text());
        case "creditLine" -> b.creditLine(s.text());
        case "creator" -> b.creator(PartyDecoder.optionalParty(s));
        case "copyrightNotice" -> b.copyrightNotice(s.text());
        case "licenseUrl" -> b.licenseUrl(s.text());
        case "usageTerms" -> b.usageTerms(s.text());
        case "language" -> b.language(s.string());
        case "renditions" -> b.renditions(s.list(MediaDecoder::rendition));
        case "focalPoint" -> b.focalPoint(focalPoint(s));
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.required(MEDIA, "kind", kind);
    s.required(MEDIA, "id", id);
    s.endObject();
    if (kind == null || id == null) {
      return null;
    }
    return b.kind(kind).id(id).extensions(Codes.extensions(bag)).build();
  }

  static @Nullable Rendition rendition(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    String url = null;
    String name = null;
    String mediaType = null;
    Integer width = null;
    Integer height = null;
    Long sizeBytes = null;
    java.time.Duration duration = null;
    String purpose = null;
    String videoCodec = null;
    Double frameRate = null;
    Long bitrate = null;
    Map<String, JsonValue> bag = null;
    while (s.nextField(RENDITION)) {
      String field = s.name();
      if (s.duplicate(RENDITION, field)) {
        continue;
      }
      switch (field) {
        case "url" -> url = s.text();
        case "name" -> name = s.text();
        case "mediaType" -> mediaType = s.string();
        case "width" -> width = s.intValue();
        case "height" -> height = s.intValue();
        case "sizeBytes" -> sizeBytes = s.longValue();
        case "duration" -> duration = s.duration();
        case "purpose" -> purpose = s.string();
        case "videoCodec" -> videoCodec = s.text();
        case "frameRate" -> frameRate = s.doubleValue();
        case "bitrate" -> bitrate = s.longValue();
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.required(RENDITION, "url", url);
    s.endObject();
    if (url == null) {
      return null;
    }
    return Rendition.builder(url)
        .name(name)
        .mediaType(mediaType)
        .width(width)
        .height(height)
        .sizeBytes(sizeBytes)
        .duration(duration)
        .purpose(purpose)
        .videoCodec(videoCodec)
        .frameRate(frameRate)
        .bitrate(bitrate)
        .extensions(Codes.extensions(bag))
        .build();
  }

  private static @Nullable FocalPoint focalPoint(ReadState s) {
    if (!s.beginObject(true)) {
      return null;
    }
    Double x = null;
    Double y = null;
    while (s.nextField(FOCAL_POINT)) {
      String field = s.name();
      if (s.duplicate(FOCAL_POINT, field)) {
        continue;
      }
      switch (field) {
        case "x" -> x = s.doubleValue();
        case "y" -> y = s.doubleValue();
        default -> s.unknownDropped(field, "a focal point");
      }
      s.exit();
    }
    s.required(FOCAL_POINT, "x", x);
    s.required(FOCAL_POINT, "y", y);
    s.endObject();
    return x == null || y == null ? null : new FocalPoint(x, y);
  }
}
