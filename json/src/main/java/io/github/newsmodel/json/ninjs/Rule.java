package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.json.JsonProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One JSON Schema assertion, written in Java: the subset of keywords the IPTC ninjs schemas use
 * (type, enum, pattern, minimum/maximum, minItems, properties, required, closed objects, oneOf,
 * anyOf). Each problem found is added to {@code out} with the JSON Pointer of the value.
 */
sealed interface Rule {

  /** Checks {@code node}, found at {@code pointer}, adding problems to {@code out}. */
  void check(JsonNode node, Where pointer, List<JsonProblem> out);

  /** Any JSON value. */
  Rule ANY = new Any();

  static StringRule string() {
    return new StringRule(null, null);
  }

  static Rule number() {
    return new NumberRule(false, null, null);
  }

  static Rule integer() {
    return new NumberRule(true, null, null);
  }

  static Rule integer(long min, long max) {
    return new NumberRule(true, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  static Rule array(Rule items) {
    return new ArrayRule(items, 0);
  }

  static Rule array(Rule items, int minItems) {
    return new ArrayRule(items, minItems);
  }

  static Rule oneOf(Rule... choices) {
    return new Choice(List.of(choices), true);
  }

  static Rule anyOf(Rule... choices) {
    return new Choice(List.of(choices), false);
  }

  static Rule lazy(Supplier<Rule> target) {
    return new Lazy(target);
  }

  static Rule nullValue() {
    return new NullRule();
  }

  /** An object: its properties, required names, and whether other names are forbidden. */
  static ObjectRule object() {
    return new ObjectRule(new LinkedHashMap<>(), List.of(), false, List.of());
  }

  /**
   * Fails on every value (a schema that can never match, such as {@code type: [array] ∧ string}).
   */
  static Rule never(String why) {
    return new Never(why);
  }

  static JsonProblem problem(Where pointer, String code, String message) {
    return JsonProblem.error(pointer.pointer(), code, message);
  }

  static String kind(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isString()) {
      return "string";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isNull()) {
      return "null";
    }
    return node.isNumber() ? "number" : "unknown";
  }

  /** Any value passes. */
  record Any() implements Rule {
    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {}
  }

  /** Never passes. */
  record Never(String why) implements Rule {
    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      out.add(problem(pointer, "ninjs.schema.impossible", why));
    }
  }

