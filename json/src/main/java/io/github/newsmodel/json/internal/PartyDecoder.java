package io.github.newsmodel.json.internal;

import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads parties (authors, publisher, creators), sources, entities and genres. */
final class PartyDecoder {

  static final Fields PARTY =
      Fields.of("kind", "name", "role", "url", "uri", "jobTitle", "logoUrl");
  static final Fields SOURCE = Fields.of("name", "roles", "url", "uri", "kind");
  static final Fields ENTITY =
      Fields.of(
          "kind", "name", "uri", "code", "rel", "relevance", "confidence", "creator", "language");
  static final Fields GENRE = Fields.of("name", "uri", "code");

  private PartyDecoder() {}

  static @Nullable Party party(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    Party.Builder b = Party.builder();
    PartyKind kind = null;
    String name = null;
    Map<String, JsonValue> bag = null;
    while (s.nextField(PARTY)) {
      String field = s.name();
      if (s.duplicate(PARTY, field)) {
        continue;
      }
      switch (field) {
        case "kind" -> kind = s.code(Codes::partyKind, "person, organization");
        case "name" -> name = s.text();
        case "role" -> b.role(s.string());
        case "url" -> b.url(s.text());
        case "uri" -> b.uri(s.text());
        case "jobTitle" -> b.jobTitle(s.text());
        case "logoUrl" -> b.logoUrl(s.text());
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.required(PARTY, "kind", kind);
    s.required(PARTY, "name", name);
    s.endObject();
    if (kind == null || name == null) {
      return null;
    }
    return b.kind(kind).name(name).extensions(Codes.extensions(bag)).build();
  }

  /** Reads an optional party: null is absent. */
  static @Nullable Party optionalParty(ReadState s) {
    return s.token() == tools.jackson.core.JsonToken.VALUE_NULL ? null : party(s);
  }

  static @Nullable Source source(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    Source.Builder b = Source.builder();
    String name = null;
    Map<String, JsonValue> bag = null;
    while (s.nextField(SOURCE)) {
      String field = s.name();
      if (s.duplicate(SOURCE, field)) {
        continue;
      }
      switch (field) {
        case "name" -> name = s.text();
        case "roles" -> b.roles(s.strings());
        case "url" -> b.url(s.text());
        case "uri" -> b.uri(s.text());
        case "kind" -> b.kind(s.code(Codes::partyKind, "person, organization"));
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.required(SOURCE, "name", name);
    s.endObject();
    return name == null ? null : b.name(name).extensions(Codes.extensions(bag)).build();
  }

  static @Nullable Entity entity(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    Entity.Builder b = Entity.builder();
    EntityKind kind = null;
    String name = null;
    Map<String, JsonValue> bag = null;
    while (s.nextField(ENTITY)) {
      String field = s.name();
      if (s.duplicate(ENTITY, field)) {
        continue;
      }
      switch (field) {
        case "kind" ->
            kind = s.code(Codes::entityKind, "person, organization, place, event, object, subject");
        case "name" -> name = s.text();
        case "uri" -> b.uri(s.text());
        case "code" -> b.code(s.text());
        case "rel" -> b.rel(s.string());
        case "relevance" -> b.relevance(s.intValue());
        case "confidence" -> b.confidence(s.intValue());
        case "creator" -> b.creator(s.text());
        case "language" -> b.language(s.string());
        default -> bag = s.unknown(bag, field);
      }
      s.exit();
    }
    s.required(ENTITY, "kind", kind);
    s.required(ENTITY, "name", name);
    s.endObject();
    if (kind == null || name == null) {
      return null;
    }
    return b.kind(kind).name(name).extensions(Codes.extensions(bag)).build();
  }

  static @Nullable Genre genre(ReadState s) {
    if (!s.beginObject(false)) {
      return null;
    }
    String name = null;
    String uri = null;
    String code = null;
    while (s.nextField(GENRE)) {
      String field = s.name();
      if (s.duplicate(GENRE, field)) {
        continue;
      }
      switch (field) {
        case "name" -> name = s.text();
        case "uri" -> uri = s.text();
        case "code" -> code = s.text();
        default -> s.unknownDropped(field, "a genre");
      }
      s.exit();
    }
    Genre genre = null;
    if (name == null && uri == null && code == null) {
      s.invalid("genre has none of name, uri, code; expected at least one");
    } else {
      genre = new Genre(name, uri, code);
    }
    s.endObject();
    return genre;
  }

  static List<Genre> genres(ReadState s) {
    return s.list(PartyDecoder::genre);
  }
}
