package io.github.newsmodel.json.ninjs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property names of ninjs 2.x and 3.x. A 2.x name is the 3.x name in lower case, except {@code
 * embargoed} (3.x {@code embargoedUntil}). Documents are held internally with 3.x names; the
 * contents of GeoJSON values are never renamed.
 */
final class Names {

  private static final Map<String, String> TO_V3 = new HashMap<>();

  static {
    for (String name : NinjsRules.of(NinjsVersion.V3_1).names()) {
      TO_V3.put(toV2(name), name);
    }
  }

  private Names() {}

  static String toV2(String v3Name) {
    return v3Name.equals("embargoedUntil") ? "embargoed" : v3Name.toLowerCase(Locale.ROOT);
  }

  static String toV3(String v2Name) {
    return TO_V3.getOrDefault(v2Name, v2Name);
  }

  /** Renames every object key of {@code node}, deeply, to the naming of {@code version}. */
  static JsonNode rename(JsonNode node, boolean toV3) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String name = toV3 ? toV3(member.getKey()) : toV2(member.getKey());
        boolean raw = GEO.contains(member.getKey());
        copy.set(name, raw ? member.getValue() : rename(member.getValue(), toV3));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : node) {
        copy.add(rename(item, toV3));
      }
      return copy;
    }
    return node;
  }

  private static final Set<String> GEO = Set.of("geoJSON", "geojson");
}
