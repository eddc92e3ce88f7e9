package io.github.newsmodel.json.internal;

import io.github.newsmodel.media.FocalPoint;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import tools.jackson.core.JsonGenerator;

/** Writes media objects and their renditions. */
final class MediaEncoder {

  private MediaEncoder() {}

  static void media(JsonGenerator g, Media media) {
    g.writeStartObject();
    Out.code(g, "kind", media.kind());
    g.writeStringProperty("id", media.id());
    Out.string(g, "uri", media.uri());
    Out.string(g, "title", media.title());
    Out.string(g, "caption", media.caption());
    Out.string(g, "altText", media.altText());
    Out.string(g, "creditLine", media.creditLine());
    if (media.creator() != null) {
      g.writeName("creator");
      PartyEncoder.party(g, media.creator());
    }
    Out.string(g, "copyrightNotice", media.copyrightNotice());
    Out.string(g, "licenseUrl", media.licenseUrl());
    Out.string(g, "usageTerms", media.usageTerms());
    Out.string(g, "language", media.language());
    Out.list(g, "renditions", media.renditions(), MediaEncoder::rendition);
    FocalPoint focalPoint = media.focalPoint();
    if (focalPoint != null) {
      g.writeName("focalPoint");
      g.writeStartObject();
      g.writeNumberProperty("x", focalPoint.x());
      g.writeNumberProperty("y", focalPoint.y());
      g.writeEndObject();
    }
    Out.extensions(g, media.extensions(), MediaDecoder.MEDIA, "a media object");
    g.writeEndObject();
  }

  static void rendition(JsonGenerator g, Rendition rendition) {
    g.writeStartObject();
    g.writeStringProperty("url", rendition.url());
    Out.string(g, "name", rendition.name());
    Out.string(g, "mediaType", rendition.mediaType());
    Out.number(g, "width", rendition.width());
    Out.number(g, "height", rendition.height());
    Out.number(g, "sizeBytes", rendition.sizeBytes());
    if (rendition.duration() != null) {
      g.writeStringProperty("duration", rendition.duration().toString());
    }
    Out.string(g, "purpose", rendition.purpose());
    Out.string(g, "videoCodec", rendition.videoCodec());
    Out.number(g, "frameRate", rendition.frameRate());
    Out.number(g, "bitrate", rendition.bitrate());
    Out.extensions(g, rendition.extensions(), MediaDecoder.RENDITION, "a rendition");
    g.writeEndObject();
  }
}
