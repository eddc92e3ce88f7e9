package io.github.newsmodel.examples.cli;

import static io.github.newsmodel.examples.cli.FormatDocuments.HEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.examples.cli.ForkedCli.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command over ninjs and schema.org with the built jar in a forked JVM ({@code java -Xmx256m
 * -jar newsmodel.jar}): validate, convert, NDJSON, languages, standard input, exit codes 0 to 3,
 * hostile input, and an official IPTC example.
 */
class NewsmodelCliFormatsIT {

  @TempDir static Path dir;
  private static ForkedCli cli;
  private static List<Path> hostile;

  @BeforeAll
  static void setUp() throws IOException {
    cli = new ForkedCli(dir);
    byte[] nonUtf8 = {
      '{', '"', 'u', 'r', 'i', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'
    };
    byte[] binary = new byte[64 * 1024];
    new Random(20231128).nextBytes(binary);
    Path big = dir.resolve("big-string.json");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"uri\": \"kz-1\", \"headline\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "Ж".repeat(512).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 20 * 1024 * 1024 / block.length; i++) {
        out.write(block);
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    }
    hostile =
        List.of(
            cli.write("deep-arrays.json", "[".repeat(100_000) + "]".repeat(100_000)),
            cli.write("deep-objects.json", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
            cli.write("non-utf8.json", nonUtf8),
            cli.write("empty.json", new byte[0]),
            cli.write("binary.bin", binary),
            big);
  }

  // ------------------------------------------------------------------ validate

