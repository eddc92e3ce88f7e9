package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz findings: bytes that Jackson takes for UTF-32 (leading NUL bytes) and decimals beyond
 * BigDecimal's range are problems of the document in every reader, never an exception.
 */
class EncodingAndRangeTest {

  /** A reader of bytes with its name. */
  record Reader(String name, Function<byte[], ReadResult<Article>> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Reader> readers() {
    return Stream.of(
        new Reader("native bytes", NewsJson.defaults()::readAndValidate),
        new Reader(
            "native stream", b -> NewsJson.defaults().readAndValidate(new ByteArrayInputStream(b))),
        new Reader("ninjs bytes", Ninjs.defaults()::read),
        new Reader("ninjs stream", b -> Ninjs.defaults().read(new ByteArrayInputStream(b))),
        new Reader("schema.org bytes", SchemaOrg.defaults()::read),
        new Reader(
            "schema.org stream", b -> SchemaOrg.defaults().read(new ByteArrayInputStream(b))));
  }

  private static final List<byte[]> NOT_TEXT =
      List.of(
          new byte[] {0, 0, 0, '"'},
          new byte[] {'q', 0, 0, 0, '"', 'a', 'h'},
          new byte[] {0, 0, '{', 0, 0, 0, '}', 0},
          new byte[] {0, '{', 0, 0, 0, '}', 0, 0},
          new byte[] {0, 0, 0, '{', 0x22, 0, 0, 0});

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void bytesThatAreNotTextAreASyntaxProblem(Reader reader) {
    for (byte[] bytes : NOT_TEXT) {
      ReadResult<Article> result = reader.read().apply(bytes);
      assertThat(result.isValid()).isFalse();
      assertThat(result.errors()).extracting(JsonProblem::code).contains("json.syntax");
    }
  }

  static Stream<Reader> treeReaders() {
    return readers().filter(r -> !r.name().startsWith("native"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("treeReaders")
  void aDecimalBeyondTheRangeOfBigDecimalIsALimitProblem(Reader reader) {
    String json =
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"standard\":{\"name\":\"ninjs\",\"version\":\"3.1\"},\"uri\":\"u\",\"id\":\"a\","
            + "\"headline\":\"h\",\"x\":10143463E55992004194}";
    ReadResult<Article> result = reader.read().apply(json.getBytes(StandardCharsets.UTF_8));
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("limit.number");
  }
}
