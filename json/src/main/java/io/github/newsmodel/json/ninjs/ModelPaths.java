package io.github.newsmodel.json.ninjs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Locates a validator problem (a bean path such as {@code media[0].renditions[1].url}) in the ninjs
 * document it was read from (3.x names), as precisely as the mapping allows: a media item or
 * related article is its item of {@code associations}, a rendition URL its {@code href}; a field
 * read from a list the reader reorganised (entities, alternate ids) points at the list.
 */
final class ModelPaths {

  private static final Map<String, String> TOP =
      Map.ofEntries(
          Map.entry("id", "/uri"), Map.entry("headline", "/headlines"),
          Map.entry("subheadline", "/headlines"), Map.entry("summary", "/descriptions"),
          Map.entry("engagement", "/descriptions"), Map.entry("body", "/bodies"),
          Map.entry("language", "/language"), Map.entry("firstPublished", "/firstCreated"),
          Map.entry("modified", "/versionCreated"), Map.entry("created", "/contentCreated"),
          Map.entry("embargoedUntil", "/embargoedUntil"), Map.entry("expires", "/expires"),
          Map.entry("urgency", "/urgency"), Map.entry("status", "/pubStatus"),
          Map.entry("canonicalUrl", "/altIds"), Map.entry("alternateIds", "/altIds"),
          Map.entry("shareLinks", "/altIds"), Map.entry("followLinks", "/altIds"),
          Map.entry("authors", ""), Map.entry("publisher", "/organisations"),
          Map.entry("sources", "/infoSources"), Map.entry("genres", "/genres"),
          Map.entry("section", "/subjects"), Map.entry("keywords", "/subjects"),
          Map.entry("byline", "/by"), Map.entry("dateline", "/located"),
          Map.entry("slugline", "/slugline"), Map.entry("editorialNote", "/edNote"),
          Map.entry("version", "/version"), Map.entry("type", "/type"));

  private ModelPaths() {}

  static String toPointer(String path, JsonNode document) {
    List<String> segments = segments(path);
    if (segments.isEmpty()) {
      return "";
    }
    String first = segments.get(0);
    String name = first.replaceAll("\\[.*", "");
    int index = index(first);
    if ((name.equals("media") || name.equals("related")) && index >= 0) {
      String item = association(document, name.equals("related"), index);
      if (segments.size() > 1 && item != null) {
        return item + inside(segments.subList(1, segments.size()));
      }
      return item == null ? "/associations" : item;
    }
    if (name.equals("rights")) {
      return segments.size() > 1 && segments.get(1).equals("rightsUrl")
          ? "/rightsInfo/linkedRights"
          : "";
    }
    if (name.equals("entities")) {
      return "";
    }
    return TOP.getOrDefault(name, "");
  }

  private static String inside(List<String> rest) {
    String first = rest.get(0);
    String name = first.replaceAll("\\[.*", "");
    int index = index(first);
    if (name.equals("renditions") && index >= 0) {
      boolean url = rest.size() > 1 && rest.get(1).equals("url");
      return "/renditions/" + index + (url ? "/href" : rest.size() > 1 ? "/" + rest.get(1) : "");
    }
    return switch (name) {
      case "licenseUrl" -> "/rightsInfo/linkedRights";
      case "caption", "altText" -> "/descriptions";
      case "title" -> "/headlines";
      case "url" -> "/uri";
      case "id" -> "/name";
      case "creditLine" -> "/by";
      default -> "/" + name;
    };
  }

  private static @org.jspecify.annotations.Nullable String association(
      JsonNode document, boolean related, int wanted) {
    JsonNode list = document.get("associations");
    if (list == null || !list.isArray()) {
      return null;
    }
    int seen = 0;
    for (int i = 0; i < list.size(); i++) {
      if (MediaMapping.isRelated(list.get(i)) == related) {
        if (seen++ == wanted) {
          return "/associations/" + i;
        }
      }
    }
    return null;
  }

  private static int index(String segment) {
    int open = segment.indexOf('[');
    int close = segment.indexOf(']');
    if (open < 0 || close < open) {
      return -1;
    }
    try {
      return Integer.parseInt(segment.substring(open + 1, close));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String part : path.split("\\.(?![^\\[]*\\])", -1)) {
      if (!part.isEmpty()) {
        segments.add(part);
      }
    }
    return segments;
  }
}
