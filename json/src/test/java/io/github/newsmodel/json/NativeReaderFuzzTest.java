package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.article.Article;

/**
 * Fuzzes the native reader with raw bytes. Without {@code JAZZER_FUZZ} this runs in regression mode
 * over the committed inputs in {@code src/test/resources/io/github/newsmodel/json/
 * NativeReaderFuzzTestInputs/readAndValidate/}; see CONTRIBUTING.md, "Fuzzing", for a real run.
 *
 * <p>Invariants: reading in-memory bytes never throws (no NewsJsonIoException, no runtime error),
 * and an article accepted as valid is still valid after a write and a second read.
 */
class NativeReaderFuzzTest {

  private static final NewsJson JSON = NewsJson.defaults();

  @FuzzTest(
      maxDuration = "10m") // applies only with JAZZER_FUZZ=1; regression runs replay the inputs
  void readAndValidate(byte[] input) {
    ReadResult<Article> result = JSON.readAndValidate(input);
    assertThat(result.problems()).isNotNull();
    if (!result.isValid()) {
      assertThat(result.errors()).isNotEmpty();
      return;
    }
    Article article = result.value().orElseThrow();
    String written = JSON.write(article);
    ReadResult<Article> again = JSON.readAndValidate(written);
    assertThat(again.errors()).as("errors after write and read of %s", written).isEmpty();
    assertThat(again.value()).isPresent();
  }
}
