package io.github.newsmodel.json.ninjs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random changes to a ninjs document, for the differential test of the fast path: each one
 * is either something the fast path must give up on (a non-canonical form, an unknown or missing
 * property, a wrong type, a duplicate, a bad date or URL, deep nesting, broken JSON) or something
 * it must still read the same way as the tree path (members in another order, other roles).
 */
final class NinjsPerturbations {

  private static final JsonMapper JSON = JsonMapper.shared();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String[] ROLES = {
    "main",
    "sub",
    "summary",
    "abstract",
    "caption",
    "alt",
    "engagement",
    "canonical",
    "share:telegram",
    "share:Telegram",
    "share:nowhere",
    "follow:telegram",
    "follow:",
    "author",
    "publisher",
    "section",
    "keyword",
    "",
    "description"
  };
  private static final String[] CONTENT_TYPES = {
    "text/html", " TEXT/HTML", "text/plain", "application/json", "text/html; charset=utf-8", ""
  };
  private static final String[] RELS = {"author", "publisher", "section", "keyword", "mentioned"};
  private static final String[] TYPES = {
    "text", "picture", "video", "audio", "graphic", "composite", "banana", "event"
  };
  private static final String[] DATES = {
    "2024-13-45T00:00:00Z",
    "yesterday",
    "2024-06-01",
    "2024-06-01T12:00:00",
    "2024-06-01T12:00:00z",
    "2024-06-01T12:00:00+0500",
    "2024-06-01T12:00:00.5+05:00"
  };
  private static final String[] URLS = {
    "javascript:alert(1)",
    "not a url",
    "http://",
    "ftp://example.kz/a",
    "HTTPS://EXAMPLE.KZ/A",
    "https://example.kz/ok",
    "httpſ://example.kz"
  };
  private static final String[] NUMBERS = {
    "0",
    "-1",
    "25.0",
    "2147483648",
    "9223372036854775808",
    "1e1",
    "1.50",
    "2.5",
    "0.000000001",
    "0.0000000001",
    "100",
    "101",
    "-0",
    "12345678901234567890",
    "1E+400",
    "\"12\""
  };
  private static final String[] HTML = {
    "<p>a</p>",
    "<p>a</p>\n",
    "<P>a</P>",
    "<p class=\"x\">a</p>",
    "<p>a &nbsp; b</p>",
    "<p>a</p><script>alert(1)</script>",
    "<div>a</div>",
    "a plain text",
    "",
    "<p></p>",
    "<p>&#39;</p>",
    "<p>a<b>b</b></p>",
    "<figure><img src=\"x\"></figure>",
    "<h1>t</h1>",
    "<p><a href=\"javascript:x\">a</a></p>",
    "<p>a\rb</p>"
  };
  private static final Pattern INTEGER = Pattern.compile("(?<=[:\\[,])(-?[0-9]+)(?=[,}\\]])");

  private final Random random;

  NinjsPerturbations(Random random) {
    this.random = random;
  }

