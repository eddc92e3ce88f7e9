package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.internal.TreeParser;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses one JSON-LD document into a Jackson tree within {@link JsonLimits}, adding a {@link
 * JsonProblem} instead of throwing when it cannot.
 */
final class JsonLdParser {
  private final TreeParser parser;

  JsonLdParser(JsonLimits limits) {
    this.parser = new TreeParser(limits);
  }

  /** The mapper, also used to write. */
  JsonMapper mapper() {
    return parser.mapper();
  }

  /** Parses text; a leading byte order mark is skipped. Returns null after adding problems. */
  @Nullable JsonNode parse(String json, List<JsonProblem> problems) {
    return tree(parser.parse(json), problems);
  }

  /** Parses UTF-8 bytes. Returns null after adding problems. */
  @Nullable JsonNode parse(byte[] json, List<JsonProblem> problems) {
    return tree(parser.parse(json), problems);
  }

  /** Parses a UTF-8 stream, which is not closed. Returns null after adding problems. */
  @Nullable JsonNode parse(InputStream json, List<JsonProblem> problems) {
    return tree(parser.parse(json), problems);
  }

  private static @Nullable JsonNode tree(TreeParser.Parsed parsed, List<JsonProblem> problems) {
    problems.addAll(parsed.problems());
    return parsed.tree();
  }
}
