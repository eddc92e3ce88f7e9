package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import java.util.Set;

/**
 * Streams the entity lists as {@link EntityMapping} builds them: {@code people} (person authors,
 * then person entities), {@code organisations} (other authors, the publisher, then organisation
 * entities), {@code places}, {@code subjects} (the section, subject entities, then keywords),
 * {@code events}, {@code objects}, then {@code infoSources} and {@code genres}. Each list is
 * written only when it has an item.
 */
final class StreamEntities {

  /**
   * The members the model writes in a person or organisation of {@code people}, {@code
   * organisations}.
   */
  static final Set<String> PARTY_MEMBERS = Set.of("name", "rel", "uri");

  /** The members the model writes in an entity. */
  static final Set<String> ENTITY_MEMBERS = Set.copyOf(FastEntities.THING.names());

  /** The members the model writes in an item of {@code infoSources}. */
  static final Set<String> SOURCE_MEMBERS = Set.copyOf(FastEntities.SOURCE.names());

  private StreamEntities() {}

  static void write(StreamOut out, StreamRules rules, Article article) {
    Rule.ObjectRule doc = rules.document;
    boolean open = false;
    for (Party author : article.authors()) {
      if (author.kind() == PartyKind.PERSON) {
        open = out.startListOnce(doc, "people", open);
        party(out, rules.person, author, EntityMapping.AUTHOR);
      }
    }
    out.endListIf(entities(out, doc, rules.person, article, EntityKind.PERSON, "people", open));
    open = false;
    for (Party author : article.authors()) {
      if (author.kind() != PartyKind.PERSON) {
        open = out.startListOnce(doc, "organisations", open);
        party(out, rules.organisation, author, EntityMapping.AUTHOR);
      }
    }
    Party publisher = article.publisher();
    if (publisher != null) {
      open = out.startListOnce(doc, "organisations", open);
      party(out, rules.organisation, publisher, EntityMapping.PUBLISHER);
    }
    out.endListIf(
        entities(
            out, doc, rules.organisation, article, EntityKind.ORGANIZATION, "organisations", open));
    out.endListIf(entities(out, doc, rules.place, article, EntityKind.PLACE, "places", false));
    open = false;
    String section = article.section();
    if (section != null) {
      open = out.startListOnce(doc, "subjects", open);
      named(out, rules.subject, section, EntityMapping.SECTION);
    }
    open = entities(out, doc, rules.subject, article, EntityKind.SUBJECT, "subjects", open);
    for (String keyword : article.keywords()) {
      open = out.startListOnce(doc, "subjects", open);
      named(out, rules.subject, keyword, EntityMapping.KEYWORD);
    }
    out.endListIf(open);
    out.endListIf(entities(out, doc, rules.event, article, EntityKind.EVENT, "events", false));
    out.endListIf(entities(out, doc, rules.object, article, EntityKind.OBJECT, "objects", false));
    sources(out, rules, article);
    genres(out, rules, article);
  }

  /** Writes the entities of {@code kind} into the list {@code property}; true if it is open. */
  private static boolean entities(
      StreamOut out,
      Rule.ObjectRule doc,
      Rule.ObjectRule rule,
      Article article,
      EntityKind kind,
      String property,
      boolean open) {
    boolean started = open;
    for (Entity entity : article.entities()) {
      if (entity.kind() == kind) {
        started = out.startListOnce(doc, property, started);
        entity(out, rule, entity);
      }
    }
    return started;
  }

  private static void party(StreamOut out, Rule.ObjectRule rule, Party party, String rel) {
    out.startObject();
    out.kept(rule, party.extensions(), PARTY_MEMBERS);
    out.string(rule, "name", party.name().isEmpty() ? null : party.name());
    out.string(rule, "rel", rel);
    out.string(rule, "uri", party.uri());
    out.endObject();
  }

  private static void entity(StreamOut out, Rule.ObjectRule rule, Entity entity) {
    out.startObject();
    out.kept(rule, entity.extensions(), ENTITY_MEMBERS);
    out.string(rule, "name", entity.name().isEmpty() ? null : entity.name());
    out.string(rule, "rel", entity.rel());
    out.string(rule, "uri", entity.uri());
    out.string(rule, "literal", entity.code());
    out.string(rule, "creator", entity.creator());
    out.integer(rule, "relevance", entity.relevance());
    out.integer(rule, "confidence", entity.confidence());
    out.endObject();
  }

  private static void named(StreamOut out, Rule.ObjectRule rule, String name, String rel) {
    out.startObject();
    out.string(rule, "name", name);
    out.string(rule, "rel", rel);
    out.endObject();
  }

  private static void sources(StreamOut out, StreamRules rules, Article article) {
    if (article.sources().isEmpty()) {
      return;
    }
    out.startList(rules.document, "infoSources");
    for (Source source : article.sources()) {
      out.startObject();
      out.kept(rules.source, source.extensions(), SOURCE_MEMBERS);
      out.string(rules.source, "name", source.name().isEmpty() ? null : source.name());
      out.string(rules.source, "role", source.roles().isEmpty() ? null : source.roles().get(0));
      out.string(rules.source, "uri", source.uri());
      out.endObject();
    }
    out.endList();
  }

  private static void genres(StreamOut out, StreamRules rules, Article article) {
    if (article.genres().isEmpty()) {
      return;
    }
    out.startList(rules.document, "genres");
    for (Genre genre : article.genres()) {
      out.startObject();
      out.string(rules.genre, "name", genre.name());
      out.string(rules.genre, "uri", genre.uri());
      out.string(rules.genre, "literal", genre.code());
      out.endObject();
    }
    out.endList();
  }
}
