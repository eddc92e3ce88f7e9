package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.internal.Fields;
import io.github.newsmodel.media.Rendition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The {@code renditions} of a media item as the streaming fast path reads them, mapped as {@link
 * RenditionMapping#read} maps them. It keeps only renditions the writer gives back unchanged: no
 * member the model has no field for, a non-empty {@code href}, sizes as plain integers, a duration
 * and frame rate whose number the writer prints the same way ({@code 2} and {@code 2.5}, not {@code
 * 2.0}), a bitrate without leading zeros, and nothing negative (a stricter-check problem).
 */
final class FastRenditions {

  /** The members of a rendition the model has fields for. */
  static final Fields RENDITION =
      Fields.of(
          "name",
          "href",
          "contentType",
          "width",
          "height",
          "sizeInBytes",
          "duration",
          "videoCodec",
          "frameRate",
          "bitrate");

  private FastRenditions() {}

  /** Reads the list at the current token. */
  static List<Rendition> read(FastTokens tokens) {
    List<Rendition> renditions = new ArrayList<>(4);
    for (int i = 0; tokens.nextItem(i); i++) {
      renditions.add(rendition(tokens));
    }
    if (renditions.isEmpty()) {
      throw FastGiveUp.now(); // the writer leaves an empty list out
    }
    return renditions;
  }

  private static Rendition rendition(FastTokens tokens) {
    Rendition.Builder rendition = Rendition.builder("");
    long seen = 0;
    for (int m; (m = tokens.nextMember(RENDITION)) >= 0; ) {
      seen = FastTokens.once(seen, m);
      switch (m) {
        case 0 -> rendition.name(tokens.string());
        case 1 -> {
          String href = tokens.string();
          if (href.isEmpty()) {
            throw FastGiveUp.now(); // an empty href is not written back
          }
          rendition.url(href);
        }
        case 2 -> rendition.mediaType(tokens.string());
        case 3 -> rendition.width(tokens.intValue());
        case 4 -> rendition.height(tokens.intValue());
        case 5 -> rendition.sizeBytes(tokens.longValue());
        case 6 -> rendition.duration(duration(tokens.number()));
        case 7 -> rendition.videoCodec(tokens.string());
        case 8 -> rendition.frameRate(frameRate(tokens.number()));
        default -> rendition.bitrate(bitrate(tokens.string()));
      }
    }
    if ((seen & 1) == 0) {
      throw FastGiveUp.now(); // the schema requires a name
    }
    return rendition.build();
  }

  /** A duration in seconds, kept only when the writer prints the same number for it. */
  private static Duration duration(JsonNode seconds) {
    if (seconds.doubleValue() < 0) {
      throw FastGiveUp.now(); // a stricter-check problem
    }
    Duration duration = Duration.ofNanos(seconds.decimalValue().movePointRight(9).longValueExact());
    BigDecimal written = BigDecimal.valueOf(duration.toNanos()).movePointLeft(9);
    if (!Overrides.same(seconds, Trees.number(written.stripTrailingZeros().toPlainString()))) {
      throw FastGiveUp.now();
    }
    return duration;
  }

  /** A frame rate, kept only when the writer prints the same number for it. */
  private static double frameRate(JsonNode rate) {
    double value = rate.doubleValue();
    if (!Overrides.same(rate, Trees.decimal(value))) {
      throw FastGiveUp.now();
    }
    return value;
  }

  /** A bitrate of digits, as the writer prints it. */
  private static long bitrate(String digits) {
    if (digits.isEmpty() || digits.length() > 18) {
      throw FastGiveUp.now();
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw FastGiveUp.now(); // another bitrate stays in the extensions
      }
    }
    long value = Long.parseLong(digits);
    if (!Long.toString(value).equals(digits)) {
      throw FastGiveUp.now(); // leading zeros are not written back
    }
    return value;
  }
}
