package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.extension.JsonValue;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads an article's alternate identifiers, engagement counters and rights. */
final class MetaDecoder {

  static final Fields ALTERNATE_ID = Fields.of("role", "value");
  static final Fields ENGAGEMENT = Fields.of("views", "shares", "comments", "reactions", "asOf");
  static final Fields RIGHTS =
      Fields.of("copyrightHolder", "copyrightNotice", "usageTerms", "rightsUrl");

  private MetaDecoder() {}

  static @Nullable AlternateId alternateId(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    String role = null;
    String value = null;
    while (s.nextField(ALTERNATE_ID)) {
      String field = s.name();
      if (s.duplicate(ALTERNATE_ID, field)) {
        continue;
      }
      switch (field) {
        case "role" -> role = s.string();
        case "value" -> value = s.text();
        default -> s.unknownDropped(field, "an alternate id");
      }
      s.exit();
    }
    s.required(ALTERNATE_ID, "value", value);
    AlternateId id = null;
    if (value != null && value.isBlank()) {
      s.invalid("alternate id value is blank; expected an identifier");
    } else if (value != null) {
      id = new AlternateId(role, value);
    }
    s.endObject();
    return id;
  }

  static @Nullable Engagement engagement(ReadState s) {
    if (!s.beginObject(true)) {
      return null;
    }
    Engagement.Builder b = Engagement.builder();
    Map<String, JsonValue> bag = null;
    while (s.nextField(ENGAGEMENT)) {
      String field = s.name();
      if (s.duplicate(ENGAGEMENT, field)) {
        continue;
      }
      switch (field) {
        case "views" -> b.views(s.longValue());
        case "shares" -> b.shares(s.longValue());
        case "comments" -> b.comments(s.longValue());
        case "reactions" -> b.reactions(s.longValue());
        case "asOf" -> b.asOf(s.dateTime());
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.endObject();
    return b.extensions(Codes.extensions(bag)).build();
  }

  static @Nullable Rights rights(ReadState s) {
    if (!s.beginObject(true)) {
      return null;
    }
    Rights.Builder b = Rights.builder();
    Map<String, JsonValue> bag = null;
    while (s.nextField(RIGHTS)) {
      String field = s.name();
      if (s.duplicate(RIGHTS, field)) {
        continue;
      }
      switch (field) {
        case "copyrightHolder" -> b.copyrightHolder(s.text());
        case "copyrightNotice" -> b.copyrightNotice(s.text());
        case "usageTerms" -> b.usageTerms(s.text());
        case "rightsUrl" -> b.rightsUrl(s.text());
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.endObject();
    return b.extensions(Codes.extensions(bag)).build();
  }
}
