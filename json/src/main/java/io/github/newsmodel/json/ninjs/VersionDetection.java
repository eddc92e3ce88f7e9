package io.github.newsmodel.json.ninjs;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds the ninjs version of a document: first from what it declares ({@code standard.version},
 * then the schema URL in {@code standard.schema} or {@code $schema}), otherwise from its shape:
 * camelCase ninjs names mean 3.x (read as 3.1), lower-case 2.x names mean 2.x (read as 2.2), and a
 * document with neither (only {@code uri}, {@code type}, {@code headlines}…) is read as 3.1.
 */
final class VersionDetection {

  private static final Set<String> V2_ONLY =
      Set.of(
          "versioncreated",
          "firstcreated",
          "contentcreated",
          "embargoed",
          "pubstatus",
          "representationtype",
          "copyrightholder",
          "copyrightnotice",
          "usageterms",
          "ednote",
          "infosources",
          "altids",
          "trustindicators",
          "rightsinfo",
          "digitalsourcetype");

  private VersionDetection() {}

  static NinjsVersion detect(JsonNode document) {
    return declared(document).orElseGet(() -> byShape(document));
  }

  static Optional<NinjsVersion> declared(JsonNode document) {
    JsonNode standard = document.get("standard");
    if (standard != null && standard.isObject()) {
      JsonNode version = standard.get("version");
      if (version != null && version.isString()) {
        Optional<NinjsVersion> found = NinjsVersion.fromNumber(version.asString().trim());
        if (found.isPresent()) {
          return found;
        }
      }
      Optional<NinjsVersion> fromSchema = fromSchemaUrl(standard.get("schema"));
      if (fromSchema.isPresent()) {
        return fromSchema;
      }
    }
    return fromSchemaUrl(document.get("$schema"));
  }

  private static Optional<NinjsVersion> fromSchemaUrl(JsonNode url) {
    if (url == null || !url.isString()) {
      return Optional.empty();
    }
    String text = url.asString();
    int at = text.lastIndexOf("ninjs-schema_");
    if (at < 0) {
      return Optional.empty();
    }
    String rest = text.substring(at + "ninjs-schema_".length());
    int end = rest.indexOf(".json");
    return end < 0 ? Optional.empty() : NinjsVersion.fromNumber(rest.substring(0, end));
  }

  private static NinjsVersion byShape(JsonNode document) {
    if (!document.isObject()) {
      return NinjsVersion.V3_1;
    }
    boolean lower = false;
    for (Map.Entry<String, JsonNode> member : document.properties()) {
      String name = member.getKey();
      if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))
          && NinjsRules.of(NinjsVersion.V3_1).names().contains(name)) {
        return NinjsVersion.V3_1;
      }
      lower |= V2_ONLY.contains(name);
    }
    return lower ? NinjsVersion.V2_2 : NinjsVersion.V3_1;
  }
}
