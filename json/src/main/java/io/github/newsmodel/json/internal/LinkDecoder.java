package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/** Reads share links (with built-in or custom platforms), follow links and related articles. */
final class LinkDecoder {

  static final Fields SHARE_LINK = Fields.of("platform", "url");
  static final Fields PLATFORM = Fields.of("id", "displayName", "template", "hosts");
  static final Fields FOLLOW_LINK = Fields.of("service", "url", "label", "language");
  static final Fields RELATED = Fields.of("url", "headline", "rel", "id");

  private LinkDecoder() {}

  static @Nullable ShareLink shareLink(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    SharePlatform platform = null;
    String url = null;
    while (s.nextField(SHARE_LINK)) {
      String field = s.name();
      if (s.duplicate(SHARE_LINK, field)) {
        continue;
      }
      switch (field) {
        case "platform" -> platform = platform(s);
        case "url" -> url = s.text();
        default -> s.unknownDropped(field, "a share link");
      }
      s.exit();
    }
    s.required(SHARE_LINK, "platform", platform);
    s.required(SHARE_LINK, "url", url);
    s.endObject();
    return platform == null || url == null ? null : new ShareLink(platform, url);
  }

  private static @Nullable SharePlatform platform(ReadState s) {
    if (s.token() == JsonToken.VALUE_STRING) {
      String id = s.string();
      SharePlatform platform = id == null ? null : SharePlatform.byId(id).orElse(null);
      if (platform == null && id != null) {
        s.problem(
            "value.unknown",
            "share platform '"
                + ReadState.shorten(id)
                + "' is not built in; expected a built-in id (telegram, whatsapp, facebook, x, "
                + "linkedin, vk, ok, reddit, viber, email) or a custom platform object");
      }
      return platform;
    }
    if (s.token() == JsonToken.VALUE_NULL || !s.beginObject(false)) {
      return null;
    }
    String id = null;
    String displayName = null;
    String template = null;
    List<String> hosts = List.of();
    while (s.nextField(PLATFORM)) {
      String field = s.name();
      if (s.duplicate(PLATFORM, field)) {
        continue;
      }
      switch (field) {
        case "id" -> id = s.text();
        case "displayName" -> displayName = s.text();
        case "template" -> template = s.text();
        case "hosts" -> hosts = s.strings();
        default -> s.unknownDropped(field, "a share platform");
      }
      s.exit();
    }
    s.required(PLATFORM, "id", id);
    s.required(PLATFORM, "displayName", displayName);
    s.required(PLATFORM, "template", template);
    SharePlatform platform = null;
    if (id != null && displayName != null && template != null) {
      try {
        platform = SharePlatform.custom(id, displayName, template, new LinkedHashSet<>(hosts));
      } catch (IllegalArgumentException e) {
        s.problem("value.invalid", "custom share platform is not accepted: " + e.getMessage());
        s.markBroken();
      }
    }
    s.endObject();
    return platform;
  }

  static @Nullable FollowLink followLink(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    String service = null;
    String url = null;
    String label = null;
    String language = null;
    while (s.nextField(FOLLOW_LINK)) {
      String field = s.name();
      if (s.duplicate(FOLLOW_LINK, field)) {
        continue;
      }
      switch (field) {
        case "service" -> service = s.string();
        case "url" -> url = s.text();
        case "label" -> label = s.text();
        case "language" -> language = s.string();
        default -> s.unknownDropped(field, "a follow link");
      }
      s.exit();
    }
    s.required(FOLLOW_LINK, "service", service);
    s.required(FOLLOW_LINK, "url", url);
    s.endObject();
    return service == null || url == null ? null : new FollowLink(service, url, label, language);
  }

  static @Nullable RelatedArticle related(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    RelatedArticle.Builder b = RelatedArticle.builder();
    String url = null;
    Map<String, JsonValue> bag = null;
    while (s.nextField(RELATED)) {
      String field = s.name();
      if (s.duplicate(RELATED, field)) {
        continue;
      }
      switch (field) {
        case "url" -> url = s.text();
        case "headline" -> b.headline(s.text());
        case "rel" -> b.rel(s.string());
        case "id" -> b.id(s.text());
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.required(RELATED, "url", url);
    s.endObject();
    return url == null ? null : b.url(url).extensions(Codes.extensions(bag)).build();
  }
}
