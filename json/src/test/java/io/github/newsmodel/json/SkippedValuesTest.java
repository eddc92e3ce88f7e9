package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.extension.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values that are reported (wrong type, duplicate, unknown in strict mode) are skipped whole,
 * objects and arrays with everything inside them, and reading goes on with the next property.
 */
class SkippedValuesTest {

  private static final NewsJson STRICT = NewsJson.builder().mode(ReadMode.STRICT).build();

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static ReadResult<Article> read(String json) {
    return NewsJson.defaults().read(q(json));
  }

  @Test
  void anObjectWhereTextIsExpectedIsSkippedWhole() {
    ReadResult<Article> result =
        read("{'id':'a','summary':{'headline':'x','id':5},'headline':'h','section':'s'}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(tuple("/summary", "type.mismatch", "expected string, found object"));
    Article article = result.value().orElseThrow();
    assertThat(article.summary()).isNull();
    assertThat(article.headline()).isEqualTo("h");
    assertThat(article.section()).isEqualTo("s");
  }

  @Test
  void anArrayWhereTextIsExpectedIsSkippedWhole() {
    ReadResult<Article> result =
        read("{'id':'a','summary':['x',{'headline':'y'}],'headline':'h','section':'s'}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::message)
        .containsExactly(tuple("/summary", "expected string, found array"));
    assertThat(result.value().orElseThrow().section()).isEqualTo("s");
  }

  @Test
  void textWhereAnObjectIsExpectedIsSkippedAndTheNextPropertiesAreRead() {
    ReadResult<Article> result =
        read("{'publisher':'Example','id':'a','headline':'h','engagement':[1],'section':'s'}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::message)
        .containsExactly(
            tuple("/publisher", "expected object, found string"),
            tuple("/engagement", "expected object, found array"));
    Article article = result.value().orElseThrow();
    assertThat(article.publisher()).isNull();
    assertThat(article.engagement()).isNull();
    assertThat(article.id()).isEqualTo("a");
    assertThat(article.section()).isEqualTo("s");
  }

  @Test
  void nullOptionalObjectsAreAbsent() {
    ReadResult<Article> result =
        read(
            "{'id':'a','publisher':null,'engagement':null,'rights':null,"
                + "'media':[{'kind':'image','id':'m','focalPoint':null,'creator':null}],"
                + "'headline':'h'}");
    assertThat(result.problems()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.publisher()).isNull();
    assertThat(article.engagement()).isNull();
    assertThat(article.rights()).isNull();
    assertThat(article.media().get(0).focalPoint()).isNull();
    assertThat(article.media().get(0).creator()).isNull();
    assertThat(article.headline()).isEqualTo("h");
  }

  @Test
  void aRepeatedArrayIsSkippedWhole() {
    ReadResult<Article> result =
        read("{'id':'a','keywords':['k'],'keywords':['l',{'headline':'x'}],'headline':'h'}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/keywords", "property.duplicate"));
    assertThat(result.value().orElseThrow().keywords()).containsExactly("k");
  }

  @Test
  void theFirstPropertyOfAnObjectIsAlsoCheckedForRepetition() {
    ReadResult<Article> result =
        read(
            "{'formatVersion':'1.0','formatVersion':'2.0','id':'a','headline':'h',"
                + "'body':[{'type':'paragraph','type':'heading','content':[]}],"
                + "'authors':[{'kind':'person','kind':{'x':1},'name':'n'}]}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "/formatVersion",
                "property.duplicate",
                "property 'formatVersion' appears more than once; expected it once"),
            tuple(
                "/body/0/type",
                "property.duplicate",
                "property 'type' appears more than once; expected it once"),
            tuple(
                "/authors/0/kind",
                "property.duplicate",
                "property 'kind' appears more than once; expected it once"));
    Article article = result.value().orElseThrow();
    assertThat(article.body()).hasSize(1);
    assertThat(article.body().get(0)).isInstanceOf(Paragraph.class);
    assertThat(article.authors().get(0).name()).isEqualTo("n");
  }

  @Test
  void aRepeatedExtensionPropertyKeepsTheFirstValueAndTheOtherExtensions() {
    ReadResult<Article> result =
        read("{'id':'a','x-a':1,'x-b':'b','x-a':{'c':[2,{'d':3}]},'x-c':true,'headline':'h'}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/x-a", "property.duplicate"));
    Article article = result.value().orElseThrow();
    assertThat(article.extensions().asMap())
        .containsExactly(
            Map.entry("x-a", JsonValue.number("1")),
            Map.entry("x-b", JsonValue.string("b")),
            Map.entry("x-c", JsonValue.TRUE));
    assertThat(article.headline()).isEqualTo("h");
  }

  @Test
  void aRepeatedMemberInsideAnExtensionValueIsSkippedWhole() {
    ReadResult<Article> result =
        read("{'id':'a','x-e':{'k':1,'k':{'summary':2},'l':[3]},'summary':'s','headline':'h'}");
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/x-e/k", "property.duplicate"));
    Article article = result.value().orElseThrow();
    assertThat(article.extensions().get("x-e"))
        .contains(
            JsonValue.object(
                Map.of(
                    "k",
                    JsonValue.number("1"),
                    "l",
                    JsonValue.array(List.of(JsonValue.number("3"))))));
    assertThat(article.summary()).isEqualTo("s");
  }

  @Test
  void aNullExtensionValueIsKeptAndWrittenBack() {
    ReadResult<Article> result = read("{'id':'a','headline':'h','x-n':null,'x-m':[null]}");
    assertThat(result.problems()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.extensions().get("x-n")).contains(JsonValue.NULL);
    assertThat(NewsJson.defaults().write(article)).endsWith(q(",'x-n':null,'x-m':[null]}"));
  }

  @Test
  void unknownValuesAreSkippedWholeInStrictMode() {
    ReadResult<Article> result =
        STRICT.read(q("{'id':'a','x':[{'headline':1},[2]],'headline':'h','summary':'s'}"));
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/x", "property.unknown"));
    assertThat(result.value().orElseThrow().summary()).isEqualTo("s");
  }
}
