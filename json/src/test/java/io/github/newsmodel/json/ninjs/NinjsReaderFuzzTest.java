package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the ninjs reader with raw bytes (regression inputs in {@code
 * NinjsReaderFuzzTestInputs/read/}). Invariants: reading never throws, and a document accepted as
 * valid is still valid after being written in the version it was read as (3.1 when that version
 * cannot be written) and read again as that version.
 */
class NinjsReaderFuzzTest {

  private static final Ninjs NINJS = Ninjs.defaults();

  @FuzzTest(
      maxDuration = "10m") // applies only with JAZZER_FUZZ=1; regression runs replay the inputs
  void read(byte[] input) {
    ReadResult<Article> result = NINJS.read(input);
    assertThat(result.problems()).isNotNull();
    if (!result.isValid()) {
      assertThat(result.errors()).isNotEmpty();
      return;
    }
    NinjsVersion detected = NINJS.detectVersion(new String(input, StandardCharsets.UTF_8));
    NinjsVersion version = detected.isWritable() ? detected : NinjsVersion.V3_1;
    NinjsWriteResult written = NINJS.write(result.value().orElseThrow(), version);
    assertThat(written.version()).isEqualTo(version);
    ReadResult<Article> again = NINJS.read(written.json(), version);
    assertThat(again.errors())
        .as("errors after writing ninjs %s: %s", version.number(), written.json())
        .isEmpty();
    assertThat(again.value()).isPresent();
  }
}
