package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.json.internal.Fields;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * People, organisations, places, subjects, events, objects, information sources and genres of one
 * document as the streaming fast path reads them, mapped as {@link EntityMapping} maps them:
 * authors, the publisher, the section and keywords, and entities of each kind. It keeps only what
 * writes back unchanged: items with no member the model has no field for, no empty name (the writer
 * leaves it out), and in each list the order the writer gives (authors, then the publisher, then
 * entities; the section, then subject entities, then keywords). The lists may come in any order in
 * the document; {@link #apply} adds them in the tree path's order.
 */
final class FastEntities {

  /** The members of an entity the model has fields for. */
  static final Fields THING =
      Fields.of("name", "rel", "uri", "literal", "creator", "relevance", "confidence");

  private static final int NAME = 0;
  private static final int REL = 1;
  private static final int URI = 2;
  private static final int LITERAL = 3;
  private static final int CREATOR = 4;
  private static final int RELEVANCE = 5;
  private static final long NAME_AND_REL = (1L << NAME) | (1L << REL);

  /** The members of an item of {@code infoSources} the model has fields for. */
  static final Fields SOURCE = Fields.of("name", "role", "uri");

  private static final Fields GENRE = Fields.of("name", "uri", "literal");

  /** The entity kinds in the order the tree path reads their lists. */
  private static final EntityKind[] ORDER = {
    EntityKind.PERSON,
    EntityKind.ORGANIZATION,
    EntityKind.PLACE,
    EntityKind.SUBJECT,
    EntityKind.EVENT,
    EntityKind.OBJECT
  };

  private final List<Party> personAuthors = new ArrayList<>(2);
  private final List<Party> organisationAuthors = new ArrayList<>(2);
  private @Nullable Party publisher;
  private @Nullable String section;
  private final List<String> keywords = new ArrayList<>(4);
  private final Map<EntityKind, List<Entity>> entities = new EnumMap<>(EntityKind.class);
  private final List<Source> sources = new ArrayList<>(2);
  private final List<Genre> genres = new ArrayList<>(2);

  /** The members of one item of an entity list. */
  private static final class Thing {
    @Nullable String name;
    @Nullable String rel;
    @Nullable String uri;
    @Nullable String literal;
    @Nullable String creator;
    @Nullable Integer relevance;
    @Nullable Integer confidence;
    long seen;

    static Thing read(FastTokens tokens, boolean subject) {
      Thing thing = new Thing();
      for (int m; (m = tokens.nextMember(THING)) >= 0; ) {
        thing.seen = FastTokens.once(thing.seen, m);
        if (m >= CREATOR && !subject) {
          throw FastGiveUp.now(); // creator, relevance and confidence belong to subjects only
        }
        switch (m) {
          case NAME -> thing.name = tokens.string();
          case REL -> thing.rel = tokens.string();
          case URI -> thing.uri = tokens.string();
          case LITERAL -> thing.literal = tokens.string();
          case CREATOR -> thing.creator = tokens.string();
          case RELEVANCE -> thing.relevance = percent(tokens);
          default -> thing.confidence = percent(tokens);
        }
      }
      if ("".equals(thing.name)) {
        throw FastGiveUp.now(); // an empty name is not written back
      }
      return thing;
    }

    private static int percent(FastTokens tokens) {
      int value = tokens.intValue();
      if (value < 0 || value > 100) {
        throw FastGiveUp.now();
      }
      return value;
    }

    Party party(PartyKind kind) {
      if (literal != null) {
        throw FastGiveUp.now(); // a party has no code: it would stay in the extensions
      }
      return Party.builder()
          .kind(kind)
          .name(EntityMapping.orEmpty(name))
          .uri(uri)
          .role(null)
          .build();
    }

    Entity entity(EntityKind kind) {
      Entity.Builder entity =
          Entity.builder()
              .kind(kind)
              .name(EntityMapping.orEmpty(name))
              .uri(uri)
              .code(literal)
              .rel(rel);
      if (kind == EntityKind.SUBJECT) {
        entity.creator(creator).relevance(relevance).confidence(confidence);
      }
      return entity.build();
    }
  }

  /**
   * Reads the list of one kind at the current token.
   *
   * @param kind {@code people} are persons, {@code organisations} organisations and so on
   */
  void read(EntityKind kind, FastTokens tokens) {
    boolean publisherSeen = false;
    boolean sectionSeen = false;
    int stage = 0;
    int i = 0;
    for (; tokens.nextItem(i); i++) {
      Thing thing = Thing.read(tokens, kind == EntityKind.SUBJECT);
      boolean partyLike = kind == EntityKind.PERSON || kind == EntityKind.ORGANIZATION;
      boolean pair = thing.name != null && thing.seen == NAME_AND_REL;
      int place;
      if (partyLike && EntityMapping.AUTHOR.equals(thing.rel)) {
        place = 0;
        boolean person = kind == EntityKind.PERSON;
        (person ? personAuthors : organisationAuthors)
            .add(thing.party(person ? PartyKind.PERSON : PartyKind.ORGANIZATION));
      } else if (kind == EntityKind.ORGANIZATION
          && EntityMapping.PUBLISHER.equals(thing.rel)
          && !publisherSeen) {
        place = 1;
        publisherSeen = true;
        publisher = thing.party(PartyKind.ORGANIZATION);
      } else if (kind == EntityKind.SUBJECT
          && EntityMapping.SECTION.equals(thing.rel)
          && !sectionSeen
          && pair) {
        place = 0;
        sectionSeen = true;
        section = thing.name;
      } else if (kind == EntityKind.SUBJECT && EntityMapping.KEYWORD.equals(thing.rel) && pair) {
        place = 2;
        keywords.add(EntityMapping.orEmpty(thing.name));
      } else {
        place = kind == EntityKind.ORGANIZATION ? 2 : 1;
        entities.computeIfAbsent(kind, k -> new ArrayList<>(4)).add(thing.entity(kind));
      }
      if (place < stage) {
        throw FastGiveUp.now(); // the writer puts each kind of item in its place in the list
      }
      stage = place;
    }
    if (i == 0) {
      throw FastGiveUp.now(); // the writer leaves an empty list out
    }
  }

  /** Reads {@code infoSources} at the current token, as {@link EntityMapping#readSources}. */
  void readSources(FastTokens tokens) {
    for (int i = 0; tokens.nextItem(i); i++) {
      String name = null;
      String role = null;
      String uri = null;
      long seen = 0;
      for (int m; (m = tokens.nextMember(SOURCE)) >= 0; ) {
        seen = FastTokens.once(seen, m);
        switch (m) {
          case 0 -> name = tokens.string();
          case 1 -> role = tokens.string();
          default -> uri = tokens.string();
        }
      }
      if ("".equals(name)) {
        throw FastGiveUp.now(); // an empty name is not written back
      }
      Source.Builder source = Source.builder().name(EntityMapping.orEmpty(name)).uri(uri);
      if (role != null) {
        source.addRole(role);
      }
      sources.add(source.build());
    }
    if (sources.isEmpty()) {
      throw FastGiveUp.now(); // the writer leaves an empty list out
    }
  }

  /** Reads {@code genres} at the current token, as {@link EntityMapping#readGenres}. */
  void readGenres(FastTokens tokens) {
    for (int i = 0; tokens.nextItem(i); i++) {
      String name = null;
      String uri = null;
      String code = null;
      long seen = 0;
      for (int m; (m = tokens.nextMember(GENRE)) >= 0; ) {
        seen = FastTokens.once(seen, m);
        switch (m) {
          case 0 -> name = tokens.string();
          case 1 -> uri = tokens.string();
          default -> code = tokens.string();
        }
      }
      // Genre refuses one with none of the three (the tree path drops it), which gives up too
      genres.add(new Genre(name, uri, code));
    }
    if (genres.isEmpty()) {
      throw FastGiveUp.now(); // the writer leaves an empty list out
    }
  }

  /** Sets what was read on the article, in the order the tree path adds it. */
  void apply(Article.Builder article) {
    List<Party> authors = new ArrayList<>(personAuthors);
    authors.addAll(organisationAuthors);
    List<Entity> all = new ArrayList<>();
    for (EntityKind kind : ORDER) {
      List<Entity> ofKind = entities.get(kind);
      if (ofKind != null) {
        all.addAll(ofKind);
      }
    }
    article
        .authors(authors)
        .publisher(publisher)
        .section(section)
        .keywords(keywords)
        .entities(all)
        .sources(sources)
        .genres(genres);
  }
}
