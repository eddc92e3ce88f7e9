package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces values of real and written JSON-LD documents with values of other types, many times with
 * a fixed seed, and checks that reading reports problems instead of throwing.
 */
class MutationRobustnessTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void mutatedDocumentsNeverThrow() throws Exception {
    List<JsonNode> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(ConformanceTest.conformanceDir())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        seeds.add(MAPPER.readTree(Files.readString(file)));
      }
    }
    seeds.add(MAPPER.readTree(SchemaOrg.defaults().writeJsonLd(SeedArticle.article())));
    Random random = new Random(20231128);
    int read = 0;
    for (int round = 0; round < 400; round++) {
      JsonNode document = seeds.get(round % seeds.size()).deepCopy();
      List<JsonNode> containers = new ArrayList<>();
      collect(document, containers);
      for (int edits = 0; edits < 1 + random.nextInt(6); edits++) {
        mutate(containers.get(random.nextInt(containers.size())), random);
      }
      ReadResult<Article> result = SchemaOrg.defaults().read(MAPPER.writeValueAsString(document));
      assertThat(result).isNotNull();
      if (result.value().isPresent()) {
        read++;
        assertThat(SchemaOrg.defaults().writeJsonLd(result.value().get())).startsWith("{");
      } else {
        assertThat(result.errors()).isNotEmpty();
      }
    }
    assertThat(read).isGreaterThan(100);
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isObject() || node.isArray()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }

  private static void mutate(JsonNode container, Random random) {
    if (container.size() == 0) {
      return;
    }
    JsonNode replacement =
        switch (random.nextInt(8)) {
          case 0 -> NODES.nullNode();
          case 1 -> NODES.numberNode(random.nextInt(2000) - 1000);
          case 2 ->
              NODES.stringNode(
                  random.nextBoolean() ? "javascript:alert(1)" : "//x.example/" + random.nextInt());
          case 3 -> NODES.booleanNode(random.nextBoolean());
          case 4 -> NODES.arrayNode().add(NODES.arrayNode().add("nested"));
          case 5 -> NODES.objectNode().put("@id", "#cycle");
          case 6 ->
              NODES
                  .objectNode()
                  .set("@graph", NODES.arrayNode().add(NODES.objectNode().put("@id", "#cycle")));
          default -> NODES.stringNode("2024-13-45T99:99:99+9999");
        };
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      object.set(names.get(random.nextInt(names.size())), replacement);
    } else if (container instanceof ArrayNode array) {
      array.set(random.nextInt(array.size()), replacement);
    }
  }
}
