package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds random ninjs extensions to the objects of an article, as a ninjs read leaves them and as an
 * application could change them: kept properties ({@code ninjs:<name>}) with values the schema
 * accepts and values it rejects, some with the name of a member the model writes; list templates
 * ({@code ninjs-list:<list>}) with slots and other items; kept originals ({@code ninjs-original}),
 * some recorded for exactly what the model generates. A choice marked {@code !} in the tables below
 * is one the tree path drops or overrides, where streaming must fall back; it is taken one time in
 * 25, so that most decorated articles are still streamed.
 */
final class RandomNinjsExtensions {

  private static final Map<String, List<String>> ROOT =
      table(
          "title",
          "\"A title\"",
          "!5",
          "profile",
          "\"p\"",
          "representationType",
          "\"full\"",
          "\"partial\"",
          "!\"bogus\"",
          "standard",
          "{\"name\":\"ninjs\",\"version\":\"2.2\","
              + "\"schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json\"}",
          "{\"name\":\"ninjs\",\"version\":\"3.1\"}",
          "{\"schema\":\"https://iptc.org/std/ninjs/ninjs-schema_2.0.json\"}",
          "{\"version\":\"2.1\"}",
          "{}",
          "!\"3.1\"",
          "!{\"name\":\"ninjs\",\"extra\":1}",
          "trustIndicators",
          "[{\"role\":\"r\",\"href\":\"https://t.kz\",\"title\":\"T\"}]",
          "![{\"x\":1}]",
          "digitalSourceType",
          "{\"name\":\"n\",\"uri\":\"http://cv.iptc.org/x\"}",
          "!\"camera\"",
          "eventDetails",
          "{\"eventStatus\":\"confirmed\",\"dates\":{\"startDate\":\"2024-01-01\"}}",
          "!{\"dates\":{\"startDate\":\"a\",\"expectedStartDate\":\"2024\"}}",
          "!{\"dates\":{\"expectedStartDate\":\"February 29th\"}}",
          "renditions",
          "[{\"name\":\"r\",\"href\":\"https://r.kz\"}]",
          "![{}]",
          "plannedCoverage",
          "[{\"urgency\":3}]",
          "![{\"urgency\":11}]",
          "$schema",
          "!\"https://iptc.org/std/ninjs/ninjs-schema_2.2.json\"",
          "foofoo",
          "!true",
          "uri",
          "!5",
          "!\"kept\"",
          "urgency",
          "!0.1",
          "firstCreated",
          "!\"not a date\"",
          "people",
          "!{}");

  private static final Map<String, List<String>> PARTY =
      table(
          "contactInfo",
          "[{\"type\":\"email\",\"value\":\"a@b.kz\"}]",
          "![{\"type\":\"x\"}]",
          "literal",
          "\"lit\"",
          "symbols",
          "![{\"exchange\":\"KASE\",\"symbol\":\"K\"}]",
          "uri",
          "!\"kept\"",
          "name",
          "!7");

  private static final Map<String, List<String>> PLACE =
      table(
          "geoJSON",
          "{\"type\":\"Point\",\"coordinates\":[71.4,51.1]}",
          "{\"type\":\"Feature\",\"properties\":{\"a\":[1,{\"b\":null}]},\"geometry\":null}",
          "!{\"type\":\"Point\",\"coordinates\":[1]}",
          "contactInfo",
          "[{\"value\":\"v\"}]",
          "literal",
          "!\"kept\"");

  private static final Map<String, List<String>> PERSON_OR_ORGANISATION =
      table("contactInfo", "[{\"value\":\"v\"}]", "literal", "!\"kept\"");

  private static final Map<String, List<String>> EVENT =
      table("id", "\"e1\"", "geoJSON", "!{}", "relevance", "!50");

  private static final Map<String, List<String>> OTHER_ENTITY =
      table("id", "!\"e1\"", "contactInfo", "![{\"value\":\"v\"}]", "uri", "!\"kept\"");

  private static final Map<String, List<String>> SOURCE =
      table(
          "literal",
          "\"lit\"",
          "contactInfo",
          "[{\"address\":{\"lines\":[\"Abay 1\"],\"country\":\"KZ\"}}]",
          "![3]",
          "role",
          "!\"kept\"");

  private static final Map<String, List<String>> RENDITION =
      table(
          "format",
          "\"f\"",
          "aspectRatio",
          "\"16:9\"",
          "poi",
          "{\"x\":1,\"y\":2}",
          "!{\"x\":1.5}",
          "scanType",
          "\"progressive\"",
          "!\"bogus\"",
          "title",
          "\"t\"",
          "href",
          "!\"https://kept.kz\"");

