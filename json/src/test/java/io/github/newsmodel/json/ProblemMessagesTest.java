package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The messages of structural problems name what was expected and what was found. */
class ProblemMessagesTest {

  private static JsonProblem onlyError(String doc) {
    return NewsJson.defaults().read(doc).errors().get(0);
  }

  private static String article(String extra) {
    return "{\"id\":\"a\",\"headline\":\"h\"," + extra + "}";
  }

  private static String rendition(String extra) {
    return article(
        "\"media\":[{\"kind\":\"image\",\"id\":\"m\",\"renditions\":[{\"url\":\"https://e.kz/a.jpg\","
            + extra
            + "}]}]");
  }

  @Test
  void typeMismatchesNameTheJsonTypeFound() {
    assertThat(onlyError("{\"id\":\"a\",\"headline\":5}").message())
        .isEqualTo("expected string, found integer");
    assertThat(onlyError("{\"id\":\"a\",\"headline\":1.5}").message())
        .isEqualTo("expected string, found decimal number");
    assertThat(onlyError("{\"id\":\"a\",\"headline\":false}").message())
        .isEqualTo("expected string, found boolean");
    assertThat(onlyError("{\"id\":\"a\",\"headline\":true}").message())
        .isEqualTo("expected string, found boolean");
    assertThat(onlyError("{\"id\":\"a\",\"headline\":[]}").message())
        .isEqualTo("expected string, found array");
    assertThat(onlyError("{\"id\":\"a\",\"headline\":{}}").message())
        .isEqualTo("expected string, found object");
    assertThat(onlyError(article("\"keywords\":\"k\"")).message())
        .isEqualTo("expected array, found string");
    assertThat(onlyError(article("\"keywords\":[null]")).message())
        .isEqualTo("expected string, found null");
    assertThat(onlyError(article("\"media\":[null]")).message())
        .isEqualTo("expected object, found null");
    assertThat(onlyError(article("\"urgency\":\"1\"")).message())
        .isEqualTo("expected integer, found string");
    assertThat(onlyError(rendition("\"frameRate\":\"x\"")).message())
        .isEqualTo("expected number, found string");
    assertThat(onlyError("[]").message()).isEqualTo("expected object, found array");
  }

  @Test
  void nullIsAbsentForOptionalValues() {
    ReadResult<?> result =
        NewsJson.defaults()
            .read(
                article(
                    "\"urgency\":null,\"keywords\":null,\"summary\":null,\"firstPublished\":null"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void numbersOutOfRangeNameTheirRange() {
    assertThat(onlyError(article("\"urgency\":2147483648")))
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("number.range");
              assertThat(p.message())
                  .isEqualTo(
                      "integer 2147483648 is out of range; expected -2147483648 to 2147483647");
            });
    assertThat(NewsJson.defaults().readAndValidate(article("\"urgency\":2147483647")).errors())
        .extracting(JsonProblem::code)
        .containsExactly("urgency.range");
    assertThat(onlyError(rendition("\"sizeBytes\":9223372036854775808")).message())
        .isEqualTo(
            "integer 9223372036854775808 is out of range; expected -9223372036854775808 to"
                + " 9223372036854775807");
    assertThat(NewsJson.defaults().read(rendition("\"sizeBytes\":9223372036854775807")).errors())
        .isEmpty();
    assertThat(onlyError(rendition("\"frameRate\":1e999")).message())
        .isEqualTo("number 1e999 is out of range; expected a finite double");
    assertThat(NewsJson.defaults().read(rendition("\"frameRate\":25")).errors()).isEmpty();
  }

  @Test
  void longTextsAreShortenedInMessages() {
    String eighty = "x".repeat(80);
    assertThat(onlyError(article("\"status\":\"" + eighty + "\"")).message())
        .startsWith("'" + eighty + "' is not a known code; expected one of ");
    assertThat(onlyError(article("\"status\":\"" + eighty + "y\"")).message())
        .startsWith("'" + eighty + "…' is not a known code");
  }

  @Test
  void datesAndDurationsThatDoNotParseAreReported() {
    assertThat(onlyError(article("\"firstPublished\":\"tomorrow\"")).message())
        .isEqualTo(
            "'tomorrow' is not an ISO 8601 date-time; expected e.g. 2023-11-28T19:00:00+06:00");
    assertThat(onlyError(rendition("\"duration\":\"90s\"")).message())
        .isEqualTo("'90s' is not an ISO 8601 duration; expected e.g. PT1M30S");
  }

  @Test
  void requiredPropertiesAreMissingOrNull() {
    assertThat(onlyError("{\"id\":\"a\"}"))
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo("/headline");
              assertThat(p.message()).isEqualTo("required property 'headline' is missing");
            });
    assertThat(onlyError("{\"id\":\"a\",\"headline\":null}").message())
        .isEqualTo("required property 'headline' is null");
    assertThat(NewsJson.defaults().read("{\"id\":\"a\",\"headline\":5}").errors())
        .extracting(JsonProblem::code)
        .containsExactly("type.mismatch");
  }

  @Test
  void duplicatePropertiesAreReportedOnce() {
    assertThat(NewsJson.defaults().read("{\"id\":\"a\",\"headline\":\"h\",\"id\":\"b\"}").errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("property.duplicate");
              assertThat(p.pointer()).isEqualTo("/id");
              assertThat(p.message())
                  .isEqualTo("property 'id' appears more than once; expected it once");
            });
  }

  @Test
  void extensionValuesKeepEveryJsonType() {
    String doc =
        article("\"x\":{\"s\":\"t\",\"i\":1,\"d\":1.5,\"b\":false,\"n\":null,\"a\":[true]}");
    assertThat(NewsJson.defaults().write(NewsJson.defaults().readArticle(doc)))
        .contains("\"x\":{\"s\":\"t\",\"i\":1,\"d\":1.5,\"b\":false,\"n\":null,\"a\":[true]}");
    assertThat(NewsJson.defaults().read(article("\"x\":1,\"x\":2")).errors())
        .extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("property.duplicate", "/x"));
  }
}
