package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code about} and {@code mentions} into named entities with {@code rel} {@code about} or
 * {@code mentions}: Person, Organization (and subtypes), Place (and subtypes), Event; anything else
 * is a subject. The entity URI is the first {@code sameAs}, else the {@code @id}.
 */
final class EntityReader {
  private static final Set<String> ENTITY_MEMBERS = Set.of("@id", "@type", "name", "sameAs");

  private final Values values;

  EntityReader(Values values) {
    this.values = values;
  }

  /** Adds the entities of {@code property} to {@code entities}. */
  void read(Located property, String rel, List<Entity> entities) {
    for (Located item : property.items()) {
      Located node = values.graph().resolve(item);
      String path = "entities[" + entities.size() + "]";
      if (node.node().isString()) {
        String name = values.text(node);
        if (name != null) {
          values.sink().origin(path, node.pointer());
          entities.add(Entity.builder(EntityKind.SUBJECT, name).rel(rel).build());
        }
        continue;
      }
      if (!node.node().isObject()) {
        values.mismatch(node, "a name or a Thing object");
        continue;
      }
      String name = values.text(node.get("name"));
      if (name == null) {
        values
            .sink()
            .warning(node.pointer(), "jsonld.name.missing", "entity without a name is skipped");
        continue;
      }
      String uri = null;
      for (Located sameAs : node.get("sameAs").items()) {
        if (uri == null && sameAs.node().isString() && !sameAs.node().stringValue().isBlank()) {
          uri = sameAs.node().stringValue().strip();
        }
      }
      if (uri == null) {
        uri = NodeGraph.idOf(node.node());
      }
      values.sink().origin(path, node.pointer());
      values.sink().origin(path + ".name", node.get("name").pointer());
      entities.add(
          Entity.builder(kind(node), name)
              .uri(uri)
              .rel(rel)
              .extensions(TreeValues.unknownMembers(node.node(), ENTITY_MEMBERS))
              .build());
    }
  }

  private static EntityKind kind(Located node) {
    if (Types.any(node.node(), Set.of("Person"))) {
      return EntityKind.PERSON;
    }
    if (Types.any(node.node(), Types.ORGANIZATIONS)) {
      return EntityKind.ORGANIZATION;
    }
    if (Types.any(node.node(), Types.PLACES)) {
      return EntityKind.PLACE;
    }
    if (Types.any(node.node(), Set.of("Event"))) {
      return EntityKind.EVENT;
    }
    return EntityKind.SUBJECT;
  }
}
