package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.JsonLimits;
import java.util.Locale;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** Turns {@link JsonLimits} into Jackson's stream constraints, and Jackson's limit errors back. */
final class Limits {

  private Limits() {}

  static JsonFactory factory(JsonLimits limits, boolean feed) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(feed ? -1 : limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxPropertyNameLength())
            .build();
    return new Utf8TextFactory(
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET));
  }

  /**
   * Names the limit a Jackson constraint error is about: {@code depth}, {@code string}, {@code
   * document}, {@code number}, {@code name} or {@code tokens}.
   */
  static String nameOf(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("nesting")) {
      return "depth";
    }
    if (message.contains("document length") || message.contains("documentlength")) {
      return "document";
    }
    if (message.contains("name length") || message.contains("namelength")) {
      return "name";
    }
    if (message.contains("string")) {
      return "string";
    }
    if (message.contains("number")) {
      return "number";
    }
    if (message.contains("token")) {
      return "tokens";
    }
    return "document";
  }

  /** Names the {@link JsonLimits} setting behind a limit name. */
  static String settingOf(String limit) {
    return switch (limit) {
      case "depth" -> "maxDepth";
      case "string" -> "maxStringLength";
      case "number" -> "maxNumberLength";
      case "name" -> "maxPropertyNameLength";
      case "array" -> "maxArrayLength";
      case "problems" -> "maxProblems";
      default -> "maxDocumentBytes";
    };
  }
}
