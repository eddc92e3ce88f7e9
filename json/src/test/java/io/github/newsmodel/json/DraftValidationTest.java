package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import org.junit.jupiter.api.Test;

class DraftValidationTest {

  private final NewsJson json = NewsJson.defaults();

  @Test
  void reportsConstraintProblemsTooWhenTheHeadlineHasTheWrongType() {
    ReadResult<Article> result =
        json.readAndValidate(
            """
        {"id": "a1", "headline": 42, "canonicalUrl": "javascript:alert(1)",
         "media": [{"kind": "image", "id": "p1",
                    "renditions": [{"url": "https://example.kz/p.jpg", "width": -5}]}]}
        """);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/headline", "type.mismatch"),
            org.assertj.core.groups.Tuple.tuple("/canonicalUrl", "url.scheme"),
            org.assertj.core.groups.Tuple.tuple("/media/0/renditions/0/width", "range"));
  }

  @Test
  void reportsAMissingIdOnceAndTheOtherFaultsBesideIt() {
    ReadResult<Article> result =
        json.readAndValidate(
            """
        {"headline": "Заголовок", "language": "ru_RU!", "urgency": 12}
        """);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/id", "required"),
            org.assertj.core.groups.Tuple.tuple("/language", "language.tag"),
            org.assertj.core.groups.Tuple.tuple("/urgency", "urgency.range"));
  }

  @Test
  void skipsDraftValidationWhenAnArrayElementCouldNotBeRead() {
    ReadResult<Article> result =
        json.readAndValidate(
            """
        {"id": "a1", "headline": "h", "keywords": [1, "ok"], "canonicalUrl": "ftp://x"}
        """);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).extracting(JsonProblem::pointer).containsExactly("/keywords/0");
  }

  @Test
  void neverReportsAProblemAtTheIndexOfAnotherBodyBlock() {
    ReadResult<Article> result =
        json.readAndValidate(
            """
        {"id": "a1", "headline": "h",
         "body": [5, {"type": "embed", "url": "ftp://x.kz/v"}]}
        """);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).extracting(JsonProblem::pointer).containsExactly("/body/0");
  }

  @Test
  void neverReportsAProblemAtTheIndexOfAnotherInline() {
    ReadResult<Article> result =
        json.readAndValidate(
            """
        {"id": "a1", "headline": "h",
         "body": [{"type": "paragraph",
                   "content": [5, {"type": "link", "href": "ftp://x.kz", "content": []}]}]}
        """);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer)
        .containsExactly("/body/0/content/0");
  }

  @Test
  void neverReportsAProblemAtTheIndexOfAnotherListItem() {
    ReadResult<Article> result =
        json.readAndValidate(
            """
        {"id": "a1", "headline": "h",
         "body": [{"type": "list", "ordered": false,
                   "items": [5, [{"type": "link", "href": "ftp://x.kz", "content": []}]]}]}
        """);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems())
        .extracting(JsonProblem::pointer)
        .containsExactly("/body/0/items/0");
  }
}
