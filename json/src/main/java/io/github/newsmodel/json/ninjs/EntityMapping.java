package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * People, organisations, places, subjects, events, objects, information sources and genres.
 *
 * <p>{@code people}/{@code organisations} with {@code rel: "author"} are authors, the first
 * organisation with {@code rel: "publisher"} is the publisher, the first subject with {@code rel:
 * "section"} the section and subjects with {@code rel: "keyword"} keywords; everything else is an
 * {@link Entity} of the matching kind ({@code literal} is its code).
 */
final class EntityMapping {

  static final String AUTHOR = "author";
  static final String PUBLISHER = "publisher";
  static final String SECTION = "section";
  static final String KEYWORD = "keyword";

  private static final Map<String, EntityKind> KINDS =
      Map.of(
          "people",
          EntityKind.PERSON,
          "organisations",
          EntityKind.ORGANIZATION,
          "places",
          EntityKind.PLACE,
          "subjects",
          EntityKind.SUBJECT,
          "events",
          EntityKind.EVENT,
          "objects",
          EntityKind.OBJECT);

  private static final String[] ORDER = {
    "people", "organisations", "places", "subjects", "events", "objects"
  };

  private EntityMapping() {}

  static void read(Members doc, Article.Builder article) {
    for (String property : ORDER) {
      JsonNode list = doc.take(property);
      if (list == null || !list.isArray()) {
        doc.restore(property, list);
        continue;
      }
      EntityKind kind =
          Objects.requireNonNull(KINDS.get(property)); // ORDER lists the keys of KINDS
      boolean publisherSeen = false;
      boolean sectionSeen = false;
      for (JsonNode item : list) {
        Members m = new Members(item);
        String rel = peek(item, "rel");
        String name = peek(item, "name");
        boolean partyLike = kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION;
        if (partyLike && AUTHOR.equals(rel)) {
          article.addAuthor(party(m, kind, null));
        } else if (kind == EntityKind.ORGANIZATION && PUBLISHER.equals(rel) && !publisherSeen) {
          publisherSeen = true;
          article.publisher(party(m, kind, null));
        } else if (kind == EntityKind.SUBJECT
            && SECTION.equals(rel)
            && !sectionSeen
            && name != null
            && item.size() == 2) {
          sectionSeen = true;
          article.section(name);
        } else if (kind == EntityKind.SUBJECT
            && KEYWORD.equals(rel)
            && name != null
            && item.size() == 2) {
          article.addKeyword(name);
        } else {
          article.addEntity(entity(m, kind));
        }
      }
    }
  }

  private static @Nullable String peek(JsonNode item, String name) {
    JsonNode node = item.get(name);
    return node != null && node.isString() ? node.asString() : null;
  }

  private static Party party(Members m, EntityKind kind, @Nullable String role) {
    Party.Builder party =
        Party.builder()
            .kind(kind == EntityKind.PERSON ? PartyKind.PERSON : PartyKind.ORGANIZATION)
            .name(orEmpty(m.text("name")))
            .uri(m.text("uri"))
            .role(role);
    m.take("rel");
    return party.extensions(m.leftovers(Extensions.empty())).build();
  }

  private static Entity entity(Members m, EntityKind kind) {
    Entity.Builder entity =
        Entity.builder()
            .kind(kind)
            .name(orEmpty(m.text("name")))
            .uri(m.text("uri"))
            .code(m.text("literal"))
            .rel(m.text("rel"));
    if (kind == EntityKind.SUBJECT) {
      entity.creator(m.text("creator"));
      Integer relevance = m.integer("relevance");
      entity.relevance(relevance);
      Integer confidence = m.integer("confidence");
      entity.confidence(confidence);
    }
    return entity.extensions(m.leftovers(Extensions.empty())).build();
  }

  static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  static void write(Article article, ObjectNode out, List<JsonProblem> dropped) {
    ArrayNode people = Trees.NODES.arrayNode();
    ArrayNode organisations = Trees.NODES.arrayNode();
    for (int i = 0; i < article.authors().size(); i++) {
      Party author = article.authors().get(i);
      ArrayNode target = author.kind() == PartyKind.PERSON ? people : organisations;
      target.add(party(author, AUTHOR, "/authors/" + i, dropped));
    }
    Party publisher = article.publisher();
    if (publisher != null) {
      organisations.add(party(publisher, PUBLISHER, "/publisher", dropped));
    }
    Map<EntityKind, ArrayNode> lists = new java.util.EnumMap<>(EntityKind.class);
    lists.put(EntityKind.PERSON, people);
    lists.put(EntityKind.ORGANIZATION, organisations);
    ArrayNode subjects = Trees.NODES.arrayNode();
    if (article.section() != null) {
      subjects.add(Trees.NODES.objectNode().put("name", article.section()).put("rel", SECTION));
    }
    lists.put(EntityKind.SUBJECT, subjects);
    for (int i = 0; i < article.entities().size(); i++) {
      Entity entity = article.entities().get(i);
      lists
          .computeIfAbsent(entity.kind(), k -> Trees.NODES.arrayNode())
          .add(entity(entity, "/entities/" + i, dropped));
    }
    for (String keyword : article.keywords()) {
      subjects.add(Trees.NODES.objectNode().put("name", keyword).put("rel", KEYWORD));
    }
    for (String property : ORDER) {
      ArrayNode list = lists.get(KINDS.get(property));
      if (list != null && !list.isEmpty()) {
        out.set(property, list);
      }
    }
  }

