package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Properties of another block or inline variant are dropped with a problem, and skipped values do
 * not disturb reading what follows them.
 */
class VariantsAndSkippingTest {

  private static final NewsJson STRICT = NewsJson.builder().mode(ReadMode.STRICT).build();

  private static String body(String blocks) {
    return "{\"id\":\"a\",\"headline\":\"h\",\"body\":[" + blocks + "],\"summary\":\"s\"}";
  }

  @Test
  void propertiesOfOtherBlockVariantsAreReportedInDocumentedOrder() {
    String doc =
        body(
            "{\"type\":\"paragraph\",\"items\":[],\"content\":[{\"type\":\"text\",\"value\":\"x\"}],"
                + "\"level\":2}");
    ReadResult<Article> lenient = NewsJson.defaults().read(doc);
    assertThat(lenient.isValid()).isTrue();
    assertThat(lenient.warnings())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "/body/0/level",
                "property.unknown",
                "property 'level' is not part of a 'paragraph'; the value is dropped"),
            tuple(
                "/body/0/items",
                "property.unknown",
                "property 'items' is not part of a 'paragraph'; the value is dropped"));
    assertThat(lenient.value().orElseThrow().summary()).isEqualTo("s");
    assertThat(STRICT.read(doc).errors())
        .extracting(JsonProblem::pointer, JsonProblem::severity)
        .containsExactly(
            tuple("/body/0/level", Severity.ERROR), tuple("/body/0/items", Severity.ERROR));
  }

  @Test
  void propertiesOfOtherInlineVariantsAreReported() {
    String doc =
        body(
            "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"x\","
                + "\"href\":\"https://e.kz\"},{\"type\":\"lineBreak\",\"value\":\"y\"}]}");
    assertThat(NewsJson.defaults().read(doc).warnings())
        .extracting(JsonProblem::pointer)
        .containsExactly("/body/0/content/0/href", "/body/0/content/1/value");
  }

  @Test
  void allowedPropertiesOfAVariantAreNotReported() {
    String doc =
        body(
            "{\"type\":\"list\",\"ordered\":false,\"items\":[[{\"type\":\"text\",\"value\":\"x\"}]]},"
                + "{\"type\":\"heading\",\"level\":2,\"content\":[]}");
    ReadResult<Article> result = NewsJson.defaults().read(doc);
    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().body().get(0))
        .isInstanceOfSatisfying(ListBlock.class, list -> assertThat(list.ordered()).isFalse());
    assertThat(
            NewsJson.defaults()
                .read(body("{\"type\":\"list\",\"ordered\":1,\"items\":[]}"))
                .errors())
        .extracting(JsonProblem::message)
        .containsExactly("expected boolean, found integer");
  }

  @Test
  void aDuplicateObjectValueIsSkippedWhole() {
    ReadResult<Article> result =
        NewsJson.defaults()
            .read(
                "{\"id\":\"a\",\"headline\":\"h\",\"engagement\":{\"views\":1},"
                    + "\"engagement\":{\"views\":2,\"x\":[{\"summary\":\"no\"}]},\"summary\":\"s\"}");
    assertThat(result.problems())
        .extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(tuple("property.duplicate", "/engagement"));
    assertThat(result.value().orElseThrow().summary()).isEqualTo("s");
    assertThat(result.value().orElseThrow().engagement().views()).isEqualTo(1);
  }

  @Test
  void unknownObjectValuesAreSkippedWholeInStrictModeAndWithoutABag() {
    ReadResult<Article> strict =
        STRICT.read("{\"id\":\"a\",\"headline\":\"h\",\"x\":{\"summary\":[1]},\"summary\":\"s\"}");
    assertThat(strict.errors()).extracting(JsonProblem::pointer).containsExactly("/x");
    assertThat(strict.errors().get(0).message())
        .isEqualTo("property 'x' is not part of the native format (strict mode)");
    ReadResult<Article> dropped =
        NewsJson.defaults()
            .read(
                "{\"id\":\"a\",\"headline\":\"h\",\"followLinks\":[{\"service\":\"telegram\","
                    + "\"color\":{\"url\":1},\"url\":\"https://t.me/x\"}],\"summary\":\"s\"}");
    assertThat(dropped.warnings())
        .extracting(JsonProblem::message)
        .containsExactly(
            "property 'color' is not part of a follow link; it has no extension bag, so the value"
                + " is dropped");
    assertThat(dropped.value().orElseThrow().followLinks().get(0).url())
        .isEqualTo("https://t.me/x");
    assertThat(dropped.value().orElseThrow().summary()).isEqualTo("s");
  }
}
