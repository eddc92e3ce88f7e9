package io.github.newsmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in-process with the real native format on {@code NewsJson}: these tests need the JSON
 * engine.
 */
class NewsmodelCliEngineTest {

  static final String VALID = "{\"id\": \"kz-1\", \"headline\": \"Казахстан и ДЗЯО\"}";
  static final String BAD_URL =
      "{\"id\": \"kz-1\",\n \"headline\": \"Казахстан и ДЗЯО\",\n \"canonicalUrl\": \"ftp://a.kz/1\"}";
  static final String UNKNOWN_PROPERTY =
      "{\"id\": \"kz-1\", \"headline\": \"Казахстан и ДЗЯО\", \"colour\": \"red\"}";
  static final String MALFORMED = "{\"id\": \"kz-1\", \"headline\": ";

  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }

  @Test
  void validDocumentExitsZeroAndPrintsNothing() throws IOException {
    CliRun run = CliRun.real("", "validate", file("a.json", VALID));

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("1 document checked, 1 valid, 0 invalid");
  }

  @Test
  void invalidDocumentIsReportedWithPointerAndPosition() throws IOException {
    String a = file("a.json", BAD_URL);

    CliRun text = CliRun.real("", "validate", a);
    CliRun json = CliRun.real("", "validate", "--report", "json", a);

    assertThat(text.status()).isEqualTo(1);
    assertThat(text.out()).startsWith(a + ":3:").contains(": /canonicalUrl: ");
    assertThat(json.status()).isEqualTo(1);
    assertThat(json.out())
        .startsWith(
            "{\"file\":"
                + JsonText.quote(a)
                + ",\"record\":null,\"valid\":false,\"problems\":[{\"pointer\":\"/canonicalUrl\",\"code\":")
        .contains("\"severity\":\"error\"", "\"line\":3,\"column\":");
  }

  @Test
  void messagesFollowLang() {
    CliRun english = CliRun.real(BAD_URL, "validate", "-");
    CliRun russian = CliRun.real(BAD_URL, "validate", "--lang", "ru", "-");

    assertThat(english.out()).contains("http");
    assertThat(russian.out()).containsPattern("[а-я]");
    assertThat(russian.out()).isNotEqualTo(english.out());
  }

  @Test
  void strictMakesUnknownPropertiesErrors() {
    CliRun lenient = CliRun.real(UNKNOWN_PROPERTY, "validate", "-");
    CliRun strict = CliRun.real(UNKNOWN_PROPERTY, "validate", "--strict", "--report", "json", "-");

    assertThat(lenient.status()).isZero();
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).contains("\"pointer\":\"/colour\"", "\"code\":\"property.unknown\"");
  }

  @Test
  void malformedAndEmptyDocumentsAreInvalid() {
    CliRun malformed = CliRun.real(MALFORMED, "validate", "-");
    CliRun empty = CliRun.real("", "validate", "--report", "json", "-");

    assertThat(malformed.status()).isEqualTo(1);
    assertThat(malformed.out()).startsWith("-:1:");
    assertThat(empty.status()).isEqualTo(1);
    assertThat(empty.out()).startsWith("{\"file\":\"-\",\"record\":null,\"valid\":false,");
  }

  @Test
  void ndjsonFeedReportsEachRecord() throws IOException {
    String feed = file("feed.ndjson", VALID + "\n" + BAD_URL.replace("\n", "") + "\n" + MALFORMED);

    CliRun run = CliRun.real("", "validate", "--ndjson", "--report", "json", feed);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .hasSize(3)
        .satisfiesExactly(
            first -> assertThat(first).contains("\"record\":1,\"valid\":true"),
            second -> assertThat(second).contains("\"record\":2,\"valid\":false", "\"line\":2"),
            third -> assertThat(third).contains("\"record\":3,\"valid\":false", "\"line\":3"));
  }

  @Test
  void convertNativeToNativeIsPrettyAndReadable() throws IOException {
    CliRun run =
        CliRun.real("", "convert", "--from", "native", "--to", "native", file("a.json", VALID));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\n  \"headline\"").endsWith("\n");
    assertThat(NewsJson.defaults().readAndValidate(run.out()).isValid()).isTrue();
  }

  @Test
  void convertOfInvalidInputPrintsProblemsOnly() {
    CliRun run = CliRun.real(BAD_URL, "convert", "--from", "native", "--to", "native", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("-:3:", "/canonicalUrl: ");
  }
}