  private static final Map<String, List<String>> RIGHTS_WITH_URL =
      table("langId", "\"en\"", "encodedRights", "!\"odrl\"");

  private static final Map<String, List<String>> RIGHTS_WITHOUT_URL =
      table("encodedRights", "\"odrl\"", "!1", "langId", "!\"en\"");

  private static final Map<String, List<String>> ASSOCIATION =
      table(
          "type",
          "\"text\"",
          "\"composite\"",
          "!\"bogus\"",
          "subjects",
          "[{\"name\":\"s\"}]",
          "name",
          "\"kept\"",
          "uri",
          "\"https://kept.kz\"",
          "!5",
          "headlines",
          "[{\"value\":\"kept\"}]");

  private static final Map<String, List<String>> ORIGINALS =
      table(
          "headlines",
          "[{\"role\":\"main\",\"value\":\"original\"}]",
          "!7",
          "descriptions",
          "[{\"role\":\"summary\",\"value\":\"original\"}]",
          "bodies",
          "[{\"value\":\"<p>original</p>\",\"contentType\":\"text/html\"}]",
          "title",
          "\"original\"",
          "!7",
          "standard",
          "{\"name\":\"ninjs\",\"version\":\"2.2\"}",
          "edNote",
          "\"original\"",
          "uri",
          "\"original\"",
          "foofoo",
          "\"original\"");

  /** How rarely a marked choice is taken: one time in this many. */
  private static final int MARKED_ONE_IN = 25;

  private final Random random;

  RandomNinjsExtensions(Random random) {
    this.random = random;
  }

  /** The article with random ninjs extensions on some of its objects. */
  Article decorate(Article article) {
    Article.Builder b = article.toBuilder();
    b.authors(article.authors().stream().map(this::party).toList());
    Party publisher = article.publisher();
    if (publisher != null) {
      b.publisher(party(publisher));
    }
    b.entities(article.entities().stream().map(this::entity).toList());
    b.sources(article.sources().stream().map(this::source).toList());
    b.media(article.media().stream().map(this::media).toList());
    b.related(article.related().stream().map(this::related).toList());
    Rights rights = article.rights();
    if (rights != null) {
      b.rights(
          rights.toBuilder()
              .extensions(
                  kept(
                      rights.extensions(),
                      rights.rightsUrl() == null ? RIGHTS_WITHOUT_URL : RIGHTS_WITH_URL))
              .build());
    }
    Extensions root = kept(article.extensions(), ROOT);
    root = template(root, "headlines", "headline", "subheadline");
    root = template(root, "descriptions", "summary", "engagement");
    root = template(root, "bodies", "body-html", "body-text");
    Article decorated = b.extensions(root).build();
    return decorated.toBuilder().extensions(originals(decorated)).build();
  }

  private Party party(Party party) {
    return party.toBuilder().extensions(kept(party.extensions(), PARTY)).build();
  }

  private Entity entity(Entity entity) {
    Map<String, List<String>> table =
        switch (entity.kind()) {
          case PLACE -> PLACE;
          case EVENT -> EVENT;
          case PERSON, ORGANIZATION -> PERSON_OR_ORGANISATION;
          default -> OTHER_ENTITY;
        };
    return entity.toBuilder().extensions(kept(entity.extensions(), table)).build();
  }

  private Source source(Source source) {
    return source.toBuilder().extensions(kept(source.extensions(), SOURCE)).build();
  }

  private Media media(Media media) {
    List<Rendition> renditions = new ArrayList<>();
    for (Rendition r : media.renditions()) {
      renditions.add(r.toBuilder().extensions(kept(r.extensions(), RENDITION)).build());
    }
    Extensions extensions = kept(media.extensions(), ASSOCIATION);
    extensions = template(extensions, "headlines", "title");
    extensions = template(extensions, "descriptions", "caption", "alt");
    if (random.nextInt(4) == 0) {
      extensions =
          extensions.with(
              Overrides.KEY,
              value("{\"by\":{\"original\":\"kept by\"},\"usageTerms\":{\"generated\":\"x\"}}"));
    }
    return media.toBuilder().renditions(renditions).extensions(extensions).build();
  }

  private RelatedArticle related(RelatedArticle related) {
    Extensions extensions = kept(related.extensions(), ASSOCIATION);
    if (random.nextInt(4) == 0) {
      extensions = extensions.with(Overrides.KEY, value("{\"rel\":{\"original\":\"kept\"}}"));
    }
    return related.toBuilder().extensions(extensions).build();
  }

