package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a whole document into a Jackson tree within {@link JsonLimits}, for the readers of other
 * formats (ninjs, schema.org): every failure becomes a {@link JsonProblem} with the same codes as
 * the native reader ({@code json.syntax}, {@code property.duplicate}, {@code limit.*}), never an
 * exception. Not API.
 */
public final class TreeParser {

  /**
   * The outcome of a parse.
   *
   * @param tree the document, or null when it could not be read
   * @param problems why it could not be read; empty when {@code tree} is present
   */
  public record Parsed(@Nullable JsonNode tree, List<JsonProblem> problems) {
    /**
     * Copies the problems.
     *
     * @param tree the document, or null
     * @param problems the problems
     */
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  private final JsonLimits limits;
  private final JsonMapper mapper;
  private final JsonFactory streaming;

  /**
   * Creates a parser; numbers with a fraction are read as {@link java.math.BigDecimal} so that they
   * are written back as they were.
   *
   * @param limits the limits to apply
   */
  public TreeParser(JsonLimits limits) {
    this.limits = limits;
    this.streaming = Limits.factory(limits, false);
    JsonFactory factory =
        streaming.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /**
   * Returns the mapper behind this parser, configured the same way, for writing trees.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Returns a factory with the same limits (document length, depth, string, number and name
   * lengths) for streaming readers of the same documents; it has no duplicate detection, so such a
   * reader must detect repeated properties itself.
   *
   * @return the factory
   */
  public JsonFactory streamingFactory() {
    return streaming;
  }

  /**
   * Parses text; a leading byte order mark is skipped.
   *
   * @param json the document
   * @return the tree or the problems
   */
  public Parsed parse(String json) {
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    if (text.length() > limits.maxDocumentBytes()) {
      return tooLarge(text.length());
    }
    return checked(() -> mapper.readTree(text));
  }

  /**
   * Parses UTF-8 bytes (a byte order mark is accepted).
   *
   * @param json the document
   * @return the tree or the problems
   */
  public Parsed parse(byte[] json) {
    if (json.length > limits.maxDocumentBytes()) {
      return tooLarge(json.length);
    }
    return checked(() -> mapper.readTree(json));
  }

  /**
   * Parses a UTF-8 stream, which is not closed; reading stops at the document limit.
   *
   * @param json the document
   * @return the tree or the problems
   */
  public Parsed parse(InputStream json) {
    return checked(() -> mapper.readTree(new NonClosingInputStream(json)));
  }

  private interface TreeSource {
    JsonNode read();
  }

  private Parsed checked(TreeSource source) {
    JsonNode tree;
    try {
      tree = source.read();
    } catch (JacksonIOException e) {
      return new Parsed(null, List.of(JacksonProblems.of(Codec.contentOrThrow(e), "")));
    } catch (JacksonException e) {
      return new Parsed(null, List.of(JacksonProblems.of(e, "")));
    } catch (NumberFormatException e) {
      // a decimal beyond BigDecimal's range, e.g. 1E55992004194, found while building the tree
      return new Parsed(
          null,
          List.of(
              JsonProblem.error(
                  "",
                  "limit.number",
                  "a number cannot be read: " + e.getMessage() + " (limit maxNumberLength)")));
    }
    if (tree == null || tree.isMissingNode()) {
      return new Parsed(
          null,
          List.of(
              JsonProblem.error(
                  "", "json.syntax", "the document is empty; expected a JSON object")));
    }
    String tooLong = longArray(tree);
    if (tooLong != null) {
      return new Parsed(
          null,
          List.of(
              JsonProblem.error(
                  tooLong,
                  "limit.array",
                  "the array has more than "
                      + limits.maxArrayLength()
                      + " elements (limit maxArrayLength)")));
    }
    return new Parsed(tree, List.of());
  }

  private Parsed tooLarge(long size) {
    return new Parsed(
        null,
        List.of(
            JsonProblem.error(
                "",
                "limit.document",
                "the document has "
                    + size
                    + " bytes or more; the limit is "
                    + limits.maxDocumentBytes()
                    + " (limit maxDocumentBytes)")));
  }

  /**
   * Returns the pointer of the first array longer than the limit, or null; iterative. Most
   * documents have none, so a first pass only looks for one and builds no pointers.
   */
  private @Nullable String longArray(JsonNode tree) {
    return hasLongArray(tree) ? longArrayPointer(tree) : null;
  }

  private boolean hasLongArray(JsonNode tree) {
    Deque<JsonNode> nodes = new ArrayDeque<>();
    nodes.push(tree);
    while (!nodes.isEmpty()) {
      JsonNode node = nodes.pop();
      if (node.isContainer()) {
        if (node.isArray() && node.size() > limits.maxArrayLength()) {
          return true;
        }
        for (JsonNode child : node) {
          if (child.isContainer()) {
            nodes.push(child);
          }
        }
      }
    }
    return false;
  }

  private @Nullable String longArrayPointer(JsonNode tree) {
    Deque<JsonNode> nodes = new ArrayDeque<>();
    Deque<String> pointers = new ArrayDeque<>();
    nodes.push(tree);
    pointers.push("");
    while (!nodes.isEmpty()) {
      JsonNode node = nodes.pop();
      String pointer = pointers.pop();
      if (node.isArray()) {
        if (node.size() > limits.maxArrayLength()) {
          return pointer;
        }
        for (int i = 0; i < node.size(); i++) {
          nodes.push(node.get(i));
          pointers.push(JsonPointers.append(pointer, i));
        }
      } else if (node.isObject()) {
        node.forEachEntry(
            (name, child) -> {
              nodes.push(child);
              pointers.push(JsonPointers.append(pointer, name));
            });
      }
    }
    return null;
  }
}
