package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.validation.Severity;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses one JSON-LD document into a Jackson tree within {@link JsonLimits}, turning every parser
 * failure into a {@link JsonProblem} instead of an exception.
 */
final class JsonLdParser {
  private final JsonMapper mapper;
  private final JsonLimits limits;

  JsonLdParser(JsonLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxPropertyNameLength())
            .build();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /** The mapper, also used to write. */
  JsonMapper mapper() {
    return mapper;
  }

  /**
   * Parses text; a leading byte order mark is skipped.
   *
   * @return the tree, or null after adding a problem
   */
  @Nullable JsonNode parse(String json, List<JsonProblem> problems) {
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    if (text.length() > limits.maxDocumentBytes()) {
      problems.add(tooLarge(text.length()));
      return null;
    }
    return checked(() -> mapper.readTree(text), problems);
  }

  /** Parses UTF-8 bytes. */
  @Nullable JsonNode parse(byte[] json, List<JsonProblem> problems) {
    if (json.length > limits.maxDocumentBytes()) {
      problems.add(tooLarge(json.length));
      return null;
    }
    return checked(() -> mapper.readTree(json), problems);
  }

  /** Parses a UTF-8 stream, which is not closed; Jackson stops at the document limit. */
  @Nullable JsonNode parse(InputStream json, List<JsonProblem> problems) {
    return checked(() -> mapper.readTree(new KeepOpenInputStream(json)), problems);
  }

  private JsonProblem tooLarge(long size) {
    return new JsonProblem(
        "",
        "limit.document",
        Severity.ERROR,
        "document of " + size + " bytes exceeds the limit of " + limits.maxDocumentBytes(),
        0,
        0);
  }

  private interface TreeSource {
    JsonNode read();
  }

  private @Nullable JsonNode checked(TreeSource source, List<JsonProblem> problems) {
    JsonNode tree;
    try {
      tree = source.read();
    } catch (StreamConstraintsException e) {
      problems.add(located(limitCode(e.getOriginalMessage()), e));
      return null;
    } catch (JacksonIOException e) {
      problems.add(located("io", e));
      return null;
    } catch (JacksonException e) {
      problems.add(located("syntax", e));
      return null;
    }
    if (tree == null || tree.isMissingNode()) {
      problems.add(
          new JsonProblem("", "syntax", Severity.ERROR, "the document is empty; expected JSON-LD", 0, 0));
      return null;
    }
    String tooLong = longArray(tree);
    if (tooLong != null) {
      problems.add(
          new JsonProblem(
              tooLong,
              "limit.array",
              Severity.ERROR,
              "array has more than " + limits.maxArrayLength() + " elements",
              0,
              0));
      return null;
    }
    return tree;
  }

  /** Returns the pointer of the first array longer than the limit, or null; iterative. */
  private @Nullable String longArray(JsonNode tree) {
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {tree, ""});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      JsonNode node = (JsonNode) top[0];
      String pointer = (String) top[1];
      if (node.isArray()) {
        if (node.size() > limits.maxArrayLength()) {
          return pointer;
        }
        for (int i = 0; i < node.size(); i++) {
          stack.push(new Object[] {node.get(i), pointer + "/" + i});
        }
      } else if (node.isObject()) {
        node.forEachEntry(
            (name, child) ->
                stack.push(
                    new Object[] {child, io.github.newsmodel.json.JsonPointers.append(pointer, name)}));
      }
    }
    return null;
  }

  private static String limitCode(@Nullable String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (text.contains("depth")) {
      return "limit.depth";
    }
    if (text.contains("document length")) {
      return "limit.document";
    }
    if (text.contains("number value length") || text.contains("number length")) {
      return "limit.number";
    }
    if (text.contains("name length") || text.contains("name value length")) {
      return "limit.name";
    }
    if (text.contains("string value length") || text.contains("string length")) {
      return "limit.string";
    }
    return "limit.document";
  }

  private static JsonProblem located(String code, JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String message = e.getOriginalMessage();
    return new JsonProblem(
        "",
        code,
        Severity.ERROR,
        message == null ? "the document is not well-formed JSON" : firstLine(message),
        line,
        column);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
