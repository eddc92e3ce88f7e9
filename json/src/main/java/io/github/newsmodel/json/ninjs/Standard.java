package io.github.newsmodel.json.ninjs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code standard} declaration of a written document. A declaration read from a document is
 * written back as it was while the major version stays the same (a 2.1 document written as 2.2
 * keeps saying 2.1, which 2.2 allows); written in the other major version, its {@code version} and
 * {@code schema} are changed to the version written. Articles that did not come from ninjs get no
 * declaration.
 */
final class Standard {

  private Standard() {}

  static void adjust(ObjectNode document, NinjsVersion version) {
    JsonNode standard = document.get("standard");
    if (!(standard instanceof ObjectNode declaration)) {
      return;
    }
    java.util.Optional<NinjsVersion> declared = VersionDetection.declared(document);
    if (declared.isEmpty() || declared.get().isV3() == version.isV3()) {
      return;
    }
    if (declaration.has("version")) {
      declaration.put("version", version.number());
    }
    if (declaration.has("schema")) {
      declaration.put("schema", version.schemaUrl());
    }
  }
}
