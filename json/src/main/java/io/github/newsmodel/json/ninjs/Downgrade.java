package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a written document valid for its version by removing, one at a time, each value the
 * version's rules reject (a 3.x-only property written as 2.2, an association without {@code uri}…),
 * reporting each removal as a {@code ninjs.dropped} warning with the pointer of the removed value.
 */
final class Downgrade {

  private static final int MAX_ROUNDS = 100_000;

  private Downgrade() {}

  static List<JsonProblem> apply(ObjectNode document, NinjsVersion version) {
    List<JsonProblem> dropped = new ArrayList<>();
    Rule rule = NinjsRules.of(version).document();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<JsonProblem> problems = new ArrayList<>();
      rule.check(document, Where.ROOT, problems);
      if (problems.isEmpty()) {
        return dropped;
      }
      JsonProblem first = problems.get(0);
      String pointer = first.pointer();
      if (pointer.isEmpty() || !remove(document, pointer)) {
        throw new IllegalStateException(
            "cannot make the document valid ninjs " + version.number() + ": " + first);
      }
      dropped.add(
          new JsonProblem(
              pointer,
              Drops.CODE,
              Severity.WARNING,
              "not written: ninjs "
                  + version.number()
                  + " cannot carry it ("
                  + first.message()
                  + ")",
              0,
              0));
    }
    throw new IllegalStateException("too many values to drop for ninjs " + version.number());
  }

  private static boolean remove(JsonNode root, String pointer) {
    List<String> tokens = JsonPointers.tokens(pointer);
    JsonNode parent = root;
    for (int i = 0; i < tokens.size() - 1; i++) {
      parent = child(parent, tokens.get(i));
      if (parent == null) {
        return false;
      }
    }
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof ObjectNode object && object.has(last)) {
      object.remove(last);
      return true;
    }
    if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(last);
      array.remove(index);
      return true;
    }
    return false;
  }

  private static @org.jspecify.annotations.Nullable JsonNode child(JsonNode node, String token) {
    if (node.isObject()) {
      return node.get(token);
    }
    if (node.isArray()) {
      try {
        return node.get(Integer.parseInt(token));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
