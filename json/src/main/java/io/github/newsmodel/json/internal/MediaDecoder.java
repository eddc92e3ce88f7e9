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

  /** The positions of the fields of a rendition, for the switch on them. */
  private static final class RenditionField {
    static final int URL = 0;
    static final int NAME = 1;
    static final int MEDIA_TYPE = 2;
    static final int WIDTH = 3;
    static final int HEIGHT = 4;
    static final int SIZE_BYTES = 5;
    static final int DURATION = 6;
    static final int PURPOSE = 7;
    static final int VIDEO_CODEC = 8;
    static final int FRAME_RATE = 9;
    static final int BITRATE = 10;

    private RenditionField() {}
  }

  static final Fields RENDITION =
      Fields.builder()
          .field(RenditionField.URL, "url")
          .field(RenditionField.NAME, "name")
          .field(RenditionField.MEDIA_TYPE, "mediaType")
          .field(RenditionField.WIDTH, "width")
          .field(RenditionField.HEIGHT, "height")
          .field(RenditionField.SIZE_BYTES, "sizeBytes")
          .field(RenditionField.DURATION, "duration")
          .field(RenditionField.PURPOSE, "purpose")
          .field(RenditionField.VIDEO_CODEC, "videoCodec")
          .field(RenditionField.FRAME_RATE, "frameRate")
          .field(RenditionField.BITRATE, "bitrate")
          .build();
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
    for (int field; (field = s.nextKnown(RENDITION)) != ReadState.END; s.exit()) {
      switch (field) {
        case RenditionField.URL -> url = s.text();
        case RenditionField.NAME -> name = s.text();
        case RenditionField.MEDIA_TYPE -> mediaType = s.string();
        case RenditionField.WIDTH -> width = s.intValue();
        case RenditionField.HEIGHT -> height = s.intValue();
        case RenditionField.SIZE_BYTES -> sizeBytes = s.longValue();
        case RenditionField.DURATION -> duration = s.duration();
        case RenditionField.PURPOSE -> purpose = s.string();
        case RenditionField.VIDEO_CODEC -> videoCodec = s.text();
        case RenditionField.FRAME_RATE -> frameRate = s.doubleValue();
        case RenditionField.BITRATE -> bitrate = s.longValue();
        default -> bag = s.unknown(bag, s.name());
      }
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
