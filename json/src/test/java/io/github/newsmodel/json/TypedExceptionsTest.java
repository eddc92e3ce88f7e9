package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readArticle turns the first syntax or limit error into its typed exception, located. */
class TypedExceptionsTest {

  private static NewsJson limited(JsonLimits.Builder limits) {
    return NewsJson.builder().limits(limits.build()).build();
  }

  private static NewsJsonLimitException limitFailure(NewsJson json, String doc) {
    return catchThrowableOfType(NewsJsonLimitException.class, () -> json.readArticle(doc));
  }

  @Test
  void syntaxExceptionsCarryTheLocationOfTheError() {
    NewsJsonSyntaxException e =
        catchThrowableOfType(
            NewsJsonSyntaxException.class,
            () -> NewsJson.defaults().readArticle("{\"id\":\"a\",\n\"headline\": tru}"));
    assertThat(e.getMessage()).startsWith("not well-formed JSON: ");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
    assertThat(e.pointer()).isEqualTo("/headline");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void trailingContentIsASyntaxError() {
    NewsJsonSyntaxException e =
        catchThrowableOfType(
            NewsJsonSyntaxException.class,
            () -> NewsJson.defaults().readArticle("{\"id\":\"a\",\"headline\":\"h\"}\n[]"));
    assertThat(e.getMessage())
        .isEqualTo("unexpected array after the end of the document; expected one JSON value");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.pointer()).isEmpty();
  }

  @Test
  void anEmptyDocumentIsASyntaxErrorAtTheStart() {
    NewsJsonSyntaxException e =
        catchThrowableOfType(
            NewsJsonSyntaxException.class, () -> NewsJson.defaults().readArticle("  "));
    assertThat(e.getMessage()).isEqualTo("the document is empty; expected a JSON object");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void everyLimitIsNamedInItsException() {
    assertThat(limitFailure(limited(JsonLimits.builder().maxDepth(2)), "{\"a\":[[1]]}").limit())
        .isEqualTo("depth");
    assertThat(
            limitFailure(
                    limited(JsonLimits.builder().maxDocumentBytes(10)),
                    "{\"id\":\"a\",\"headline\":\"h\"}")
                .limit())
        .isEqualTo("document");
    NewsJsonLimitException name =
        limitFailure(limited(JsonLimits.builder().maxPropertyNameLength(3)), "{\"long\":1}");
    assertThat(name.limit()).isEqualTo("name");
    assertThat(name.getMessage()).contains("(maxPropertyNameLength)");
    NewsJsonLimitException number =
        limitFailure(limited(JsonLimits.builder().maxNumberLength(3)), "{\"x\":123456}");
    assertThat(number.limit()).isEqualTo("number");
    assertThat(number.getMessage()).contains("(maxNumberLength)");
    NewsJsonLimitException string =
        limitFailure(limited(JsonLimits.builder().maxStringLength(3)), "{\"id\":\"abcdef\"}");
    assertThat(string.limit()).isEqualTo("string");
    assertThat(string.getMessage()).contains("(maxStringLength)");
    NewsJsonLimitException array =
        limitFailure(
            limited(JsonLimits.builder().maxArrayLength(2)),
            "{\"id\":\"a\",\"headline\":\"h\",\"keywords\":[\"a\",\"b\",\"c\"]}");
    assertThat(array.limit()).isEqualTo("array");
    assertThat(array.pointer()).isEqualTo("/keywords/2");
    NewsJsonLimitException problems =
        limitFailure(
            limited(JsonLimits.builder().maxProblems(2)),
            "{\"id\":1,\"headline\":2,\"summary\":3,\"byline\":4}");
    assertThat(problems.limit()).isEqualTo("problems");
    assertThat(problems.pointer()).isEqualTo("/headline");
  }

  @Test
  void limitProblemsCountOnlyUpToTheLimit() {
    ReadResult<?> result =
        limited(JsonLimits.builder().maxProblems(2))
            .readAndValidate("{\"id\":1,\"headline\":2,\"summary\":3,\"byline\":4}");
    assertThat(result.problems())
        .extracting(JsonProblem::code)
        .containsExactly("type.mismatch", "type.mismatch", "limit.problems");
    assertThat(result.problems().get(2).message())
        .isEqualTo("more than 2 problems; reading stopped here (limit maxProblems)");
  }

  @Test
  void aMissingFileIsAnIoException(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    NewsJsonIoException e =
        catchThrowableOfType(
            NewsJsonIoException.class, () -> NewsJson.defaults().readArticle(missing));
    assertThat(e.getMessage()).startsWith("cannot open JSON file " + missing + ": ");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.line()).isZero();
  }
}
