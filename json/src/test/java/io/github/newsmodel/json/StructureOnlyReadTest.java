package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NewsJson#read}: structural problems only, no Bean Validation. */
class StructureOnlyReadTest {

  private static final NewsJson JSON = NewsJson.defaults();

  /** Well-formed and structurally complete, but breaks three content rules. */
  private static final String INVALID_CONTENT =
      "{\"id\":\"a\",\"headline\":\"h\","
          + "\"canonicalUrl\":\"ftp://example.com/x\",\"language\":\"not a tag\",\"urgency\":42}";

  @Test
  void readsTheSameArticleAsReadAndValidateFromEverySource(@TempDir Path dir) throws Exception {
    Article seed = SampleArticles.russianSeed();
    String text = JSON.write(seed);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("seed.json");
    Files.write(file, bytes);

    assertThat(JSON.read(text).isValid()).isTrue();
    assertThat(JSON.read(text).value()).contains(seed);
    assertThat(JSON.read(bytes).value()).contains(seed);
    assertThat(JSON.read(new ByteArrayInputStream(bytes)).value()).contains(seed);
    assertThat(JSON.read(new StringReader(text)).value()).contains(seed);
    assertThat(JSON.read(file).value()).contains(seed);
    assertThat(JSON.read(bytes)).isEqualTo(JSON.readAndValidate(bytes));
  }

  @Test
  void doesNotApplyBeanValidation() {
    ReadResult<Article> structure = JSON.read(INVALID_CONTENT);
    assertThat(structure.problems()).isEmpty();
    assertThat(structure.isValid()).isTrue();
    assertThat(structure.value()).hasValueSatisfying(a -> assertThat(a.urgency()).isEqualTo(42));

    ReadResult<Article> validated = JSON.readAndValidate(INVALID_CONTENT);
    assertThat(validated.errors())
        .extracting(JsonProblem::pointer)
        .contains("/canonicalUrl", "/language", "/urgency");
  }

  @Test
  void reportsStructuralProblemsLikeReadAndValidate() {
    String missingHeadline = "{\"id\":\"a\",\n \"urgency\":\"high\"}";
    ReadResult<Article> result = JSON.read(missingHeadline);
    assertThat(result.value()).isEmpty();
    assertThat(result.errors())
        .extracting(JsonProblem::code, JsonProblem::pointer)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("type.mismatch", "/urgency"),
            org.assertj.core.api.Assertions.tuple("required", "/headline"));
    assertThat(result.errors().get(0).line()).isEqualTo(2);
    assertThat(result).isEqualTo(JSON.readAndValidate(missingHeadline));
  }

  @Test
  void reportsSyntaxErrorsAndTrailingContent() {
    assertThat(JSON.read("{\"id\":").errors())
        .extracting(JsonProblem::code)
        .containsExactly("json.syntax");
    assertThat(JSON.read("{\"id\":\"a\",\"headline\":\"h\"} []").errors())
        .extracting(JsonProblem::code)
        .containsExactly("json.syntax");
    assertThat(JSON.read("").errors()).extracting(JsonProblem::code).containsExactly("json.syntax");
  }

  @Test
  void keepsWarningsAndStrictModeErrors() {
    String doc =
        "{\"id\":\"a\",\"headline\":\"h\",\"followLinks\":[{\"service\":\"telegram\","
            + "\"url\":\"https://t.me/x\",\"color\":\"blue\"}]}";
    assertThat(JSON.read(doc).warnings())
        .extracting(JsonProblem::pointer)
        .containsExactly("/followLinks/0/color");
    assertThat(NewsJson.builder().mode(ReadMode.STRICT).build().read(doc).errors())
        .extracting(JsonProblem::pointer)
        .containsExactly("/followLinks/0/color");
  }

  @Test
  void appliesLimits() {
    NewsJson small =
        NewsJson.builder().limits(JsonLimits.builder().maxDocumentBytes(64).build()).build();
    String big = JSON.write(SampleArticles.russianSeed());
    assertThat(small.read(big).errors())
        .extracting(JsonProblem::code)
        .containsExactly("limit.document");
  }
}
