package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.party.PartyKind;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The lower-case codes of the model's enums in the native format, both ways. */
final class Codes {

  private Codes() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static @Nullable PartyKind partyKind(String code) {
    return switch (code) {
      case "person" -> PartyKind.PERSON;
      case "organization" -> PartyKind.ORGANIZATION;
      default -> null;
    };
  }

  static @Nullable EntityKind entityKind(String code) {
    return switch (code) {
      case "person" -> EntityKind.PERSON;
      case "organization" -> EntityKind.ORGANIZATION;
      case "place" -> EntityKind.PLACE;
      case "event" -> EntityKind.EVENT;
      case "object" -> EntityKind.OBJECT;
      case "subject" -> EntityKind.SUBJECT;
      default -> null;
    };
  }

  static @Nullable MediaKind mediaKind(String code) {
    return switch (code) {
      case "image" -> MediaKind.IMAGE;
      case "video" -> MediaKind.VIDEO;
      case "audio" -> MediaKind.AUDIO;
      case "graphic" -> MediaKind.GRAPHIC;
      case "document" -> MediaKind.DOCUMENT;
      case "embed" -> MediaKind.EMBED;
      default -> null;
    };
  }

  static @Nullable PublicationStatus status(String code) {
    return switch (code) {
      case "usable" -> PublicationStatus.USABLE;
      case "withheld" -> PublicationStatus.WITHHELD;
      case "canceled" -> PublicationStatus.CANCELED;
      default -> null;
    };
  }

  static Extensions extensions(@Nullable Map<String, JsonValue> bag) {
    return bag == null || bag.isEmpty() ? Extensions.empty() : Extensions.of(bag);
  }
}
