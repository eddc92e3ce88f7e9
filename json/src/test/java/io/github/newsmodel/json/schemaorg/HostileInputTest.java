package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileInputTest {
  private static final String HEAD =
      "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"H\", ";
  private final SchemaOrg schemaOrg = SchemaOrg.defaults();

  private static java.util.List<String> errors(ReadResult<Article> result) {
    return result.errors().stream().map(p -> p.code() + "@" + p.pointer()).toList();
  }

  @Test
  void deepArrayNestingIsALimitProblem() {
    ReadResult<Article> result = schemaOrg.read("[".repeat(100_000) + "]".repeat(100_000));
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("limit.depth");
  }

  @Test
  void deepObjectInsideTheArticleIsALimitProblem() {
    String deep = "{\"a\": ".repeat(70) + "1" + "}".repeat(70);
    ReadResult<Article> result = schemaOrg.read(HEAD + "\"x\": " + deep + "}");
    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("limit.depth");
  }

  @Test
  void nestingWithinTheLimitIsKept() {
    String deep = "{\"a\": ".repeat(60) + "1" + "}".repeat(60);
    ReadResult<Article> result = schemaOrg.read(HEAD + "\"x\": " + deep + "}");
    assertThat(result.isValid()).isTrue();
    assertThat(result.value().orElseThrow().extensions().names()).containsExactly("x");
  }

  @Test
  void documentStringAndArrayLimits() {
    SchemaOrg small =
        SchemaOrg.builder()
            .limits(
                JsonLimits.builder()
                    .maxDocumentBytes(100)
                    .maxStringLength(10)
                    .maxArrayLength(3)
                    .build())
            .build();
    assertThat(errors(small.read(HEAD + "\"description\": \"" + "x".repeat(200) + "\"}")))
        .containsExactly("limit.document@");
    assertThat(
            errors(
                small.read(
                    HEAD.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 0
                        ? ("{\"headline\": \"" + "y".repeat(50) + "\"}")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : new byte[0])))
        .containsExactly("limit.string@");
    assertThat(errors(small.read("{\"keywords\": [1, 2, 3, 4]}")))
        .containsExactly("limit.array@/keywords");
    InputStream endless =
        new InputStream() {
          private long served;

          @Override
          public int read() {
            return served++ == 0 ? '[' : ' ';
          }
        };
    assertThat(errors(small.read(endless))).containsExactly("limit.document@");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{", "{\"headline\": }", "{} trailing", "nul", "[1, 2,]"})
  void malformedJsonIsASyntaxProblem(String json) {
    ReadResult<Article> result = schemaOrg.read(json);
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("json.syntax");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "null",
        "42",
        "\"text\"",
        "[1, 2]",
        "{}",
        "{\"@type\": \"Recipe\", \"name\": \"Soup\"}"
      })
  void documentsWithoutAnArticleFail(String json) {
    ReadResult<Article> result = schemaOrg.read(json);
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).code()).isIn("type.mismatch", "jsonld.article.missing");
  }

  @Test
  void unreadableStreamThrowsTheTypedIoException() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> schemaOrg.read(broken))
        .isInstanceOf(io.github.newsmodel.json.NewsJsonIoException.class)
        .hasRootCauseMessage("disk on fire");
  }

  @Test
  void javascriptAndDataImageUrlsAreValidationErrors() {
    ReadResult<Article> result =
        schemaOrg.read(
            HEAD
                + "\"image\": [\"javascript:alert(1)\", {\"@type\": \"ImageObject\","
                + " \"contentUrl\": \"data:image/png;base64,AAAA\"}],"
                + " \"author\": {\"@type\": \"Person\", \"name\": \"A\", \"url\": \"javascript:void(0)\"}}");
    assertThat(result.value()).isPresent();
    assertThat(errors(result))
        .containsExactlyInAnyOrder(
            "url.scheme@/image/0", "url.scheme@/image/1/contentUrl", "url.scheme@/author/url");
  }

  @Test
  void cyclicReferencesDoNotLoop() {
    ReadResult<Article> result =
        schemaOrg.read(
            """
        {"@context": "https://schema.org", "@graph": [
          {"@id": "#a", "@type": "NewsArticle", "headline": "Cycle",
           "author": [{"@id": "#p"}, {"@id": "#a"}], "publisher": {"@id": "#o"},
           "mainEntityOfPage": {"@id": "#a"}, "isBasedOn": {"@id": "#missing"},
           "about": {"@id": "#p"}},
          {"@id": "#p", "@type": "Person", "name": "P", "knows": {"@id": "#p"},
           "worksFor": {"@id": "#o"}},
          {"@id": "#o", "@type": "Organization", "name": "O", "member": {"@id": "#p"},
           "logo": {"@id": "#o"}}
        ]}
        """);
    Article article = result.value().orElseThrow();
    assertThat(article.authors()).extracting(p -> p.name()).containsExactly("P");
    assertThat(article.publisher().name()).isEqualTo("O");
    assertThat(article.entities()).extracting(e -> e.name()).containsExactly("P");
    assertThat(result.warnings()).extracting(JsonProblem::code).contains("jsonld.name.missing");
  }

  @Test
  void selfReferencingReferencesOnlyStop() {
    ReadResult<Article> result =
        schemaOrg.read(
            "[{\"@id\": \"#x\"}, {\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
                + " \"headline\": \"R\", \"author\": {\"@id\": \"#x\"}, \"image\": {\"@id\": \"#x\"}}]");
    assertThat(result.value().orElseThrow().authors()).isEmpty();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .extracting(p -> p.code() + "@" + p.pointer())
        .containsExactly("jsonld.name.missing@/1/author", "jsonld.image.url@/1/image");
  }

  @Test
  void wrongTypesAreProblemsNotExceptions() {
    ReadResult<Article> result =
        schemaOrg.read(
            HEAD
                + "\"datePublished\": 20231128, \"dateModified\": \"yesterday\", \"author\": 42,"
                + " \"image\": {\"@type\": \"ImageObject\", \"url\": \"https://ex.com/a.jpg\", \"width\": \"wide\","
                + " \"height\": 1e999999999}, \"keywords\": {\"a\": 1}, \"interactionStatistic\": \"many\","
                + " \"description\": [[\"nested\"]], \"inLanguage\": true, \"about\": [null, 1],"
                + " \"publisher\": [false], \"video\": \"https://ex.com/v.mp4\"}");
    assertThat(result.value()).isPresent();
    assertThat(errors(result))
        .contains(
            "type.mismatch@/datePublished",
            "datetime.format@/dateModified",
            "type.mismatch@/author",
            "type.mismatch@/image/width",
            "type.mismatch@/image/height",
            "type.mismatch@/keywords",
            "type.mismatch@/interactionStatistic",
            "type.mismatch@/inLanguage",
            "type.mismatch@/about/1",
            "type.mismatch@/publisher/0",
            "type.mismatch@/video");
  }

  @Test
  void extremeNumbersAreMismatchesNotHangs() {
    ReadResult<Article> result =
        schemaOrg.read(
            HEAD
                + "\"image\": {\"url\": \"https://ex.com/a.jpg\", \"width\": 1e-999999999,"
                + " \"height\": \"99999999999999999999999\"}, \"commentCount\": -1e999999999}");
    assertThat(errors(result))
        .contains(
            "type.mismatch@/image/width",
            "type.mismatch@/image/height",
            "type.mismatch@/commentCount");
  }

  @Test
  void problemsStopAtTheLimit() {
    SchemaOrg few = SchemaOrg.builder().limits(JsonLimits.builder().maxProblems(2).build()).build();
    ReadResult<Article> result = few.read(HEAD + "\"author\": [1, 2, 3, 4, 5]}");
    assertThat(result.problems())
        .extracting(JsonProblem::code)
        .containsExactly("type.mismatch", "type.mismatch", "limit.problems");
  }

  @Test
  void headlineOfTheWrongTypeLeavesNoArticle() {
    ReadResult<Article> result =
        schemaOrg.read(
            "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": 42}");
    assertThat(result.value()).isEmpty();
    assertThat(errors(result)).containsExactly("type.mismatch@/headline", "required@/headline");
  }

  @Test
  void negativeCountersAndSizesAreValidationErrorsAtTheirPointers() {
    ReadResult<Article> result =
        schemaOrg.read(
            HEAD
                + "\"interactionStatistic\": {\"@type\": \"InteractionCounter\","
                + " \"interactionType\": \"https://schema.org/ReadAction\", \"userInteractionCount\": -5},"
                + " \"image\": {\"url\": \"https://ex.com/a.jpg\", \"width\": 0}}");
    assertThat(result.errors())
        .extracting(JsonProblem::pointer)
        .containsExactlyInAnyOrder("/interactionStatistic/userInteractionCount", "/image/width");
  }
}
