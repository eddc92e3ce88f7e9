package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code associations}: each item is a nested ninjs object. An item of type {@code text} whose
 * {@code uri} is an http(s) URL is a {@link RelatedArticle}; every other item is a {@link Media}:
 * {@code name} → id, {@code uri}, {@code type} → kind ({@code picture} image, {@code video}, {@code
 * audio}, {@code graphic}; any other type is a document and keeps its type), first headline →
 * title, description in role {@code caption} (else the first) → caption, role {@code alt} → alt
 * text, {@code by} → credit line, {@code copyrightNotice}, {@code usageTerms}, {@code language},
 * {@code rightsInfo.linkedRights} → licence URL, {@code renditions}. Everything else of the nested
 * object stays in the extensions of the media (or related article). A media item without uri is
 * written with the URL of its first rendition as uri (an association needs one); without renditions
 * either, it is dropped and reported.
 */
final class MediaMapping {

  static final Map<String, MediaKind> KINDS =
      Map.of(
          "picture",
          MediaKind.IMAGE,
          "video",
          MediaKind.VIDEO,
          "audio",
          MediaKind.AUDIO,
          "graphic",
          MediaKind.GRAPHIC);

  static final String TITLE = "title";
  static final String CAPTION = "caption";
  static final String ALT = "alt";

  private MediaMapping() {}

  static boolean isRelated(JsonNode item) {
    String type = Trees.text(item.get("type"));
    String uri = Trees.text(item.get("uri"));
    return "text".equals(type)
        && uri != null
        && (uri.toLowerCase(Locale.ROOT).startsWith("http://")
            || uri.toLowerCase(Locale.ROOT).startsWith("https://"));
  }

  static Media readMedia(JsonNode item) {
    Members m = new Members(item);
    String type = Trees.text(item.get("type"));
    MediaKind kind =
        type == null ? MediaKind.DOCUMENT : KINDS.getOrDefault(type, MediaKind.DOCUMENT);
    if (type != null && KINDS.containsKey(type)) {
      m.take("type");
    }
    Media.Builder media =
        Media.builder(kind, EntityMapping.orEmpty(m.text("name")))
            .uri(m.text("uri"))
            .creditLine(m.text("by"))
            .copyrightNotice(m.text("copyrightNotice"))
            .usageTerms(m.text("usageTerms"))
            .language(m.text("language"));
    Extensions lists = Extensions.empty();
    JsonNode headlines = m.take("headlines");
    TextMapping.Item title = TextMapping.headline(TextMapping.items(headlines));
    media.title(TextMapping.value(title));
    if (headlines != null && headlines.isArray()) {
      lists =
          Slots.record(
              lists,
              "headlines",
              headlines,
              title == null ? Map.of() : Map.of(title.index(), TITLE));
    } else {
      m.restore("headlines", headlines);
    }
    JsonNode descriptions = m.take("descriptions");
    List<TextMapping.Item> texts = TextMapping.items(descriptions);
    TextMapping.Item alt = TextMapping.withRole(texts, ALT);
    TextMapping.Item caption = TextMapping.withRole(texts, CAPTION);
    if (caption == null) {
      caption = texts.stream().filter(t -> !ALT.equals(t.role())).findFirst().orElse(null);
    }
    media.caption(TextMapping.value(caption)).altText(TextMapping.value(alt));
    if (descriptions != null && descriptions.isArray()) {
      Map<Integer, String> slots = new java.util.HashMap<>();
      if (caption != null) {
        slots.put(caption.index(), CAPTION);
      }
      if (alt != null) {
        slots.put(alt.index(), ALT);
      }
      lists = Slots.record(lists, "descriptions", descriptions, slots);
    } else {
      m.restore("descriptions", descriptions);
    }
    JsonNode rights = item.get("rightsInfo");
    if (rights != null
        && rights.isObject()
        && rights.size() == 1
        && Trees.text(rights.get("linkedRights")) != null) {
      m.take("rightsInfo");
      media.licenseUrl(Trees.text(rights.get("linkedRights")));
    }
    JsonNode renditions = m.take("renditions");
    if (renditions != null && renditions.isArray()) {
      media.renditions(RenditionMapping.read(renditions));
    } else {
      m.restore("renditions", renditions);
    }
    Media read = media.extensions(m.leftovers(lists)).build();
    ObjectNode again = writeMedia(read, "", new java.util.ArrayList<>());
    return read.toBuilder().extensions(Overrides.record(item, again, read.extensions())).build();
  }

