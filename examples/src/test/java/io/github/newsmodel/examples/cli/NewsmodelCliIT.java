package io.github.newsmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.examples.cli.ForkedCli.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar ({@code examples/target/newsmodel.jar}) run as {@code java -Xmx256m -jar} in a
 * forked JVM, as scripts run it. Run by failsafe after {@code package}.
 */
class NewsmodelCliIT {

  private static final String VALID = "{\"id\": \"kz-1\", \"headline\": \"Казахстан и ДЗЯО\"}";

  @TempDir static Path dir;
  private static ForkedCli cli;

  @BeforeAll
  static void findJar() {
    cli = new ForkedCli(dir);
  }

  private static Result run(String heap, Path stdin, String... args) {
    return cli.runWith(List.of(heap), stdin, args);
  }

  private static Result run(Path stdin, String... args) {
    return cli.run(stdin, args);
  }

  private static Result run(String... args) {
    return cli.run(args);
  }

  private static Path empty() {
    return cli.empty();
  }

  private static Path write(String name, byte[] content) {
    return cli.write(name, content);
  }

  private static Path write(String name, String content) {
    return cli.write(name, content);
  }

  // ------------------------------------------------------------------ commands

  @Test
  void helpAndVersion() {
    Result help = run("--help");
    Result version = run("--version");

    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage:\n").contains("newsmodel validate");
    assertThat(help.err()).isEmpty();
    assertThat(version.status()).isZero();
    assertThat(version.out()).matches("newsmodel \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void usageErrorsExitTwoWithUsageOnStderr() {
    Result command = run("frobnicate");
    Result option = run("validate", "--frobnicate", "a.json");
    Result format = run("validate", "--format", "rss", "a.json");

    for (Result result : List.of(command, option, format)) {
      assertThat(result.status()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).contains("Usage:");
      result.hasNoStackTrace();
    }
    assertThat(format.err())
        .startsWith(
            "newsmodel: unknown format 'rss'; expected one of native,"
                + " ninjs, ninjs2, ninjs3, schemaorg\n");
  }

  @Test
  void fileThatCannotBeOpenedExitsTwo() {
    Result result = run("validate", dir.resolve("missing.json").toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("cannot open", "no such file");
    result.hasNoStackTrace();
  }

  @Test
  void share() {
    Result result =
        run("share", "--platform", "whatsapp", "--url", "https://example.kz/a", "--text", "Сәлем");

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "https://wa.me/?text=%D0%A1%D3%99%D0%BB%D0%B5%D0%BC%20https%3A%2F%2Fexample.kz%2Fa\n");
  }

  @Test
  void fiftyMegabyteStringIsInvalidWithAReport() throws IOException {
    Path big = dir.resolve("big-string.json");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"id\": \"kz-1\", \"headline\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "Ж".repeat(512).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50 * 1024 * 1024 / block.length; i++) {
        out.write(block);
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    }

    Result fromFile = run("validate", "--report", "json", big.toString());
    Result fromStdin = run(big, "validate", "-");

    assertThat(fromFile.status()).isEqualTo(1);
    assertThat(fromFile.out()).contains("\"valid\":false", "\"code\":\"limit.document\"");
    fromFile.hasNoStackTrace();
    assertThat(fromStdin.status()).isEqualTo(1);
    assertThat(fromStdin.out()).startsWith("-: <document>: ");
    fromStdin.hasNoStackTrace();
  }

  // ------------------------------------------------------------------ need the JSON engine

  @Test
  void validDocumentExitsZero() {
    Result fromFile = run("validate", write("valid.json", VALID).toString());
    Result fromStdin = run(write("stdin.json", VALID), "validate", "--report", "json", "-");

    assertThat(fromFile.status()).isZero();
    assertThat(fromFile.out()).isEmpty();
    assertThat(fromStdin.status()).isZero();
    assertThat(fromStdin.out())
        .isEqualTo("{\"file\":\"-\",\"record\":null,\"valid\":true,\"problems\":[]}\n");
  }

  @Test
  void hostileInputsEndInExitOneWithAReport() {
    Random random = new Random(20231128);
    byte[] garbage = new byte[64 * 1024];
    random.nextBytes(garbage);
    byte[] nonUtf8 =
        new byte[] {
          '{',
          '"',
          'i',
          'd',
          '"',
          ':',
          '"',
          (byte) 0xC3,
          (byte) 0x28,
          (byte) 0xFF,
          '"',
          ',',
          '"',
          'h',
          'e',
          'a',
          'd',
          'l',
          'i',
          'n',
          'e',
          '"',
          ':',
          '"',
          'x',
          '"',
          '}'
        };
    List<Path> hostile =
        List.of(
            write("deep.json", "[".repeat(100_000) + "]".repeat(100_000)),
            write("deep-objects.json", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
            write("truncated.json", VALID.substring(0, VALID.length() / 2)),
            write("non-utf8.json", nonUtf8),
            write("empty-file.json", new byte[0]),
            write("garbage.bin", garbage));

    for (Path input : hostile) {
      Result text = run("validate", input.toString());
      Result json = run("validate", "--report", "json", input.toString());

      assertThat(text.status()).as(input.toString()).isEqualTo(1);
      assertThat(text.out()).as(input.toString()).startsWith(input + ":");
      text.hasNoStackTrace();
      assertThat(json.status()).as(input.toString()).isEqualTo(1);
      assertThat(json.out()).as(input.toString()).contains("\"valid\":false", "\"code\":");
      json.hasNoStackTrace();
    }
  }

  @Test
  void hundredThousandNdjsonRecordsInSmallHeap() throws IOException {
    Path feed = dir.resolve("feed.ndjson");
    try (OutputStream out = Files.newOutputStream(feed)) {
      for (int i = 1; i <= 100_000; i++) {
        String record =
            i % 1000 == 0
                ? "{\"id\": \"kz-" + i + "\", \"headline\": \"\"}\n"
                : "{\"id\": \"kz-" + i + "\", \"headline\": \"Новость номер " + i + "\"}\n";
        out.write(record.getBytes(StandardCharsets.UTF_8));
      }
    }

    Result result = run("-Xmx48m", empty(), "validate", "--ndjson", feed.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out().lines().filter(line -> !line.contains("warning: ")).toList())
        .hasSizeGreaterThanOrEqualTo(100)
        .allSatisfy(line -> assertThat(line).startsWith(feed + ":").contains("/headline: "));
    assertThat(result.err())
        .startsWith("newsmodel: 100000 records checked, 99900 valid, 100 invalid (");
    result.hasNoStackTrace();
  }

  @Test
  void convertFromStdinToStdout() {
    Result result =
        run(write("convert.json", VALID), "convert", "--from", "native", "--to", "native");

    assertThat(result.status()).isZero();
    assertThat(result.out()).startsWith("{").contains("\"headline\"", "Казахстан и ДЗЯО");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void demoExitsZero() {
    Result result = run("demo");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("== 6.", "== 9.", "?format=ninjs -> 200", "Done.");
    result.hasNoStackTrace();
  }
}