  @ParameterizedTest
  @ValueSource(strings = {"ninjs", "ninjs2", "ninjs3", "schemaorg"})
  void validAndInvalidDocuments(String format) {
    Path valid = cli.write(format + "-valid.json", FormatDocuments.valid(format));
    Path invalid = cli.write(format + "-invalid.json", FormatDocuments.invalid(format));

    Result ok = cli.run("validate", "--format", format, valid.toString());
    Result bad = cli.run("validate", "--format", format, valid.toString(), invalid.toString());

    assertThat(ok.status()).isZero();
    assertThat(ok.out()).isEmpty();
    assertThat(ok.err())
        .isEqualTo("newsmodel: 1 document checked, 1 valid, 0 invalid (0 errors, 0 warnings)\n");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.out()).startsWith(invalid + ": /").doesNotContain(valid.toString());
    assertThat(bad.err()).startsWith("newsmodel: 2 documents checked, 1 valid, 1 invalid (1 error");
    bad.hasNoStackTrace();
  }

  @Test
  void ninjs2xDetectedAndJsonReportExact() {
    Result run =
        cli.run(
            cli.write("stdin-22.json", FormatDocuments.NINJS_22_INVALID),
            "validate",
            "--format",
            "ninjs",
            "--report",
            "json",
            "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "{\"file\":\"-\",\"record\":null,\"valid\":false,\"problems\":["
                + "{\"pointer\":\"/versioncreated\",\"code\":\"ninjs.schema.type\",\"severity\":\"error\","
                + "\"message\":\"expected a string, found number\",\"line\":null,\"column\":null}]}\n");
  }

  @Test
  void ninjs31FromStdinJsonReportExact() {
    Result run =
        cli.run(
            cli.write("stdin-31.json", FormatDocuments.NINJS_31_INVALID),
            "validate",
            "--report=json",
            "--format=ninjs3",
            "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "{\"file\":\"-\",\"record\":null,\"valid\":false,\"problems\":["
                + "{\"pointer\":\"/pubStatus\",\"code\":\"ninjs.schema.enum\",\"severity\":\"error\","
                + "\"message\":\"'gone' is not one of [canceled, usable, withheld]\","
                + "\"line\":null,\"column\":null}]}\n");
  }

  @Test
  void schemaOrgFromStdinInRussianAndKazakh() {
    Path input = cli.write("stdin-ld.json", FormatDocuments.SCHEMA_ORG_INVALID);

    Result russian = cli.run(input, "validate", "--format", "schemaorg", "--lang", "ru", "-");
    Result kazakh =
        cli.run(
            input, "validate", "--format", "schemaorg", "--lang", "kk", "--report", "json", "-");

    assertThat(russian.status()).isEqualTo(1);
    assertThat(russian.out())
        .isEqualTo(
            "-: /datePublished: warning: дата и время указаны без"
                + " смещения от UTC, поэтому момент времени неоднозначен\n"
                + "-: /image/width: должно быть больше 0\n");
    assertThat(kazakh.status()).isEqualTo(1);
    assertThat(kazakh.out())
        .contains(
            "\"pointer\":\"/image/width\",\"code\":\"range\","
                + "\"severity\":\"error\",\"message\":\"0-ден үлкен болуы керек\"");
  }

  @Test
  void nativeInKazakh() {
    Result run =
        cli.run(
            cli.write("stdin-native.json", FormatDocuments.NATIVE_INVALID),
            "validate",
            "--lang",
            "kk",
            "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "-:1:78: /canonicalUrl: http:// немесе https:// деп басталатын абсолютті URL болуы керек\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ninjs2", "schemaorg"})
  void ndjsonFeeds(String format) {
    Path feed =
        cli.write(
            format + ".ndjson",
            FormatDocuments.valid(format)
                + "\n"
                + FormatDocuments.invalid(format)
                + "\n\n"
                + FormatDocuments.valid(format)
                + "\n");

    Result run =
        cli.run("validate", "--ndjson", "--format", format, "--report", "json", feed.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .startsWith(
                        "{\"file\":"
                            + JsonText.quote(feed.toString())
                            + ",\"record\":1,\"valid\":true,"),
            second -> assertThat(second).contains("\"record\":2,\"valid\":false"),
            third -> assertThat(third).contains("\"record\":3,\"valid\":true"));
    assertThat(run.err()).startsWith("newsmodel: 3 records checked, 2 valid, 1 invalid");
  }

  @Test
  void hundredThousandNinjsRecordsInSmallHeap() throws IOException {
    Path feed = dir.resolve("feed-ninjs.ndjson");
    try (OutputStream out = Files.newOutputStream(feed)) {
      for (int i = 1; i <= 100_000; i++) {
        String record =
            i % 1000 == 0
                ? "{\"uri\": \"urn:kz:" + i + "\", \"pubStatus\": \"gone\"}\n"
                : "{\"uri\": \"urn:kz:"
                    + i
                    + "\", \"headlines\": [{\"role\": \"main\","
                    + " \"value\": \"Новость номер "
                    + i
                    + "\"}]}\n";
        out.write(record.getBytes(StandardCharsets.UTF_8));
      }
    }

    Result run =
        cli.runWith(
            List.of("-Xmx48m"),
            cli.empty(),
            "validate",
            "--ndjson",
            "--format",
            "ninjs",
            feed.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines().filter(line -> !line.contains("warning: ")).toList())
        .hasSize(100)
        .allSatisfy(line -> assertThat(line).startsWith(feed + ":").contains(": /pubStatus: "));
    assertThat(run.err())
        .startsWith("newsmodel: 100000 records checked, 99900 valid, 100 invalid (100 errors, ");
    run.hasNoStackTrace();
  }

  // ------------------------------------------------------------------ convert

  @Test
  void convertNativeToNinjsAndBack() {
    Result ninjs =
        cli.run(
            cli.write("n.json", FormatDocuments.NATIVE),
            "convert",
            "--from",
            "native",
            "--to",
            "ninjs");
    Result back =
        cli.run(
            cli.write("n31.json", ninjs.out()),
            "convert",
            "--from",
            "ninjs",
            "--to",
            "native",
            "-");

    assertThat(ninjs.status()).isZero();
    assertThat(ninjs.err()).isEmpty();
    assertThat(ninjs.out())
        .startsWith("{\n  \"uri\" : \"kz-1\",")
        .endsWith("}\n")
        .contains("\"firstCreated\" : \"2023-11-28T19:00:00+06:00\"");
    assertThat(back.status()).isZero();
    assertThat(back.out()).contains("\"id\": \"kz-1\"", "\"headline\": \"" + HEADLINE + "\"");
  }

  @Test
  void convertNativeToSchemaOrgAndBack() {
    Result jsonLd =
        cli.run(
            cli.write("s.json", FormatDocuments.NATIVE),
            "convert",
            "--from",
            "native",
            "--to",
            "schemaorg",
            "-");
    Result back =
        cli.run(
            "convert",
            "--from",
            "schemaorg",
            "--to",
            "native",
            cli.write("s.jsonld", jsonLd.out()).toString());

    assertThat(jsonLd.status()).isZero();
    assertThat(jsonLd.out())
        .startsWith("{\n  \"@context\" : \"https://schema.org\",")
        .contains("\"@type\" : \"NewsArticle\"", "\"headline\" : \"" + HEADLINE + "\"");
    assertThat(back.status()).isZero();
    assertThat(back.err()).isEmpty();
    assertThat(back.out())
        .contains(
            "\"headline\": \"" + HEADLINE + "\"",
            "\"firstPublished\": \"2023-11-28T19:00:00+06:00\"");
  }

  @Test
  void convertNinjs3ToNinjs2ListsDroppedValuesAndStrictFails() {
    Path input = cli.write("event.json", FormatDocuments.NINJS_31_EVENT);

    Result lenient = cli.run(input, "convert", "--from", "ninjs3", "--to", "ninjs2");
    Result strict = cli.run(input, "convert", "--strict", "--from", "ninjs3", "--to", "ninjs2");

    assertThat(lenient.status()).isZero();
    assertThat(lenient.out()).contains("\"version\" : \"2.2\"").doesNotContain("eventdetails");
    assertThat(lenient.err())
        .isEqualTo(
            "-: /eventdetails: warning: not written: ninjs 2.2 cannot"
                + " carry it (property 'eventdetails' is not allowed here)\n");
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err())
        .isEqualTo(
            "-: /eventdetails: not written: ninjs 2.2 cannot carry it"
                + " (property 'eventdetails' is not allowed here)\n");
  }

  @Test
  void convertOfInvalidInputPrintsProblemsOnly() {
    Result run =
        cli.run(
            cli.write("bad-ld.json", FormatDocuments.SCHEMA_ORG_INVALID),
            "convert",
            "--from",
            "schemaorg",
            "--to",
            "ninjs2");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("-: /image/width: must be greater than 0\n");
  }

  // ------------------------------------------------------------------ exit codes 2 and 3

  @Test
  void unopenableFileAndBadValuesExitTwo() {
    Result missing =
        cli.run("validate", "--format", "schemaorg", dir.resolve("missing.jsonld").toString());
    Result convertMissing =
        cli.run(
            "convert", "--from", "ninjs", "--to", "native", dir.resolve("missing.json").toString());
    Result sameStdinTwice = cli.run("validate", "--format", "ninjs", "-", "-");

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot open", "no such file");
    assertThat(convertMissing.status()).isEqualTo(2);
    assertThat(convertMissing.out()).isEmpty();
    assertThat(sameStdinTwice.status()).isEqualTo(2);
    assertThat(sameStdinTwice.err()).contains("Usage:");
    for (Result result : List.of(missing, convertMissing, sameStdinTwice)) {
      result.hasNoStackTrace();
    }
  }

  /**
   * A jar whose JSON engine is missing (a broken build) cannot read documents: the error escapes
   * every reader, and the CLI turns it into exit status 3 and one line, not a stack trace.
   */
  @Test
  void internalErrorExitsThreeWithOneLine() throws IOException {
    Path broken = dir.resolve("broken.jar");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(cli.jar()));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (!entry.getName().startsWith("tools/jackson/")) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    Path input = cli.write("for-broken.json", FormatDocuments.NINJS_31);
    List<String> command =
        new ArrayList<>(
            List.of(
                "-Xmx256m",
                "-cp",
                broken.toString(),
                NewsmodelCli.class.getName(),
                "validate",
                "--format",
                "ninjs",
                input.toString()));

    Result run = cli.java(command, cli.empty());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(
                        "newsmodel: internal error (java.lang.NoClassDefFoundError: tools/jackson/")
                    .endsWith(
                        "this is a bug, please report it with the command line and input at"
                            + " https://github.com/newsmodel/newsmodel/issues"));
    run.hasNoStackTrace();
  }

  // ------------------------------------------------------------------ hostile input

  @ParameterizedTest
  @ValueSource(strings = {"ninjs", "ninjs2", "ninjs3", "schemaorg"})
  void hostileInputExitsOneWithAReportPerFile(String format) {
    List<String> args =
        new ArrayList<>(List.of("validate", "--format", format, "--report", "json"));
    hostile.forEach(path -> args.add(path.toString()));

    Result run = cli.run(args.toArray(String[]::new));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .hasSize(hostile.size())
        .allSatisfy(line -> assertThat(line).contains("\"valid\":false", "\"severity\":\"error\""));
    for (int i = 0; i < hostile.size(); i++) {
      assertThat(run.out().lines().toList().get(i))
          .startsWith("{\"file\":" + JsonText.quote(hostile.get(i).toString()));
    }
    assertThat(run.err()).startsWith("newsmodel: 6 documents checked, 0 valid, 6 invalid");
    run.hasNoStackTrace();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ninjs", "schemaorg"})
  void hostileInputOnStdin(String format) {
    for (Path input : hostile) {
      Result run = cli.run(input, "validate", "--format", format, "-");

      assertThat(run.status()).as(input.toString()).isEqualTo(1);
      assertThat(run.out()).as(input.toString()).startsWith("-:");
      run.hasNoStackTrace();
    }
  }

  // ------------------------------------------------------------------ the IPTC examples

  @Test
  void officialNinjs31Examples() {
    Path examples = FormatDocuments.conformanceNinjs().resolve("examples/userguide/3.1");

    Result complex =
        cli.run(
            "validate",
            "--format",
            "ninjs",
            examples.resolve("005_complex_text_article.json").toString(),
            examples.resolve("004_simple_text_article.json").toString());
    Result event =
        cli.run(
            "convert",
            "--from",
            "ninjs3",
            "--to",
            "ninjs2",
            examples.resolve("008_event.json").toString());

    assertThat(complex.status()).isZero();
    assertThat(complex.err()).startsWith("newsmodel: 2 documents checked, 2 valid, 0 invalid");
    assertThat(event.status()).isZero();
    assertThat(event.err()).contains(": /eventdetails: warning: not written: ninjs 2.2");
    assertThat(event.out()).contains("\"version\" : \"2.2\"");
  }
}
