package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.JsonProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The generator of the streaming ninjs writer, with each member checked before it is written: the
 * member must be a property of its object in the schema ({@code at}, a {@link Rule.ObjectRule} of
 * {@link StreamRules}) and its value must pass that property's rule — type, enum, pattern, range.
 * Anything else throws {@link StreamFallback}, so a document written to the end is valid by
 * construction. Absent (null) values are left out, as the tree path leaves them out.
 */
final class StreamOut {

  /** The rule of a number without bounds, which every finite number passes. */
  private static final Rule PLAIN_NUMBER = Rule.number();

  private final JsonGenerator g;

  StreamOut(JsonGenerator g) {
    this.g = g;
  }

  void startObject() {
    g.writeStartObject();
  }

  void endObject() {
    g.writeEndObject();
  }

  void endList() {
    g.writeEndArray();
  }

  /** Starts the list {@code name} of an object following {@code at}. */
  void startList(Rule.ObjectRule at, String name) {
    if (!(member(at, name) instanceof Rule.ArrayRule)) {
      throw StreamFallback.because(name + " is not a list");
    }
    g.writeName(name);
    g.writeStartArray();
  }

  /** Starts the list {@code name} unless {@code started}; returns true, the list being open. */
  boolean startListOnce(Rule.ObjectRule at, String name, boolean started) {
    if (!started) {
      startList(at, name);
    }
    return true;
  }

  /** Ends the current list if {@code started}. */
  void endListIf(boolean started) {
    if (started) {
      endList();
    }
  }

  /** Writes a string member; the value must pass the member's string rule. */
  void string(Rule.ObjectRule at, String name, @Nullable String value) {
    if (value == null) {
      return;
    }
    if (!(member(at, name) instanceof Rule.StringRule rule) || !accepts(rule, value)) {
      throw StreamFallback.because(name + " rejects '" + value + "'");
    }
    g.writeStringProperty(name, value);
  }

  /** Writes an {@code Integer} or {@code Long} member; the value must be in the member's range. */
  void integer(Rule.ObjectRule at, String name, @Nullable Number value) {
    if (value == null) {
      return;
    }
    if (!(member(at, name) instanceof Rule.NumberRule rule) || !within(rule, value.longValue())) {
      throw StreamFallback.because(name + " rejects " + value);
    }
    g.writeName(name);
    g.writeNumber(value.longValue());
  }

  /**
   * Writes a number member given as the node the tree path builds for it ({@link Trees#number},
   * {@link Trees#decimal}): an integer node, or a double node, which must be finite. A rule other
   * than a plain unbounded number is applied to the node as {@link Downgrade} applies it.
   */
  void number(Rule.ObjectRule at, String name, JsonNode value) {
    if (!(member(at, name) instanceof Rule.NumberRule rule)
        || !Double.isFinite(value.doubleValue())) {
      throw StreamFallback.because(name + " rejects " + value);
    }
    if (!rule.equals(PLAIN_NUMBER)) {
      check(rule, value);
    }
    g.writeName(name);
    if (value.isIntegralNumber()) {
      g.writeNumber(value.bigIntegerValue());
    } else {
      g.writeNumber(value.doubleValue());
    }
  }

  /**
   * Writes the ninjs properties kept in {@code extensions} ({@code ninjs:<name>}) as members, first
   * in their object as {@link Members#putLeftovers} puts them; falls back when one has the name of
   * a member the model may write in the same object ({@code modelMembers}), whose value the tree
   * path would put in the kept property's place.
   */
  void kept(Rule.ObjectRule at, Extensions extensions, Set<String> modelMembers) {
    for (Map.Entry<String, JsonValue> entry : extensions.asMap().entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(Members.PREFIX) && name.length() > Members.PREFIX.length()) {
        String member = name.substring(Members.PREFIX.length());
        if (modelMembers.contains(member)) {
          throw StreamFallback.because("kept property " + member + " is also a model member");
        }
        tree(at, member, Trees.toNode(entry.getValue()));
      }
    }
  }

  /** Writes a member holding a tree built as the tree path builds it, checked whole. */
  void tree(Rule.ObjectRule at, String name, JsonNode value) {
    check(member(at, name), value);
    g.writeName(name);
    g.writeTree(value);
  }

  /** Writes an item of a list whose items follow {@code rule}, checked whole. */
  void treeItem(Rule rule, JsonNode value) {
    check(rule, value);
    g.writeTree(value);
  }

  /**
   * Falls back unless {@code value} passes {@code rule} as a whole, as {@link Downgrade} checks.
   */
  static void check(Rule rule, JsonNode value) {
    List<JsonProblem> problems = new ArrayList<>();
    rule.check(value, Where.ROOT, problems);
    if (!problems.isEmpty()) {
      throw StreamFallback.because(problems.get(0).message());
    }
  }

  private static Rule member(Rule.ObjectRule at, String name) {
    Rule rule = at.properties().get(name);
    if (rule == null) {
      throw StreamFallback.because(name + " is not a property here");
    }
    return rule;
  }

  private static boolean accepts(Rule.StringRule rule, String value) {
    Set<String> values = rule.values();
    Pattern pattern = rule.pattern();
    return (values == null || values.contains(value))
        && (pattern == null || pattern.matcher(value).find());
  }

  private static boolean within(Rule.NumberRule rule, long value) {
    BigDecimal min = rule.min();
    BigDecimal max = rule.max();
    return (min == null || BigDecimal.valueOf(value).compareTo(min) >= 0)
        && (max == null || BigDecimal.valueOf(value).compareTo(max) <= 0);
  }
}