  static ObjectNode writeMedia(Media media, String pointer, List<JsonProblem> dropped) {
    ObjectNode node = Trees.NODES.objectNode();
    Members.putLeftovers(media.extensions(), node);
    node.put("name", media.id());
    String uri = media.uri();
    if (uri == null
        && !media.renditions().isEmpty()
        && !media.renditions().get(0).url().isEmpty()) {
      uri = media.renditions().get(0).url();
    }
    Members.put(node, "uri", uri);
    String type =
        switch (media.kind()) {
          case IMAGE -> "picture";
          case VIDEO -> "video";
          case AUDIO -> "audio";
          case GRAPHIC -> "graphic";
          default -> null;
        };
    Members.put(node, "type", type);
    Map<String, @Nullable String> titles = Slots.values();
    titles.put(TITLE, media.title());
    Map<String, ObjectNode> generatedTitle = new LinkedHashMap<>();
    if (media.title() != null) {
      generatedTitle.put(TITLE, TextMapping.item(TextMapping.MAIN, null, media.title()));
    }
    ArrayNode headlines = Slots.write(media.extensions(), "headlines", titles, generatedTitle);
    if (headlines != null) {
      node.set("headlines", headlines);
    }
    Map<String, @Nullable String> texts = Slots.values();
    texts.put(CAPTION, media.caption());
    texts.put(ALT, media.altText());
    Map<String, ObjectNode> generatedTexts = new LinkedHashMap<>();
    if (media.caption() != null) {
      generatedTexts.put(CAPTION, TextMapping.item(CAPTION, null, media.caption()));
    }
    if (media.altText() != null) {
      generatedTexts.put(ALT, TextMapping.item(ALT, null, media.altText()));
    }
    ArrayNode descriptions = Slots.write(media.extensions(), "descriptions", texts, generatedTexts);
    if (descriptions != null) {
      node.set("descriptions", descriptions);
    }
    Members.put(node, "by", media.creditLine());
    Members.put(node, "copyrightNotice", media.copyrightNotice());
    Members.put(node, "usageTerms", media.usageTerms());
    Members.put(node, "language", media.language());
    if (media.licenseUrl() != null) {
      node.set("rightsInfo", Trees.NODES.objectNode().put("linkedRights", media.licenseUrl()));
    }
    ArrayNode renditions =
        RenditionMapping.write(media.renditions(), pointer + "/renditions", dropped);
    if (renditions != null) {
      node.set("renditions", renditions);
    }
    Drops.ifPresent(media.creator(), pointer + "/creator", "a media creator", dropped);
    Drops.ifPresent(media.focalPoint(), pointer + "/focalPoint", "a focal point", dropped);
    Overrides.apply(media.extensions(), node);
    return node;
  }

  static RelatedArticle readRelated(JsonNode item) {
    Members m = new Members(item);
    m.take("type");
    RelatedArticle.Builder related =
        RelatedArticle.builder(EntityMapping.orEmpty(m.text("uri"))).rel(m.text("rel"));
    JsonNode headlines = m.take("headlines");
    List<TextMapping.Item> titles = TextMapping.items(headlines);
    if (titles.size() == 1
        && titles.get(0).role() == null
        && titles.get(0).contentType() == null
        && headlines != null
        && headlines.size() == 1
        && headlines.get(0).size() == 1) {
      related.headline(titles.get(0).value());
    } else {
      m.restore("headlines", headlines);
    }
    RelatedArticle read = related.extensions(m.leftovers(Extensions.empty())).build();
    ObjectNode again = writeRelated(read, 0);
    return read.toBuilder().extensions(Overrides.record(item, again, read.extensions())).build();
  }

  static ObjectNode writeRelated(RelatedArticle related, int index) {
    ObjectNode node = Trees.NODES.objectNode();
    Members.putLeftovers(related.extensions(), node);
    if (!node.has("name")) {
      node.put("name", related.id() != null ? related.id() : "related" + index);
    }
    node.put("uri", related.url());
    node.put("type", "text");
    Members.put(node, "rel", related.rel());
    if (related.headline() != null) {
      node.set(
          "headlines",
          Trees.NODES.arrayNode().add(TextMapping.item(null, null, related.headline())));
    }
    Overrides.apply(related.extensions(), node);
    return node;
  }
}