  private static ObjectNode party(
      Party party, String rel, String pointer, List<JsonProblem> dropped) {
    ObjectNode node = Trees.NODES.objectNode();
    Members.putLeftovers(party.extensions(), node);
    if (!party.name().isEmpty()) {
      node.put("name", party.name());
    }
    node.put("rel", rel);
    Members.put(node, "uri", party.uri());
    Drops.ifPresent(party.role(), pointer + "/role", "a party role", dropped);
    Drops.ifPresent(party.url(), pointer + "/url", "a party web address", dropped);
    Drops.ifPresent(party.jobTitle(), pointer + "/jobTitle", "a job title", dropped);
    Drops.ifPresent(party.logoUrl(), pointer + "/logoUrl", "a logo", dropped);
    return node;
  }

  private static ObjectNode entity(Entity entity, String pointer, List<JsonProblem> dropped) {
    ObjectNode node = Trees.NODES.objectNode();
    Members.putLeftovers(entity.extensions(), node);
    if (!entity.name().isEmpty()) {
      node.put("name", entity.name());
    }
    Members.put(node, "rel", entity.rel());
    Members.put(node, "uri", entity.uri());
    Members.put(node, "literal", entity.code());
    Members.put(node, "creator", entity.creator());
    if (entity.relevance() != null) {
      node.put("relevance", entity.relevance());
    }
    if (entity.confidence() != null) {
      node.put("confidence", entity.confidence());
    }
    Drops.ifPresent(entity.language(), pointer + "/language", "an entity language", dropped);
    return node;
  }

  static void readSources(Members doc, Article.Builder article) {
    JsonNode list = doc.take("infoSources");
    if (list == null || !list.isArray()) {
      doc.restore("infoSources", list);
      return;
    }
    for (JsonNode item : list) {
      Members m = new Members(item);
      Source.Builder source = Source.builder().name(orEmpty(m.text("name"))).uri(m.text("uri"));
      String role = m.text("role");
      if (role != null) {
        source.addRole(role);
      }
      article.addSource(source.extensions(m.leftovers(Extensions.empty())).build());
    }
  }

  static void writeSources(Article article, ObjectNode out, List<JsonProblem> dropped) {
    ArrayNode list = Trees.NODES.arrayNode();
    for (int i = 0; i < article.sources().size(); i++) {
      Source source = article.sources().get(i);
      ObjectNode node = Trees.NODES.objectNode();
      Members.putLeftovers(source.extensions(), node);
      if (!source.name().isEmpty()) {
        node.put("name", source.name());
      }
      if (!source.roles().isEmpty()) {
        node.put("role", source.roles().get(0));
      }
      for (int r = 1; r < source.roles().size(); r++) {
        Drops.add("/sources/" + i + "/roles/" + r, "a second source role", dropped);
      }
      Members.put(node, "uri", source.uri());
      Drops.ifPresent(source.url(), "/sources/" + i + "/url", "a source web address", dropped);
      list.add(node);
    }
    if (!list.isEmpty()) {
      out.set("infoSources", list);
    }
  }

  static void readGenres(Members doc, Article.Builder article) {
    JsonNode list = doc.take("genres");
    if (list == null || !list.isArray()) {
      doc.restore("genres", list);
      return;
    }
    for (JsonNode item : list) {
      String name = peek(item, "name");
      String uri = peek(item, "uri");
      String code = peek(item, "literal");
      if (name != null || uri != null || code != null) {
        article.addGenre(new Genre(name, uri, code));
      }
    }
  }

  static void writeGenres(Article article, ObjectNode out) {
    ArrayNode list = Trees.NODES.arrayNode();
    for (Genre genre : article.genres()) {
      ObjectNode node = Trees.NODES.objectNode();
      Members.put(node, "name", genre.name());
      Members.put(node, "uri", genre.uri());
      Members.put(node, "literal", genre.code());
      list.add(node);
    }
    if (!list.isEmpty()) {
      out.set("genres", list);
    }
  }
}
