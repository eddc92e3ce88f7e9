package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/json-format.md} and the shipped JSON Schema agree with the code: every property name
 * the writer emits is documented, the schema's property names are exactly the names the writer
 * emits, the schema has no property the docs lack, the limits' defaults quoted in the docs are
 * {@link JsonLimits#defaults()}, and every problem code the schema test table expects is
 * documented. The build passes the docs directory as the system property {@code
 * newsmodel.docs.dir}.
 */
class DocumentationAgreementTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final int RANDOM_DOCUMENTS = 500;
  private static String docs;
  private static JsonNode schema;

  @BeforeAll
  static void load() throws IOException {
    Path dir = Path.of(System.getProperty("newsmodel.docs.dir", "../docs"));
    docs = Files.readString(dir.resolve("json-format.md"), StandardCharsets.UTF_8);
    schema = PLAIN.readTree(NewsJsonSchema.text());
  }

  /** Property names the writer emits, from the goldens and seeded random articles. */
  private static TreeSet<String> writtenNames() {
    TreeSet<String> names = new TreeSet<>();
    for (String golden :
        new String[] {"article-ru-seed.json", "article-kk.json", "article-en.json"}) {
      collect(PLAIN.readTree(GoldenFilesTest.golden(golden)), names);
    }
    // the random articles use built-in share platforms only; add a custom one
    collect(
        PLAIN.readTree(
            NewsJson.defaults()
                .write(
                    Article.builder("p", "h")
                        .addShareLink(
                            ShareLink.ofUrl(
                                SharePlatform.custom(
                                    "mastodon",
                                    "Mastodon",
                                    "https://mastodon.social/share?text={text}%20{url}",
                                    Set.of("mastodon.online")),
                                "https://mastodon.social/share?text=a"))
                        .build())),
        names);
    RandomArticles articles = new RandomArticles(20240301L);
    for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
      collect(PLAIN.readTree(NewsJson.defaults().write(articles.next())), names);
    }
    return names;
  }

  /** Collects property names, skipping extension properties (named x-…) and their values. */
  private static void collect(JsonNode node, TreeSet<String> names) {
    if (node.isArray()) {
      node.forEach(element -> collect(element, names));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        if (!property.getKey().startsWith("x-")) {
          names.add(property.getKey());
          collect(property.getValue(), names);
        }
      }
    }
  }

  /** Every key of every {@code properties} object of the schema. */
  private static TreeSet<String> schemaNames(JsonNode node, TreeSet<String> names) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().equals("properties") && member.getValue().isObject()) {
          member.getValue().propertyNames().forEach(names::add);
        }
        schemaNames(member.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(element -> schemaNames(element, names));
    }
    return names;
  }

  @Test
  void everyPropertyNameTheWriterEmitsIsDocumentedAndInTheSchema() {
    TreeSet<String> written = writtenNames();
    TreeSet<String> inSchema = schemaNames(schema, new TreeSet<>());
    // the writer's output covers the whole format, so this is a real check of both files
    assertThat(written)
        .hasSizeGreaterThan(80)
        .contains(
            "formatVersion",
            "mediaId",
            "focalPoint",
            "attribution",
            "sizeBytes",
            "href",
            "items",
            "asOf");
    for (String name : written) {
      assertThat(docs).as("docs/json-format.md documents `%s`", name).contains("`" + name + "`");
      assertThat(inSchema).as("schema property %s", name).contains(name);
    }
    assertThat(inSchema).as("schema properties the writer never writes").isEqualTo(written);
  }

  @Test
  void everySchemaPropertyIsDocumented() {
    for (String name : schemaNames(schema, new TreeSet<>())) {
      assertThat(docs).as("docs/json-format.md documents `%s`", name).contains("`" + name + "`");
    }
  }

  @Test
  void theLimitsTableQuotesTheDefaults() throws Exception {
    Matcher row =
        Pattern.compile("^\\| `(max\\w+)` \\| (\\d+)[ |(]", Pattern.MULTILINE).matcher(docs);
    Map<String, Long> documented = new TreeMap<>();
    while (row.find()) {
      documented.put(row.group(1), Long.parseLong(row.group(2)));
    }
    Map<String, Long> actual = new TreeMap<>();
    for (Method method : JsonLimits.class.getDeclaredMethods()) {
      if (method.getName().startsWith("max") && method.getParameterCount() == 0) {
        actual.put(method.getName(), ((Number) method.invoke(JsonLimits.defaults())).longValue());
      }
    }
    assertThat(actual).hasSize(7);
    assertThat(documented).isEqualTo(actual);
  }

  @Test
  void everyLimitsCodeIsInTheLimitsTable() {
    for (String limit :
        new String[] {"document", "depth", "string", "number", "array", "problems", "name"}) {
      assertThat(docs).containsPattern("\\| `max\\w+` \\| [^\\n]*\\| `limit\\." + limit + "` \\|");
    }
  }

  @Test
  void everyProblemCodeOfTheSchemaTableIsDocumented() {
    NewsJsonSchemaTest.rejectedByBoth()
        .forEach(
            arguments -> {
              String code = (String) arguments.get()[1];
              assertThat(docs).as("problem code %s", code).contains("`" + code + "`");
            });
  }

  @Test
  void theDocsNameTheSchemaResourceAndId() {
    assertThat(docs)
        .contains("`" + NewsJsonSchema.resourcePath() + "`")
        .contains("`" + NewsJsonSchema.id() + "`")
        .contains("`" + JsonLimits.class.getSimpleName() + "`");
  }
}
