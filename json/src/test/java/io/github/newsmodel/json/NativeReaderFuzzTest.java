package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.article.Article;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the native reader with raw bytes. Without {@code JAZZER_FUZZ} this runs in regression mode
 * over the committed inputs in {@code src/test/resources/io/github/newsmodel/json/
 * NativeReaderFuzzTestInputs/readAndValidate/}; see CONTRIBUTING.md, "Fuzzing", for a real run.
 *
 * <p>Invariants: reading in-memory bytes never throws (no NewsJsonIoException, no runtime error),
 * an article accepted as valid is still valid after a write and a second read, and bytes that are
 * well-formed UTF-8 read as the same article as their text (the byte reader decodes most strings
 * itself; the text reader leaves all of them to Jackson).
 */
class NativeReaderFuzzTest {

  private static final NewsJson JSON = NewsJson.defaults();

  @FuzzTest(
      maxDuration = "10m") // applies only with JAZZER_FUZZ=1; regression runs replay the inputs
  void readAndValidate(byte[] input) {
    ReadResult<Article> result = JSON.readAndValidate(input);
    assertThat(result.problems()).isNotNull();
    String text = wellFormedUtf8(input);
    if (text != null) {
      ReadResult<Article> fromText = JSON.readAndValidate(text);
      assertThat(fromText.isValid())
          .as("valid from bytes and from text")
          .isEqualTo(result.isValid());
      assertThat(fromText.value()).isEqualTo(result.value());
    }
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

  /** The text of well-formed UTF-8 bytes without a byte order mark, or null. */
  private static @Nullable String wellFormedUtf8(byte[] input) {
    if (input.length > 0 && (input[0] & 0xFF) == 0xEF) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
