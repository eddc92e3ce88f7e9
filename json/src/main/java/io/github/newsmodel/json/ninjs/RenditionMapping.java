package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.media.Rendition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renditions: {@code href} → url, {@code name}, {@code contentType} → media type, {@code width},
 * {@code height}, {@code sizeInBytes}, {@code duration} (seconds) → duration, {@code videoCodec},
 * {@code frameRate}, {@code bitrate} (a string of digits) → bitrate; {@code format}, {@code
 * aspectRatio}, {@code poi}, {@code transportProtocol}, {@code scanType} and {@code title} stay in
 * the rendition's extensions.
 */
final class RenditionMapping {

  private RenditionMapping() {}

  static List<Rendition> read(JsonNode list) {
    List<Rendition> renditions = new ArrayList<>();
    for (JsonNode item : list) {
      Members m = new Members(item);
      Rendition.Builder r =
          Rendition.builder(EntityMapping.orEmpty(m.text("href")))
              .name(m.text("name"))
              .mediaType(m.text("contentType"))
              .width(m.integer("width"))
              .height(m.integer("height"))
              .sizeBytes(m.longInteger("sizeInBytes"))
              .videoCodec(m.text("videoCodec"));
      JsonNode duration = m.take("duration");
      if (duration != null && duration.isNumber()) {
        r.duration(seconds(duration.decimalValue()));
      }
      JsonNode frameRate = m.take("frameRate");
      if (frameRate != null && frameRate.isNumber()) {
        r.frameRate(frameRate.doubleValue());
      }
      String bitrate = m.text("bitrate");
      if (bitrate != null && bitrate.matches("[0-9]{1,18}")) {
        r.bitrate(Long.parseLong(bitrate));
      } else if (bitrate != null) {
        m.restore("bitrate", Trees.NODES.stringNode(bitrate));
      }
      renditions.add(r.extensions(m.leftovers(Extensions.empty())).build());
    }
    return renditions;
  }

  private static @Nullable Duration seconds(BigDecimal value) {
    try {
      return Duration.ofNanos(value.movePointRight(9).longValueExact());
    } catch (ArithmeticException e) {
      return null;
    }
  }

  static @Nullable ArrayNode write(
      List<Rendition> renditions, String pointer, List<JsonProblem> dropped) {
    if (renditions.isEmpty()) {
      return null;
    }
    ArrayNode list = Trees.NODES.arrayNode();
    for (int i = 0; i < renditions.size(); i++) {
      Rendition r = renditions.get(i);
      ObjectNode node = Trees.NODES.objectNode();
      Members.putLeftovers(r.extensions(), node);
      String name = r.name() != null ? r.name() : r.purpose() != null ? r.purpose() : "r" + i;
      node.put("name", name);
      if (!r.url().isEmpty()) {
        node.put("href", r.url());
      }
      Members.put(node, "contentType", r.mediaType());
      if (r.width() != null) {
        node.put("width", r.width());
      }
      if (r.height() != null) {
        node.put("height", r.height());
      }
      if (r.sizeBytes() != null) {
        node.set("sizeInBytes", Trees.integer(r.sizeBytes()));
      }
      Duration duration = r.duration();
      if (duration != null) {
        BigDecimal secs = BigDecimal.valueOf(duration.toNanos()).movePointLeft(9);
        node.set("duration", Trees.number(secs.stripTrailingZeros().toPlainString()));
      }
      Members.put(node, "videoCodec", r.videoCodec());
      if (r.frameRate() != null) {
        node.set("frameRate", Trees.decimal(r.frameRate()));
      }
      if (r.bitrate() != null) {
        node.put("bitrate", Long.toString(r.bitrate()));
      }
      if (r.purpose() != null && !r.purpose().equals(name)) {
        Drops.add(pointer + "/" + i + "/purpose", "a rendition purpose", dropped);
      }
      list.add(node);
    }
    return list;
  }
}
