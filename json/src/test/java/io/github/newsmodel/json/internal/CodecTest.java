package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.stream.ArticleReader;
import io.github.newsmodel.json.stream.RecordResult;
import io.github.newsmodel.time.NewsDateTime;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.JsonParserDelegate;

/** The engine behind the facades, driven the way the Jackson module and the feed readers do. */
class CodecTest {

  private static final Codec CODEC = Codec.of(NewsJson.defaults());

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  /** A document with problems at several depths, on several lines. */
  private static final String FLAWED =
      q(
          "{'id': 'a',\n"
              + "  'headline': 'h', 'urgency': 'high',\n"
              + "  'keywords': ['k',\n"
              + "     7],\n"
              + "  'media': [{'kind': 'image', 'id': 'm',\n"
              + "    'renditions': [{'url': 'https://e.kz/a.jpg', 'width': 'wide'}],\n"
              + "    'focalPoint': {'x': 0.5}}],\n"
              + "  'color': {'x': [1]}\n"
              + "}");

  private static JsonParser open(Codec codec, String json) {
    JsonParser parser = codec.factory().createParser(ObjectReadContext.empty(), json);
    parser.nextToken();
    return parser;
  }

  private static List<Object> located(ReadResult<?> result) {
    return result.problems().stream()
        .map(p -> (Object) tuple(p.pointer(), p.code(), p.line(), p.column()))
        .toList();
  }

  @Test
  void aParserBehindADelegateGivesTheSameProblemsAtTheSamePlaces() {
    ReadResult<?> direct = CODEC.readStructure(open(CODEC, FLAWED), Article.class).result();
    assertThat(direct.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::line, JsonProblem::column)
        .containsExactly(
            tuple("/urgency", "type.mismatch", 2, 31),
            tuple("/keywords/1", "type.mismatch", 4, 6),
            tuple("/media/0/renditions/0/width", "type.mismatch", 6, 59),
            tuple("/media/0/focalPoint/y", "required", 7, 19));

    Outcome<?> delegated =
        CODEC.readStructure(new JsonParserDelegate(open(CODEC, FLAWED)), Article.class);
    assertThat(delegated.complete()).isTrue();
    assertThat(located(delegated.result())).isEqualTo(located(direct));
  }

  @Test
  void aParserBehindADelegateReadsTheValue() {
    String doc = q("{'id':'a',\n'headline':'h','keywords':['k','l'],'x-e':{'n':[1,null]}}");
    Outcome<?> outcome =
        CODEC.readStructure(new JsonParserDelegate(open(CODEC, doc)), Article.class);
    Article article = (Article) outcome.result().value().orElseThrow();
    assertThat(article.keywords()).containsExactly("k", "l");
    assertThat(article.extensions().get("x-e"))
        .contains(
            JsonValue.object(
                Map.of("n", JsonValue.array(List.of(JsonValue.number("1"), JsonValue.NULL)))));
  }

  @Test
  void nonNumericNumbersOfALenientParserAreOutOfRange() {
    JsonFactory lenient =
        CODEC.factory().rebuild().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    String doc =
        q(
            "{'id':'a','headline':'h','x-n':NaN,'x-a':[1,Infinity],'x-b':2,"
                + "'media':[{'kind':'image','id':'m','renditions':"
                + "[{'url':'https://e.kz/a.jpg','frameRate':NaN}]}]}");
    JsonParser parser = lenient.createParser(ObjectReadContext.empty(), doc);
    parser.nextToken();
    ReadResult<?> result = CODEC.readStructure(parser, Article.class).result();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple("/x-n", "number.range", "number NaN is out of range"),
            tuple("/x-a/1", "number.range", "number Infinity is out of range"),
            tuple(
                "/media/0/renditions/0/frameRate",
                "number.range",
                "number NaN is out of range; expected a finite double"));
    Article article = (Article) result.value().orElseThrow();
    assertThat(article.extensions().asMap())
        .containsExactly(
            Map.entry("x-a", JsonValue.array(List.of(JsonValue.number("1"), JsonValue.NULL))),
            Map.entry("x-b", JsonValue.number("2")));
    assertThat(article.media().get(0).renditions().get(0).frameRate()).isNull();
  }

  @Test
  void aValueCannotBeReadAtTheEndOfTheInput() {
    JsonParser parser = CODEC.factory().createParser(ObjectReadContext.empty(), "  ");
    assertThat(parser.nextToken()).isNull();
    ReadResult<?> result = CODEC.readStructure(parser, JsonValue.class).result();
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::code, JsonProblem::message)
        .containsExactly(tuple("type.mismatch", "expected a JSON value, found end of input"));
  }

  @Test
  void aValueCannotBeReadFromTheEndOfAnArray() {
    JsonParser parser = open(CODEC, "[]");
    assertThat(parser.nextToken()).hasToString("END_ARRAY");
    ReadResult<?> result = CODEC.readStructure(parser, JsonValue.class).result();
    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::code, JsonProblem::message)
        .containsExactly(tuple("type.mismatch", "expected a JSON value, found END_ARRAY"));
  }

  @Test
  void writesDateTimesAndJsonValuesAsTheyAre() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = CODEC.factory().createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      Codec.write(g, NewsDateTime.parse("2024-03-01T00:00:00.120+0500"));
      Codec.write(
          g, JsonValue.object(Map.of("a", JsonValue.array(List.of(JsonValue.number("2.50"))))));
      g.writeEndArray();
    }
    assertThat(out).hasToString(q("['2024-03-01T00:00:00.120+0500',{'a':[2.50]}]"));
  }

  @Test
  void anArrayFeedMayBeLongerThanTheDocumentLimit() {
    NewsJson small =
        NewsJson.builder().limits(JsonLimits.builder().maxDocumentBytes(200).build()).build();
    StringBuilder feed = new StringBuilder("[");
    for (int i = 0; i < 20; i++) {
      feed.append(i == 0 ? "" : ",\n").append(q("{'id':'a-" + i + "','headline':'h'}"));
    }
    feed.append("]");
    assertThat(feed.length()).isGreaterThan(400);
    try (ArticleReader reader =
        ArticleReader.array(
            new ByteArrayInputStream(feed.toString().getBytes(StandardCharsets.UTF_8)), small)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(records).hasSize(20);
      assertThat(records).allSatisfy(r -> assertThat(r.result().isValid()).isTrue());
      assertThat(records.get(19).result().value().orElseThrow().id()).isEqualTo("a-19");
    }
  }

  @Test
  void aFeedEngineIsCompactAndHasNoWholeDocumentLimit() {
    Codec pretty =
        Codec.of(
            NewsJson.builder()
                .prettyPrint(true)
                .limits(JsonLimits.builder().maxDocumentBytes(100).build())
                .build());
    Codec feed = pretty.forFeeds();
    assertThat(feed.forFeeds()).isSameAs(feed);
    assertThat(feed.limits()).isEqualTo(pretty.limits());
    assertThat(feed.factory().streamReadConstraints().getMaxDocumentLength()).isEqualTo(-1);
    assertThat(pretty.factory().streamReadConstraints().getMaxDocumentLength()).isEqualTo(100);
    assertThat(feed.writeArticle(Article.builder("a", "h").build()))
        .isEqualTo(q("{'formatVersion':'1.0','id':'a','headline':'h'}"));
  }
}