  /** The document with one to three random changes. */
  String perturb(String json) {
    String text = json;
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      text = once(text);
    }
    return text;
  }

  private String once(String json) {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return decimalInteger(json);
    }
    if (kind == 1) {
      return broken(json);
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (RuntimeException e) {
      return json; // already broken: leave it
    }
    if (!(tree instanceof ObjectNode root)) {
      return json;
    }
    if (kind == 2) {
      return duplicated(root);
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    switch (kind) {
      case 3 -> reorder(target);
      case 4 -> retype(target);
      case 5 -> addUnknown(target);
      case 6 -> delete(target);
      case 7 -> set(containers, "role", ROLES);
      case 8 -> set(containers, "contentType", CONTENT_TYPES);
      case 9 -> set(containers, "rel", RELS);
      case 10 -> set(containers, "type", TYPES);
      case 11 -> setDate(root);
      case 12 -> setUrl(containers);
      case 13 -> setNumber(containers);
      case 14 -> setHtml(root);
      case 15 -> emptyArray(containers);
      case 16 -> deepNesting(target);
      case 17 -> declare(root);
      case 18 -> related(root);
      default -> reorder(root);
    }
    return random.nextInt(4) == 0 ? tree.toPrettyString() : tree.toString();
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  private String decimalInteger(String json) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = INTEGER.matcher(json);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return json;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String[] forms = {".0", ".00", "e0", "E+0"};
    return json.substring(0, span[1])
        + forms[random.nextInt(forms.length)]
        + json.substring(span[1]);
  }

  private String broken(String json) {
    return switch (random.nextInt(5)) {
      case 0 -> json.substring(0, random.nextInt(json.length()));
      case 1 -> json + " {}";
      case 2 -> "\uFEFF" + json;
      case 3 -> json.replaceFirst(",", ",,");
      default -> "[" + json + "]";
    };
  }

  /** The document written again with one member of one object repeated. */
  private String duplicated(ObjectNode root) {
    List<JsonNode> objects = new ArrayList<>();
    collect(root, objects);
    objects.removeIf(node -> !node.isObject() || node.isEmpty());
    JsonNode chosen = objects.get(random.nextInt(objects.size()));
    StringBuilder out = new StringBuilder();
    write(root, chosen, out);
    return out.toString();
  }

  private void write(JsonNode node, JsonNode duplicateIn, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      int twice = node == duplicateIn ? random.nextInt(members.size()) : -1;
      for (int i = 0; i < members.size(); i++) {
        int times = i == twice ? 2 : 1;
        for (int t = 0; t < times; t++) {
          if (out.charAt(out.length() - 1) != '{') {
            out.append(',');
          }
          out.append(JSON.writeValueAsString(members.get(i).getKey())).append(':');
          write(members.get(i).getValue(), duplicateIn, out);
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(node.get(i), duplicateIn, out);
      }
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }

  private void reorder(JsonNode node) {
    if (node instanceof ObjectNode object && object.size() > 1) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
      Collections.shuffle(members, random);
      object.removeAll();
      members.forEach(member -> object.set(member.getKey(), member.getValue()));
    } else if (node instanceof ArrayNode array && array.size() > 1) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      Collections.shuffle(items, random);
      array.removeAll();
      items.forEach(array::add);
    }
  }

  private JsonNode randomValue() {
    return switch (random.nextInt(7)) {
      case 0 -> NODES.numberNode(1);
      case 1 -> NODES.stringNode("x");
      case 2 -> NODES.booleanNode(true);
      case 3 -> NODES.nullNode();
      case 4 -> NODES.arrayNode();
      case 5 -> NODES.objectNode();
      default -> NODES.arrayNode().add(NODES.objectNode().put("value", "v"));
    };
  }

  private void retype(JsonNode node) {
    if (node instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>(object.propertyNames());
      object.set(names.get(random.nextInt(names.size())), randomValue());
    } else if (node instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), randomValue());
    }
  }

  private void addUnknown(JsonNode node) {
    if (node instanceof ObjectNode object) {
      String[] names = {
        "x-unknown", "title", "standard", "literal", "format", "id", "name", "$schema"
      };
      object.set(names[random.nextInt(names.length)], randomValue());
    } else if (node instanceof ArrayNode array) {
      array.add(randomValue());
    }
  }

  private void delete(JsonNode node) {
    if (node instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>(object.propertyNames());
      object.remove(names.get(random.nextInt(names.size())));
    } else if (node instanceof ArrayNode array && !array.isEmpty()) {
      array.remove(random.nextInt(array.size()));
    }
  }

  private void set(List<JsonNode> containers, String name, String[] values) {
    List<ObjectNode> having = new ArrayList<>();
    for (JsonNode node : containers) {
      if (node instanceof ObjectNode object && (object.has(name) || random.nextInt(8) == 0)) {
        having.add(object);
      }
    }
    if (!having.isEmpty()) {
      having.get(random.nextInt(having.size())).put(name, values[random.nextInt(values.length)]);
    }
  }

  private void setDate(ObjectNode root) {
    String[] names = {
      "firstCreated", "versionCreated", "contentCreated", "embargoedUntil", "expires"
    };
    root.put(names[random.nextInt(names.length)], DATES[random.nextInt(DATES.length)]);
  }

  private void setUrl(List<JsonNode> containers) {
    String[] names = {"uri", "href", "value", "linkedRights"};
    String name = names[random.nextInt(names.length)];
    List<ObjectNode> having = new ArrayList<>();
    for (JsonNode node : containers) {
      if (node instanceof ObjectNode object && object.has(name)) {
        having.add(object);
      }
    }
    if (!having.isEmpty()) {
      having.get(random.nextInt(having.size())).put(name, URLS[random.nextInt(URLS.length)]);
    }
  }

  private void setNumber(List<JsonNode> containers) {
    String[] names = {
      "urgency",
      "width",
      "height",
      "sizeInBytes",
      "duration",
      "frameRate",
      "relevance",
      "confidence",
      "charCount",
      "wordCount",
      "bitrate"
    };
    String name = names[random.nextInt(names.length)];
    List<ObjectNode> having = new ArrayList<>();
    for (JsonNode node : containers) {
      if (node instanceof ObjectNode object && (object.has(name) || random.nextInt(10) == 0)) {
        having.add(object);
      }
    }
    if (!having.isEmpty()) {
      String number = NUMBERS[random.nextInt(NUMBERS.length)];
      having.get(random.nextInt(having.size())).set(name, JSON.readTree(number));
    }
  }

  private void setHtml(ObjectNode root) {
    JsonNode bodies = root.get("bodies");
    String html = HTML[random.nextInt(HTML.length)];
    if (bodies instanceof ArrayNode list
        && !list.isEmpty()
        && list.get(0) instanceof ObjectNode b) {
      JsonNode value = b.get("value");
      boolean append = random.nextBoolean() && value != null && value.isString();
      b.put("value", append ? value.asString() + html : html);
    } else {
      root.set(
          "bodies",
          NODES
              .arrayNode()
              .add(NODES.objectNode().put("contentType", "text/html").put("value", html)));
    }
  }

  private void emptyArray(List<JsonNode> containers) {
    List<ArrayNode> arrays = new ArrayList<>();
    for (JsonNode node : containers) {
      if (node instanceof ArrayNode array) {
        arrays.add(array);
      }
    }
    if (!arrays.isEmpty()) {
      arrays.get(random.nextInt(arrays.size())).removeAll();
    }
  }

  private void deepNesting(JsonNode node) {
    int depth = random.nextBoolean() ? 70 : 10 + random.nextInt(20);
    JsonNode value = NODES.objectNode().put("value", "deep");
    for (int i = 0; i < depth; i++) {
      value = NODES.arrayNode().add(value);
    }
    if (node instanceof ObjectNode object) {
      object.set("geoJSON", value);
    } else if (node instanceof ArrayNode array) {
      array.add(value);
    }
  }

  private void declare(ObjectNode root) {
    String[] versions = {"3.1", "3.0", "2.2", "2.0", "9.9", " 3.1 "};
    ObjectNode standard = NODES.objectNode().put("name", "ninjs");
    if (random.nextBoolean()) {
      standard.put("version", versions[random.nextInt(versions.length)]);
    } else {
      standard.put(
          "schema",
          "http://www.iptc.org/std/ninjs/ninjs-schema_"
              + versions[random.nextInt(versions.length)]
              + ".json");
    }
    root.set("standard", standard);
  }

  private void related(ObjectNode root) {
    ObjectNode item =
        NODES
            .objectNode()
            .put("name", "related" + random.nextInt(3))
            .put("uri", URLS[random.nextInt(URLS.length)])
            .put("type", "text");
    if (random.nextBoolean()) {
      item.put("rel", "seeAlso");
    }
    if (random.nextBoolean()) {
      item.set("headlines", NODES.arrayNode().add(NODES.objectNode().put("value", "Related")));
    }
    JsonNode list = root.get("associations");
    if (list instanceof ArrayNode array) {
      if (random.nextBoolean()) {
        array.add(item);
      } else {
        array.insert(0, item);
      }
    } else {
      root.set("associations", NODES.arrayNode().add(item));
    }
  }
}