  /** Adds up to two kept properties from {@code table} (one object in two gets none). */
  private Extensions kept(Extensions extensions, Map<String, List<String>> table) {
    Extensions result = extensions;
    if (random.nextBoolean()) {
      return result;
    }
    List<String> names = new ArrayList<>(table.keySet());
    for (int i = random.nextInt(2) + 1; i > 0; i--) {
      String name = names.get(random.nextInt(names.size()));
      String picked = pick(table.get(name));
      if (picked != null) {
        result = result.with(Members.PREFIX + name, value(picked));
      }
    }
    return result;
  }

  /** One of {@code choices}: a marked one now and then, else an unmarked one; or null. */
  private @Nullable String pick(List<String> choices) {
    boolean marked = random.nextInt(MARKED_ONE_IN) == 0;
    List<String> candidates = choices.stream().filter(c -> c.startsWith("!") == marked).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    String choice = candidates.get(random.nextInt(candidates.size()));
    return marked ? choice.substring(1) : choice;
  }

  /**
   * Sometimes adds a template of the list {@code property} with the given slots and other items.
   */
  private Extensions template(Extensions extensions, String property, String... slots) {
    if (random.nextInt(3) != 0) {
      return extensions;
    }
    List<JsonValue> items = new ArrayList<>();
    for (String slot : slots) {
      if (random.nextInt(3) != 0) {
        items.add(value("{\"role\":\"r\",\"value\":{\"$slot\":\"" + slot + "\"}}"));
      }
    }
    List<String> others =
        List.of(
            "{\"role\":\"other\",\"contentType\":\"text/plain\",\"value\":\"kept item\"}",
            "{\"value\":\"plain\"}",
            property.equals("bodies") ? "{\"value\":\"p\",\"charCount\":5}" : "!{\"charCount\":5}",
            "!{\"value\":5}",
            "!\"not an item\"");
    for (int i = random.nextInt(3); i > 0; i--) {
      String item = pick(others);
      if (item != null) {
        items.add(random.nextInt(items.size() + 1), value(item));
      }
    }
    return extensions.with(Slots.PREFIX + property, JsonValue.array(items));
  }

  /**
   * Sometimes records originals: for a text list or a kept property, against what the model
   * generates now (so the original is used) or something else (so it is not); for a property the
   * model does not write (so it is appended); for other members.
   */
  private Extensions originals(Article article) {
    if (random.nextInt(3) != 0) {
      return article.extensions();
    }
    ObjectNode generated = ArticleMapping.write(article, new ArrayList<>(), false);
    Map<String, JsonValue> entries = new LinkedHashMap<>();
    List<String> names =
        List.of(
            "headlines",
            "descriptions",
            "bodies",
            "title",
            "standard",
            "!edNote",
            "!uri",
            "!foofoo");
    for (int i = random.nextInt(3) + 1; i > 0; i--) {
      String name = pick(names);
      if (name == null) {
        continue;
      }
      Map<String, JsonValue> entry = new LinkedHashMap<>();
      JsonNode current = generated.get(name);
      int shape = random.nextInt(4);
      if (shape == 0 && current != null) {
        entry.put("generated", Trees.toValue(current));
      } else if (shape == 1) {
        entry.put("generated", JsonValue.string("something else"));
      }
      String original = pick(ORIGINALS.get(name));
      if (original != null && random.nextInt(4) != 0) {
        entry.put("original", value(original));
      } else if (original == null && shape == 0) {
        continue;
      }
      entries.put(name, JsonValue.object(entry));
    }
    if (random.nextInt(5) == 0) {
      entries.put("bodies", JsonValue.string("not an override"));
    }
    return entries.isEmpty()
        ? article.extensions()
        : article.extensions().with(Overrides.KEY, JsonValue.object(entries));
  }

  /** A table of names, each followed by its choices (JSON texts, which never start a name). */
  private static Map<String, List<String>> table(String... namesAndChoices) {
    Map<String, List<String>> table = new TreeMap<>();
    String name = null;
    for (String item : namesAndChoices) {
      boolean choice =
          item.startsWith("!")
              || item.startsWith("\"")
              || item.startsWith("{")
              || item.startsWith("[")
              || Character.isDigit(item.charAt(0))
              || item.equals("true");
      if (choice && name != null) {
        table.computeIfAbsent(name, n -> new ArrayList<>()).add(item);
      } else {
        name = item;
      }
    }
    return table;
  }

  static JsonValue value(String json) {
    return Trees.toValue(JsonMapper.shared().readTree(json));
  }
}
