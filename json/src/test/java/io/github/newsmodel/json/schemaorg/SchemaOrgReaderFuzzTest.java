package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;

/**
 * Fuzzes the schema.org JSON-LD reader with raw bytes (regression inputs in {@code
 * SchemaOrgReaderFuzzTestInputs/read/}). Invariants: reading never throws, and an article read as
 * valid is still valid after {@link SchemaOrg#writeJsonLd} and a second read.
 */
class SchemaOrgReaderFuzzTest {

  private static final SchemaOrg SCHEMA_ORG = SchemaOrg.defaults();

  @FuzzTest(
      maxDuration = "10m") // applies only with JAZZER_FUZZ=1; regression runs replay the inputs
  void read(byte[] input) {
    ReadResult<Article> result = SCHEMA_ORG.read(input);
    assertThat(result.problems()).isNotNull();
    if (!result.isValid()) {
      assertThat(result.errors()).isNotEmpty();
      return;
    }
    String written = SCHEMA_ORG.writeJsonLd(result.value().orElseThrow());
    ReadResult<Article> again = SCHEMA_ORG.read(written);
    assertThat(again.errors()).as("errors after write and read of %s", written).isEmpty();
    assertThat(again.value()).isPresent();
  }
}
