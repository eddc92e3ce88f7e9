package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.validation.Severity;
import org.junit.jupiter.api.Test;

/** Strict versus lenient reading, and JSON Pointers with '~' and '/' in property names. */
class ReadModeAndPointerTest {

  private static final NewsJson STRICT = NewsJson.builder().mode(ReadMode.STRICT).build();
  private static final String DOC =
      "{\"id\":\"a\",\"headline\":\"h\",\"x~1/y\":{\"p/q\":[1,{\"r~s\":true}]}}";

  @Test
  void lenientModeKeepsUnknownPropertiesInTheExtensionBagAndWritesThemBack() {
    Article article = NewsJson.defaults().readArticle(DOC);
    assertThat(article.extensions().get("x~1/y")).containsInstanceOf(JsonValue.JsonObject.class);
    assertThat(NewsJson.defaults().write(article))
        .contains("\"x~1/y\":{\"p/q\":[1,{\"r~s\":true}]}");
  }

  @Test
  void strictModeReportsUnknownPropertiesWithEscapedPointers() {
    ReadResult<Article> result = STRICT.readAndValidate(DOC);
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo("property.unknown");
              assertThat(problem.pointer()).isEqualTo("/x~01~1y");
              assertThat(problem.line()).isEqualTo(1);
            });
  }

  @Test
  void unknownPropertiesOfTypesWithoutABagAreWarningsWhenLenient() {
    String doc =
        "{\"id\":\"a\",\"headline\":\"h\",\"followLinks\":[{\"service\":\"telegram\","
            + "\"url\":\"https://t.me/x\",\"color\":\"blue\"}]}";
    ReadResult<Article> lenient = NewsJson.defaults().readAndValidate(doc);
    assertThat(lenient.isValid()).isTrue();
    assertThat(lenient.warnings())
        .extracting(JsonProblem::pointer)
        .containsExactly("/followLinks/0/color");
    assertThat(STRICT.readAndValidate(doc).errors())
        .extracting(JsonProblem::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void problemsInsideExtensionValuesArePointedToWithEscapes() {
    ReadResult<Article> result =
        NewsJson.defaults()
            .readAndValidate("{\"id\":\"a\",\"headline\":\"h\",\"a/b\":{\"c~d\":1,\"c~d\":2}}");
    assertThat(result.problems()).extracting(JsonProblem::pointer).containsExactly("/a~1b/c~0d");
  }

  @Test
  void escapingAndPropertyPathsFollowRfc6901() {
    assertThat(JsonPointers.escape("a~b/c")).isEqualTo("a~0b~1c");
    assertThat(JsonPointers.unescape("a~0b~1c")).isEqualTo("a~b/c");
    assertThat(JsonPointers.escape("~1")).isEqualTo("~01");
    assertThat(JsonPointers.fromPropertyPath("media[0].renditions[2].width"))
        .isEqualTo("/media/0/renditions/2/width");
    assertThat(JsonPointers.fromPropertyPath("body[1].items[0][2].href"))
        .isEqualTo("/body/1/items/0/2/href");
    assertThat(JsonPointers.fromPropertyPath("extensions[a/b]")).isEqualTo("/a~1b");
    assertThat(JsonPointers.fromPropertyPath("media[3].extensions[x~y]"))
        .isEqualTo("/media/3/x~0y");
    assertThat(JsonPointers.fromPropertyPath("")).isEmpty();
    assertThat(JsonPointers.tokens("/a~1b/0/c~0")).containsExactly("a/b", "0", "c~");
  }

  @Test
  void validationProblemsGetTheLineAndColumnOfTheirValue() {
    String doc =
        "{\n  \"id\": \"a\",\n  \"headline\": \"h\",\n  \"media\": [{\"kind\": \"image\", "
            + "\"id\": \"m\",\n    \"renditions\": [{\"url\": \"https://e.kz/a.jpg\", \"width\": 0}]}]\n}";
    ReadResult<Article> result = NewsJson.defaults().readAndValidate(doc);
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pointer()).isEqualTo("/media/0/renditions/0/width");
              assertThat(problem.line()).isEqualTo(5);
              assertThat(problem.column()).isEqualTo(59);
            });
  }
}