  /** JSON null. */
  record NullRule() implements Rule {
    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      if (!node.isNull()) {
        out.add(problem(pointer, "ninjs.schema.type", "expected null, found " + kind(node)));
      }
    }
  }

  /** A string, optionally from a set of values or matching a pattern (searched, as in ECMA 262). */
  record StringRule(@Nullable Set<String> values, @Nullable Pattern pattern) implements Rule {
    StringRule oneOfValues(String... allowed) {
      return new StringRule(Set.of(allowed), pattern);
    }

    StringRule matching(String regex) {
      return new StringRule(values, Pattern.compile(regex));
    }

    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      if (!node.isString()) {
        out.add(problem(pointer, "ninjs.schema.type", "expected a string, found " + kind(node)));
        return;
      }
      String text = node.asString();
      if (values != null && !values.contains(text)) {
        out.add(
            problem(
                pointer,
                "ninjs.schema.enum",
                "'" + text + "' is not one of " + values.stream().sorted().toList()));
      }
      if (pattern != null && !pattern.matcher(text).find()) {
        out.add(
            problem(
                pointer,
                "ninjs.schema.pattern",
                "'" + text + "' does not match " + pattern.pattern()));
      }
    }
  }

  /**
   * A number; an integer when {@code integral} (a number whose fraction is zero, as in 2020-12).
   */
  record NumberRule(boolean integral, @Nullable BigDecimal min, @Nullable BigDecimal max)
      implements Rule {
    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      if (!node.isNumber()) {
        out.add(
            problem(
                pointer,
                "ninjs.schema.type",
                "expected " + (integral ? "an integer" : "a number") + ", found " + kind(node)));
        return;
      }
      BigDecimal value = node.decimalValue();
      if (integral && value.stripTrailingZeros().scale() > 0) {
        out.add(problem(pointer, "ninjs.schema.type", "expected an integer, found " + value));
        return;
      }
      if (min != null && value.compareTo(min) < 0) {
        out.add(problem(pointer, "ninjs.schema.minimum", value + " is less than " + min));
      }
      if (max != null && value.compareTo(max) > 0) {
        out.add(problem(pointer, "ninjs.schema.maximum", value + " is greater than " + max));
      }
    }
  }

  /** An array whose items all follow {@code items}. */
  record ArrayRule(Rule items, int minItems) implements Rule {
    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      if (!node.isArray()) {
        out.add(problem(pointer, "ninjs.schema.type", "expected an array, found " + kind(node)));
        return;
      }
      if (node.size() < minItems) {
        out.add(
            problem(
                pointer,
                "ninjs.schema.min-items",
                "expected at least " + minItems + " items, found " + node.size()));
      }
      for (int i = 0; i < node.size(); i++) {
        items.check(node.get(i), pointer.item(i), out);
      }
    }
  }

  /** Exactly one ({@code exclusive}) or at least one of the choices must pass. */
  record Choice(List<Rule> choices, boolean exclusive) implements Rule {
    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      int passed = 0;
      List<JsonProblem> closest = null;
      for (Rule choice : choices) {
        List<JsonProblem> found = new ArrayList<>();
        choice.check(node, pointer, found);
        if (found.isEmpty()) {
          passed++;
        } else if (closest == null || found.size() < closest.size()) {
          closest = found;
        }
      }
      if (exclusive && passed > 1) {
        out.add(
            problem(
                pointer,
                "ninjs.schema.one-of",
                "the value matches " + passed + " alternatives; exactly one is allowed"));
      } else if (passed == 0) {
        String detail =
            closest == null || closest.isEmpty() ? "" : " (closest: " + closest.get(0) + ")";
        out.add(
            problem(
                pointer,
                exclusive ? "ninjs.schema.one-of" : "ninjs.schema.any-of",
                "the value matches none of the " + choices.size() + " alternatives" + detail));
      }
    }
  }

  /** A rule resolved on first use, for recursive structures. */
  final class Lazy implements Rule {
    private final Supplier<Rule> target;
    private @Nullable Rule resolved;

    Lazy(Supplier<Rule> target) {
      this.target = target;
    }

    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      Rule rule = resolved;
      if (rule == null) {
        rule = target.get();
        resolved = rule;
      }
      rule.check(node, pointer, out);
    }
  }

  /**
   * An object with named properties. {@code closed} forbids names not listed (JSON Schema {@code
   * additionalProperties: false}, or {@code unevaluatedProperties: false} over the listed ones).
   */
  record ObjectRule(
      Map<String, Rule> properties, List<String> required, boolean closed, List<Rule> also)
      implements Rule {

    ObjectRule prop(String name, Rule rule) {
      Map<String, Rule> copy = new LinkedHashMap<>(properties);
      copy.put(name, rule);
      return new ObjectRule(copy, required, closed, also);
    }

    ObjectRule props(Map<String, Rule> more) {
      Map<String, Rule> copy = new LinkedHashMap<>(properties);
      copy.putAll(more);
      return new ObjectRule(copy, required, closed, also);
    }

    ObjectRule require(String... names) {
      List<String> copy = new ArrayList<>(required);
      copy.addAll(List.of(names));
      return new ObjectRule(properties, List.copyOf(copy), closed, also);
    }

    ObjectRule close() {
      return new ObjectRule(properties, required, true, also);
    }

    /** Adds a rule the same object must also pass (JSON Schema {@code allOf} member). */
    ObjectRule and(Rule rule) {
      List<Rule> copy = new ArrayList<>(also);
      copy.add(rule);
      return new ObjectRule(properties, required, closed, List.copyOf(copy));
    }

    @Override
    public void check(JsonNode node, Where pointer, List<JsonProblem> out) {
      if (!node.isObject()) {
        out.add(problem(pointer, "ninjs.schema.type", "expected an object, found " + kind(node)));
        return;
      }
      for (String name : required) {
        if (!node.has(name)) {
          out.add(
              problem(
                  pointer, "ninjs.schema.required", "required property '" + name + "' is missing"));
        }
      }
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        Rule rule = properties.get(member.getKey());
        if (rule != null) {
          rule.check(member.getValue(), pointer.member(member.getKey()), out);
        } else if (closed) {
          out.add(
              problem(
                  pointer.member(member.getKey()),
                  "ninjs.schema.unknown-property",
                  "property '" + member.getKey() + "' is not allowed here"));
        }
      }
      for (Rule rule : also) {
        rule.check(node, pointer, out);
      }
    }
  }
}
