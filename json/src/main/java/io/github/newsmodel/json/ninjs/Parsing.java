package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJsonIoException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a ninjs document into a Jackson tree within {@link JsonLimits}: size is checked before
 * parsing, depth, string, number and name lengths by Jackson's {@link StreamReadConstraints}.
 */
final class Parsing {

  private final JsonLimits limits;
  private final JsonMapper mapper;

  Parsing(JsonLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxPropertyNameLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build();
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The outcome: a tree, or the problems that prevented one. */
  record Parsed(@Nullable JsonNode tree, List<JsonProblem> problems) {}

  JsonMapper mapper() {
    return mapper;
  }

  Parsed parse(byte[] json) {
    if (json.length > limits.maxDocumentBytes()) {
      return tooLarge(json.length);
    }
    try {
      JsonNode tree = mapper.readTree(json);
      return checkArrays(tree);
    } catch (StreamConstraintsException e) {
      return failed("json.limit", e);
    } catch (JacksonException e) {
      return failed("json.syntax", e);
    }
  }

  Parsed parse(String json) {
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  Parsed parse(InputStream in) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        total += n;
        if (total > limits.maxDocumentBytes()) {
          return tooLarge(total);
        }
        buffer.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new NewsJsonIoException("cannot read the ninjs document", e);
    }
    return parse(buffer.toByteArray());
  }

  private Parsed checkArrays(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      return new Parsed(null, List.of(JsonProblem.error("", "json.syntax", "the document is empty")));
    }
    String pointer = longArray(tree, "");
    if (pointer != null) {
      return new Parsed(null, List.of(JsonProblem.error(pointer, "json.limit",
          "an array has more than " + limits.maxArrayLength() + " items")));
    }
    return new Parsed(tree, List.of());
  }

  private @Nullable String longArray(JsonNode node, String pointer) {
    if (node.isArray() && node.size() > limits.maxArrayLength()) {
      return pointer;
    }
    if (node.isContainer()) {
      int i = 0;
      for (var member : node.properties()) {
        String found = longArray(member.getValue(), pointer + "/" + io.github.newsmodel.json.JsonPointers.escape(member.getKey()));
        if (found != null) {
          return found;
        }
      }
      if (node.isArray()) {
        for (JsonNode item : node) {
          String found = longArray(item, pointer + "/" + i++);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private Parsed tooLarge(long size) {
    return new Parsed(null, List.of(JsonProblem.error("", "json.limit",
        "the document has " + size + " bytes or more; the limit is " + limits.maxDocumentBytes())));
  }

  private static Parsed failed(String code, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String message = e.getOriginalMessage();
    return new Parsed(null, List.of(new JsonProblem("", code,
        io.github.newsmodel.validation.Severity.ERROR, message == null ? code : message, line,
        column)));
  }
}
