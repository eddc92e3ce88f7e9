package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.party.Party;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which node of a JSON-LD document is read as the article, how {@code @id} references resolve, and
 * which {@code @context} values count as schema.org.
 */
class MainNodeTest {
  private static final String CONTEXT = "\"@context\": \"https://schema.org\"";

  private static ReadResult<Article> read(String json) {
    return SchemaOrg.defaults().read(json);
  }

  private static String headline(String json) {
    return read(json).value().orElseThrow().headline();
  }

  private static List<String> codes(String json) {
    return read(json).problems().stream().map(p -> p.code() + "@" + p.pointer()).toList();
  }

  @Test
  void articleWithoutIdInsideGraphIsFound() {
    assertThat(
            headline(
                "{"
                    + CONTEXT
                    + ", \"@graph\": [{\"@type\": \"NewsArticle\", \"headline\": \"G\"}]}"))
        .isEqualTo("G");
  }

  @Test
  void typedGraphContainerComesBeforeItsMembers() {
    assertThat(
            headline(
                "{"
                    + CONTEXT
                    + ", \"@type\": \"NewsArticle\", \"headline\": \"Outer\", \"@graph\":"
                    + " [{\"@type\": \"NewsArticle\", \"headline\": \"Inner\"}]}"))
        .isEqualTo("Outer");
    assertThat(
            headline(
                "{"
                    + CONTEXT
                    + ", \"@type\": \"WebSite\", \"headline\": \"Site\", \"@graph\":"
                    + " [{\"@type\": \"Article\", \"headline\": \"Inner\"}]}"))
        .isEqualTo("Inner");
  }

  @Test
  void newsArticleIsPreferredOverOtherArticles() {
    assertThat(
            headline(
                "[{"
                    + CONTEXT
                    + ", \"@type\": \"BlogPosting\", \"headline\": \"Blog\"},"
                    + " {\"@type\": \"ReportageNewsArticle\", \"headline\": \"News\"},"
                    + " {\"@type\": \"NewsArticle\", \"headline\": \"Later news\"}]"))
        .isEqualTo("News");
  }

  @Test
  void topLevelNodesAreAtMostTwoLevelsDeep() {
    assertThat(headline("[[{" + CONTEXT + ", \"@type\": \"NewsArticle\", \"headline\": \"Two\"}]]"))
        .isEqualTo("Two");
    assertThat(
            codes("[[[{" + CONTEXT + ", \"@type\": \"NewsArticle\", \"headline\": \"Three\"}]]]"))
        .containsExactly("jsonld.article.missing@");
    assertThat(
            headline(
                "{"
                    + CONTEXT
                    + ", \"@graph\": [{\"@graph\": [{\"@type\": \"NewsArticle\", \"headline\":"
                    + " \"Two\"}]}]}"))
        .isEqualTo("Two");
    assertThat(
            codes(
                "{"
                    + CONTEXT
                    + ", \"@graph\": [{\"@graph\": [{\"@graph\": [{\"@type\": \"NewsArticle\","
                    + " \"headline\": \"Three\"}]}]}]}"))
        .containsExactly("jsonld.article.missing@");
  }

  @Test
  void pageMainEntityIsTheFirstArticleItNames() {
    assertThat(
            headline(
                "{"
                    + CONTEXT
                    + ", \"@type\": \"WebPage\", \"mainEntity\": [{\"@type\": \"Person\", \"name\":"
                    + " \"Not me\"}, {\"@type\": \"NewsArticle\", \"headline\": \"Me\"}]}"))
        .isEqualTo("Me");
  }

  @Test
  void describedArticleAnywhereIsTheLastResort() {
    assertThat(
            headline(
                "{"
                    + CONTEXT
                    + ", \"@type\": \"WebSite\", \"hasPart\": [{\"@type\": \"BlogPosting\", \"@id\":"
                    + " \"#blog\", \"headline\": \"Blog\"}, {\"@type\": \"NewsArticle\", \"@id\":"
                    + " \"#news\", \"headline\": \"Deep news\"}, {\"@type\": \"Article\", \"@id\":"
                    + " \"#art\", \"headline\": \"Article\"}]}"))
        .isEqualTo("Deep news");
  }

  @Test
  void documentWithoutArticleIsAnError() {
    ReadResult<Article> result =
        read(
            "{"
                + CONTEXT
                + ", \"@type\": \"WebSite\", \"@id\": \"https://ex.com/\", \"headline\": \"Site\","
                + " \"hasPart\": {\"@type\": \"Person\", \"@id\": \"#p\", \"name\": \"P\"}}");
    assertThat(result.value()).isEmpty();
    assertThat(result.errors())
        .extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(org.assertj.core.api.Assertions.tuple("jsonld.article.missing", ""));
  }

