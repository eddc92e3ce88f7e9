package io.github.newsmodel.json.internal;

import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import tools.jackson.core.JsonGenerator;

/** Writes parties, sources, entities and genres. */
final class PartyEncoder {

  private PartyEncoder() {}

  static void party(JsonGenerator g, Party party) {
    g.writeStartObject();
    Out.code(g, "kind", party.kind());
    g.writeStringProperty("name", party.name());
    Out.string(g, "role", party.role());
    Out.string(g, "url", party.url());
    Out.string(g, "uri", party.uri());
    Out.string(g, "jobTitle", party.jobTitle());
    Out.string(g, "logoUrl", party.logoUrl());
    Out.extensions(g, party.extensions(), PartyDecoder.PARTY, "a party");
    g.writeEndObject();
  }

  static void source(JsonGenerator g, Source source) {
    g.writeStartObject();
    g.writeStringProperty("name", source.name());
    Out.strings(g, "roles", source.roles());
    Out.string(g, "url", source.url());
    Out.string(g, "uri", source.uri());
    Out.code(g, "kind", source.kind());
    Out.extensions(g, source.extensions(), PartyDecoder.SOURCE, "a source");
    g.writeEndObject();
  }

  static void entity(JsonGenerator g, Entity entity) {
    g.writeStartObject();
    Out.code(g, "kind", entity.kind());
    g.writeStringProperty("name", entity.name());
    Out.string(g, "uri", entity.uri());
    Out.string(g, "code", entity.code());
    Out.string(g, "rel", entity.rel());
    Out.number(g, "relevance", entity.relevance());
    Out.number(g, "confidence", entity.confidence());
    Out.string(g, "creator", entity.creator());
    Out.string(g, "language", entity.language());
    Out.extensions(g, entity.extensions(), PartyDecoder.ENTITY, "an entity");
    g.writeEndObject();
  }

  static void genre(JsonGenerator g, Genre genre) {
    g.writeStartObject();
    Out.string(g, "name", genre.name());
    Out.string(g, "uri", genre.uri());
    Out.string(g, "code", genre.code());
    g.writeEndObject();
  }
}
