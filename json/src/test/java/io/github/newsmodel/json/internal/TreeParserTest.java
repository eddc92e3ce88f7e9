package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whole-document parsing for the other formats' readers, within the limits. */
class TreeParserTest {

  private static TreeParser parser(long maxDocumentBytes, int maxArrayLength) {
    return new TreeParser(
        JsonLimits.builder()
            .maxDocumentBytes(maxDocumentBytes)
            .maxArrayLength(maxArrayLength)
            .build());
  }

  @Test
  void aDocumentOfExactlyTheLimitIsRead() {
    String doc = "{\"name\":\"Астана\"}";
    TreeParser exact = parser(doc.length(), 10);
    TreeParser.Parsed parsed = exact.parse(doc);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.tree().get("name").asString()).isEqualTo("Астана");
    assertThat(exact.parse("\uFEFF" + doc).problems()).isEmpty();

    assertThat(parser(doc.length() - 1, 10).parse(doc).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "",
                "limit.document",
                "the document has 17 bytes or more; the limit is 16 (limit maxDocumentBytes)"));
  }

  @Test
  void bytesOfExactlyTheLimitAreRead() {
    byte[] doc = "{\"name\":\"Астана\"}".getBytes(StandardCharsets.UTF_8);
    TreeParser.Parsed parsed = parser(doc.length, 10).parse(doc);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.tree().get("name").asString()).isEqualTo("Астана");

    TreeParser.Parsed tooLarge = parser(doc.length - 1, 10).parse(doc);
    assertThat(tooLarge.tree()).isNull();
    assertThat(tooLarge.problems())
        .extracting(JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "limit.document",
                "the document has 23 bytes or more; the limit is 22 (limit maxDocumentBytes)"));
  }

  @Test
  void anArrayOfExactlyTheLimitIsRead() {
    TreeParser.Parsed parsed = parser(1000, 2).parse("{\"a\":[1,2],\"b\":[[3,4],[5]]}");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.tree().get("b").get(0).get(1).asInt()).isEqualTo(4);
  }

  @Test
  void pointsToTheArrayThatIsTooLongNotToOneOfExactlyTheLimit() {
    TreeParser.Parsed parsed = parser(1000, 2).parse("{\"a\":[1,2,3],\"b\":[1,2]}");
    assertThat(parsed.tree()).isNull();
    assertThat(parsed.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::message)
        .containsExactly(
            tuple(
                "/a", "limit.array", "the array has more than 2 elements (limit maxArrayLength)"));
  }

  @Test
  void pointsToATooLongArrayInsideArraysAndObjects() {
    assertThat(parser(1000, 2).parse("{\"a\":[[1],{\"c/d\":[[1,2,3]]}]}").problems())
        .extracting(JsonProblem::pointer)
        .containsExactly("/a/1/c~1d/0");
    assertThat(parser(1000, 2).parse("[[1,2],[1,2,3]]").problems())
        .extracting(JsonProblem::pointer)
        .containsExactly("/1");
    assertThat(parser(1000, 2).parse("[1,2,3]").problems())
        .extracting(JsonProblem::pointer)
        .containsExactly("");
  }
}