  @Test
  void referencesResolveWhereverTheNodeIsDescribed() {
    Article article =
        read("{"
                + "\"@graph\": [{\"@type\": \"Person\", \"@id\": \"#jane\", \"name\": \"Jane\"},"
                + " {\"@type\": \"NewsArticle\", \"headline\": \"H\","
                + " \"author\": {\"@type\": \"Person\", \"@id\": \"#jane\"},"
                + " \"editor\": {\"@id\": \"#ivan\"},"
                + " \"contributor\": {\"@id\": \"#unknown\"}}],"
                + " \"extra\": {\"@type\": \"Person\", \"@id\": \"#ivan\", \"name\": \"Ivan\"}, "
                + CONTEXT
                + "}")
            .value()
            .orElseThrow();
    assertThat(article.authors())
        .extracting(Party::name, Party::role)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("Jane", null),
            org.assertj.core.api.Assertions.tuple("Ivan", "editor"));
  }

  @Test
  void referenceInTheFirstMemberResolves() {
    Article article =
        read("{\"author\": {\"@type\": \"Person\", \"@id\": \"#p\", \"name\": \"Jane\"},"
                + " \"@type\": \"NewsArticle\", \"headline\": \"H\", \"editor\": {\"@id\": \"#p\"}, "
                + CONTEXT
                + "}")
            .value()
            .orElseThrow();
    assertThat(article.authors()).extracting(Party::name).containsExactly("Jane", "Jane");
  }

  @Test
  void aNodeDescribedTwiceResolvesToItsFullerDescription() {
    String template =
        "{"
            + CONTEXT
            + ", \"@graph\": [%s, %s, {\"@type\": \"NewsArticle\", \"headline\": \"H\","
            + " \"author\": {\"@id\": \"#p\"}}]}";
    String short1 = "{\"@type\": \"Person\", \"@id\": \"#p\", \"name\": \"First\"}";
    String short2 = "{\"@type\": \"Person\", \"@id\": \"#p\", \"name\": \"Second\"}";
    String full =
        "{\"@type\": \"Person\", \"@id\": \"#p\", \"name\": \"Full\", \"url\": \"https://ex.com/p\"}";
    assertThat(authors(String.format(template, short1, short2))).containsExactly("First");
    assertThat(authors(String.format(template, short1, full))).containsExactly("Full");
    assertThat(authors(String.format(template, full, short2))).containsExactly("Full");
  }

  private static List<String> authors(String json) {
    return read(json).value().orElseThrow().authors().stream().map(Party::name).toList();
  }

  @Test
  void contextOnTheRootOfAGraphCounts() {
    assertThat(
            read("{"
                    + CONTEXT
                    + ", \"@graph\": [{\"@type\": \"NewsArticle\", \"headline\": \"H\"}]}")
                .problems())
        .isEmpty();
  }

  @Test
  void contextOfTheArticleWinsOverTheRoot() {
    assertThat(
            codes(
                "{\"@context\": \"https://example.org/v\", \"@graph\": [{"
                    + CONTEXT
                    + ", \"@type\": \"NewsArticle\", \"headline\": \"H\"}]}"))
        .isEmpty();
  }

  @Test
  void contextOfAnotherArrayElementCounts() {
    assertThat(
            codes(
                "[{\"@type\": \"NewsArticle\", \"headline\": \"H\"}, {"
                    + CONTEXT
                    + ", \"@type\": \"Organization\", \"name\": \"O\"},"
                    + " {\"@context\": \"https://example.org/v\", \"@type\": \"Thing\"}]"))
        .isEmpty();
    assertThat(
            codes(
                "[{\"@context\": \"https://example.org/v\", \"@type\": \"Thing\"}, {"
                    + CONTEXT
                    + ", \"@type\": \"NewsArticle\", \"headline\": \"H\"}]"))
        .isEmpty();
    assertThat(codes("[{\"@type\": \"NewsArticle\", \"headline\": \"H\"}, {\"@type\": \"Thing\"}]"))
        .containsExactly("jsonld.context.missing@");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"schema\": \"http://schema.org/\"}",
        "[\"https://example.org/extra\", {\"@vocab\": \"https://schema.org/\"}]",
        "[[[\"https://schema.org\"]]]",
        "{\"@vocab\": {\"@vocab\": {\"@vocab\": \"https://SCHEMA.org\"}}}",
        "{\"@vocab\": \"https://example.org/\", \"schema\": \"https://schema.org/\"}"
      })
  void contextsThatNameSchemaOrg(String context) {
    assertThat(
            codes(
                "{\"@context\": " + context + ", \"@type\": \"NewsArticle\", \"headline\": \"H\"}"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5",
        "[\"https://example.org/a\", \"https://example.org/b\"]",
        "{\"@vocab\": \"https://example.org/\"}",
        "{\"schema\": \"https://example.org/\"}",
        "{\"@language\": \"en\"}",
        "[[[[\"https://schema.org\"]]]]",
        "{\"@vocab\": {\"@vocab\": {\"@vocab\": {\"@vocab\": \"https://schema.org\"}}}}",
        "{\"schema\": {\"schema\": {\"schema\": {\"schema\": \"https://schema.org\"}}}}"
      })
  void contextsThatDoNotNameSchemaOrg(String context) {
    assertThat(
            codes(
                "{\"@context\": " + context + ", \"@type\": \"NewsArticle\", \"headline\": \"H\"}"))
        .containsExactly("jsonld.context.unknown@/@context");
  }

  @Test
  void problemsBeyondTheLimitAreSummarized() {
    SchemaOrg limited =
        SchemaOrg.builder().limits(JsonLimits.builder().maxProblems(3).build()).build();
    String three =
        "{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"description\": 1, \"dateline\": 2}";
    assertThat(limited.read(three).problems())
        .extracting(JsonProblem::code)
        .containsExactly("jsonld.context.missing", "type.mismatch", "type.mismatch");
    String five =
        "{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"description\": 1, \"dateline\": 2,"
            + " \"articleSection\": 3, \"alternativeHeadline\": 4}";
    List<JsonProblem> problems = limited.read(five).problems();
    assertThat(problems).hasSize(4);
    assertThat(problems.get(3).code()).isEqualTo("limit.problems");
    assertThat(problems.get(3).message()).isEqualTo("2 more problems not listed; the limit is 3");
  }
}
