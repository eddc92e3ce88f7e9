package io.github.newsmodel.examples.cli;

import static io.github.newsmodel.examples.cli.FormatDocuments.HEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.examples.SeedArticleExample;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command over every real format, in-process: native, ninjs (3.1 and 2.x, detected or forced)
 * and schema.org JSON-LD.
 */
class NewsmodelCliFormatsTest {

  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }

  // ------------------------------------------------------------------ validate

  @ParameterizedTest
  @ValueSource(strings = {"native", "ninjs", "ninjs2", "ninjs3", "schemaorg"})
  void validDocumentOfEveryFormatExitsZeroAndPrintsNothing(String format) throws IOException {
    String a = file("a.json", FormatDocuments.valid(format));

    CliRun run = CliRun.real("", "validate", "--format", format, a);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("newsmodel: 1 document checked, 1 valid, 0 invalid (0 errors, 0 warnings)\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"native", "ninjs", "ninjs2", "ninjs3", "schemaorg"})
  void invalidDocumentOfEveryFormatExitsOneWithAProblemLine(String format) throws IOException {
    String a = file("a.json", FormatDocuments.invalid(format));

    CliRun run = CliRun.real("", "validate", "--format", format, a);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith(a + ":").contains(": /");
    assertThat(run.err()).contains("1 document checked, 0 valid, 1 invalid");
  }

  @Test
  void ninjs31ErrorsInTheJsonReportExactly() {
    CliRun run =
        CliRun.real(
            FormatDocuments.NINJS_31_INVALID,
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
                + "{\"pointer\":\"/pubStatus\",\"code\":\"ninjs.schema.enum\",\"severity\":\"error\","
                + "\"message\":\"'gone' is not one of [canceled, usable, withheld]\","
                + "\"line\":null,\"column\":null}]}\n");
  }

  @Test
  void ninjs2xErrorsInTheJsonReportExactly() {
    CliRun detected =
        CliRun.real(
            FormatDocuments.NINJS_22_INVALID,
            "validate",
            "--format",
            "ninjs",
            "--report",
            "json",
            "-");
    CliRun forced =
        CliRun.real(
            FormatDocuments.NINJS_22_INVALID,
            "validate",
            "--format",
            "ninjs2",
            "--report",
            "json",
            "-");

    String expected =
        "{\"file\":\"-\",\"record\":null,\"valid\":false,\"problems\":["
            + "{\"pointer\":\"/versioncreated\",\"code\":\"ninjs.schema.type\",\"severity\":\"error\","
            + "\"message\":\"expected a string, found number\",\"line\":null,\"column\":null}]}\n";
    assertThat(detected.status()).isEqualTo(1);
    assertThat(detected.out()).isEqualTo(expected);
    assertThat(forced.out()).isEqualTo(expected);
  }

  @Test
  void forcedVersionFamilyChecksAgainstThatFamily() {
    CliRun asV3 = CliRun.real(FormatDocuments.NINJS_22, "validate", "--format", "ninjs3", "-");
    CliRun asV2 = CliRun.real(FormatDocuments.NINJS_22, "validate", "--format", "ninjs2", "-");

    assertThat(asV3.status()).isEqualTo(1);
    assertThat(asV3.out())
        .isEqualTo("-: /versioncreated: property 'versioncreated' is not allowed here\n");
    assertThat(asV2.status()).isZero();
  }

  @Test
  void schemaOrgErrorsAndWarningsInTheJsonReportExactly() {
    CliRun run =
        CliRun.real(
            FormatDocuments.SCHEMA_ORG_INVALID,
            "validate",
            "--format",
            "schemaorg",
            "--report",
            "json",
            "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "{\"file\":\"-\",\"record\":null,\"valid\":false,\"problems\":["
                + "{\"pointer\":\"/datePublished\",\"code\":\"datetime.offset\",\"severity\":\"warning\","
                + "\"message\":\"date-time has no UTC offset, so the moment it names is ambiguous\","
                + "\"line\":null,\"column\":null},"
                + "{\"pointer\":\"/image/width\",\"code\":\"range\",\"severity\":\"error\","
                + "\"message\":\"must be greater than 0\",\"line\":null,\"column\":null}]}\n");
  }

  @Test
  void schemaOrgMessagesInRussianAndKazakh() {
    CliRun russian =
        CliRun.real(
            FormatDocuments.SCHEMA_ORG_INVALID,
            "validate",
            "--format",
            "schemaorg",
            "--lang",
            "ru",
            "-");
    CliRun kazakh =
        CliRun.real(
            FormatDocuments.SCHEMA_ORG_INVALID,
            "validate",
            "--format",
            "schemaorg",
            "--lang",
            "kk",
            "-");

    assertThat(russian.out())
        .isEqualTo(
            "-: /datePublished: warning: дата и время указаны без"
                + " смещения от UTC, поэтому момент времени неоднозначен\n"
                + "-: /image/width: должно быть больше 0\n");
    assertThat(kazakh.out())
        .isEqualTo(
            "-: /datePublished: warning: күн мен уақыт UTC ығысуынсыз"
                + " көрсетілген, сондықтан уақыт мезеті екіұшты\n"
                + "-: /image/width: 0-ден үлкен болуы керек\n");
  }

  /** The native reader's columns count bytes: the Cyrillic headline moves the URL to byte 78. */
  @Test
  void nativeMessagesInRussianAndKazakh() {
    CliRun russian = CliRun.real(FormatDocuments.NATIVE_INVALID, "validate", "--lang", "ru", "-");
    CliRun kazakh = CliRun.real(FormatDocuments.NATIVE_INVALID, "validate", "--lang", "kk", "-");

    assertThat(russian.out())
        .isEqualTo(
            "-:1:78: /canonicalUrl: должен быть абсолютный URL, начинающийся с http:// или https://\n");
    assertThat(kazakh.out())
        .isEqualTo(
            "-:1:78: /canonicalUrl: http:// немесе https:// деп басталатын абсолютті URL болуы керек\n");
  }

  @Test
  void strictNinjsMakesTheStricterChecksErrors() {
    String badDate = FormatDocuments.NINJS_31.replace("2023-11-28T19:00:00+06:00", "вчера");

    CliRun lenient = CliRun.real(badDate, "validate", "--format", "ninjs", "-");
    CliRun strict = CliRun.real(badDate, "validate", "--format", "ninjs", "--strict", "-");

    assertThat(lenient.status()).isZero();
    assertThat(lenient.out()).contains("-: /versionCreated: warning: ");
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).contains("-: /versionCreated: ").doesNotContain("warning: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"native", "ninjs", "ninjs2", "ninjs3", "schemaorg"})
  void ndjsonWorksForEveryFormat(String format) throws IOException {
    String feed =
        file(
            "feed.ndjson",
            FormatDocuments.valid(format)
                + "\n\n"
                + FormatDocuments.invalid(format)
                + "\r\n"
                + FormatDocuments.valid(format)
                + "\n");

    CliRun run =
        CliRun.real("", "validate", "--ndjson", "--format", format, "--report", "json", feed);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .satisfiesExactly(
            first -> assertThat(first).contains("\"record\":1,\"valid\":true"),
            second -> assertThat(second).contains("\"record\":2,\"valid\":false"),
            third -> assertThat(third).contains("\"record\":3,\"valid\":true"));
    assertThat(run.err()).startsWith("newsmodel: 3 records checked, 2 valid, 1 invalid (1 error, ");
  }

  @Test
  void nativeNdjsonLinesAreLinesOfTheFeed() {
    CliRun run =
        CliRun.real(
            FormatDocuments.NATIVE + "\n\n" + FormatDocuments.NATIVE_INVALID + "\n",
            "validate",
            "--ndjson",
            "-");

    assertThat(run.out())
        .isEqualTo(
            "-:3:78: /canonicalUrl: must be an absolute URL starting with"
                + " http:// or https://\n");
  }

  @Test
  void overLongNdjsonLineIsReportedInTheLanguageAsked() throws IOException {
    Path feed = dir.resolve("long.ndjson");
    try (var out = Files.newOutputStream(feed)) {
      out.write((FormatDocuments.NATIVE + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      out.write('{');
      for (int i = 0; i < 17; i++) {
        out.write(spaces);
      }
      out.write("}\n".getBytes(StandardCharsets.UTF_8));
      out.write((FormatDocuments.NATIVE + "\n").getBytes(StandardCharsets.UTF_8));
    }

    for (String format : new String[] {"native", "schemaorg"}) {
      CliRun run =
          CliRun.real(
              "",
              "validate",
              "--ndjson",
              "--lang",
              "ru",
              "--format",
              format,
              "--report",
              "json",
              feed.toString());

      assertThat(run.out().lines().toList()).as(format).hasSize(3);
      assertThat(run.out().lines().toList().get(1))
          .as(format)
          .contains(
              "\"record\":2",
              "\"code\":\"limit.document\"",
              "документ больше допустимых 16777216 байт",
              "\"line\":2");
    }
  }

  // ------------------------------------------------------------------ convert

  @Test
  void convertNativeToNinjsWrites31() {
    CliRun run =
        CliRun.real(FormatDocuments.NATIVE, "convert", "--from", "native", "--to", "ninjs");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("}\n").contains("\n  \"uri\" : \"kz-1\"", "\"firstCreated\"");
    ReadResult<Article> back = Ninjs.defaults().read(run.out(), NinjsVersion.V3_1);
    assertThat(back.isValid()).isTrue();
    assertThat(back.orElseThrow().headline()).isEqualTo(HEADLINE);
  }

  @Test
  void convertNinjsToNative() {
    CliRun from31 =
        CliRun.real(FormatDocuments.NINJS_31, "convert", "--from", "ninjs", "--to", "native", "-");
    CliRun from22 =
        CliRun.real(FormatDocuments.NINJS_22, "convert", "--from", "ninjs2", "--to", "native", "-");

    for (CliRun run : new CliRun[] {from31, from22}) {
      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      Article article = NewsJson.defaults().readArticle(run.out());
      assertThat(article.id()).isEqualTo("urn:newsmodel:kz-1");
      assertThat(article.headline()).isEqualTo(HEADLINE);
    }
  }

  @Test
  void convertNativeToSchemaOrgAndBack() throws IOException {
    CliRun jsonLd =
        CliRun.real(FormatDocuments.NATIVE, "convert", "--from", "native", "--to", "schemaorg");
    CliRun back =
        CliRun.real(
            "", "convert", "--from", "schemaorg", "--to", "native", file("a.jsonld", jsonLd.out()));

    assertThat(jsonLd.status()).isZero();
    assertThat(jsonLd.out())
        .isEqualTo(
            """
        {
          "@context" : "https://schema.org",
          "@type" : "NewsArticle",
          "identifier" : "kz-1",
          "headline" : "Казахстан и ДЗЯО",
          "datePublished" : "2023-11-28T19:00:00+06:00"
        }
        """);
    assertThat(back.status()).isZero();
    Article article = NewsJson.defaults().readArticle(back.out());
    assertThat(article.headline()).isEqualTo(HEADLINE);
    assertThat(article.firstPublished().text()).isEqualTo("2023-11-28T19:00:00+06:00");
  }

  @Test
  void convertSchemaOrgOfTheSeedArticleToNative() {
    String jsonLd = SchemaOrg.defaults().writeJsonLd(SeedArticleExample.article());

    CliRun run = CliRun.real(jsonLd, "convert", "--from", "schemaorg", "--to", "native", "-");

    assertThat(run.status()).isZero();
    Article article = NewsJson.defaults().readArticle(run.out());
    assertThat(article.headline()).isEqualTo(SeedArticleExample.HEADLINE);
    assertThat(article.keywords()).containsExactly("ДЗЯО", "ядерное разоружение", "МИД РК");
  }

  @Test
  void convertNinjs3ToNinjs2ReportsWhatWasDroppedAndStillSucceeds() {
    CliRun run =
        CliRun.real(
            FormatDocuments.NINJS_31_EVENT, "convert", "--from", "ninjs3", "--to", "ninjs2", "-");

    assertThat(run.status()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "-: /eventdetails: warning: not written: ninjs 2.2 cannot carry"
                + " it (property 'eventdetails' is not allowed here)\n");
    assertThat(run.out())
        .contains("\"version\" : \"2.2\"", "\"uri\" : \"urn:newsmodel:kz-1\"")
        .doesNotContain("eventdetails", "eventDetails");
    assertThat(Ninjs.defaults().read(run.out(), NinjsVersion.V2_2).isValid()).isTrue();
  }

  @Test
  void strictConvertThatWouldDropValuesExitsOneWithNothingOnStdout() {
    CliRun event =
        CliRun.real(
            FormatDocuments.NINJS_31_EVENT,
            "convert",
            "--strict",
            "--from",
            "ninjs3",
            "--to",
            "ninjs2",
            "-");
    String seed = NewsJson.defaults().write(SeedArticleExample.article());
    CliRun followLabel =
        CliRun.real(seed, "convert", "--strict", "--from", "native", "--to", "ninjs", "-");

    assertThat(event.status()).isEqualTo(1);
    assertThat(event.out()).isEmpty();
    assertThat(event.err())
        .isEqualTo(
            "-: /eventdetails: not written: ninjs 2.2 cannot carry it"
                + " (property 'eventdetails' is not allowed here)\n");
    assertThat(followLabel.status()).isEqualTo(1);
    assertThat(followLabel.out()).isEmpty();
    assertThat(followLabel.err())
        .contains(
            "-: /followLinks/0/label: a follow link label has no"
                + " place in ninjs and was not written\n");
  }

  @Test
  void convertOfInvalidNinjsOrSchemaOrgWritesProblemsToStderrOnly() {
    CliRun ninjs =
        CliRun.real(
            FormatDocuments.NINJS_31_INVALID, "convert", "--from", "ninjs", "--to", "native", "-");
    CliRun schemaOrg =
        CliRun.real(
            FormatDocuments.SCHEMA_ORG_INVALID,
            "convert",
            "--from",
            "schemaorg",
            "--to",
            "ninjs",
            "-");

    assertThat(ninjs.status()).isEqualTo(1);
    assertThat(ninjs.out()).isEmpty();
    assertThat(ninjs.err())
        .isEqualTo("-: /pubStatus: 'gone' is not one of [canceled, usable, withheld]\n");
    assertThat(schemaOrg.status()).isEqualTo(1);
    assertThat(schemaOrg.out()).isEmpty();
    assertThat(schemaOrg.err()).contains("-: /image/width: must be greater than 0\n");
  }

  // ------------------------------------------------------------------ hostile input, every format

  @ParameterizedTest
  @ValueSource(strings = {"ninjs", "ninjs2", "ninjs3", "schemaorg"})
  void hostileInputIsInvalidWithAReport(String format) throws IOException {
    byte[] nonUtf8 = {'{', '"', 'u', 'r', 'i', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    Path[] inputs = {
      Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000)),
      Files.writeString(
          dir.resolve("deep-objects.json"), "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)),
      Files.write(dir.resolve("non-utf8.json"), nonUtf8),
      Files.write(dir.resolve("empty.json"), new byte[0]),
      Files.write(dir.resolve("binary.bin"), binary)
    };

    for (Path input : inputs) {
      CliRun run =
          CliRun.real("", "validate", "--format", format, "--report", "json", input.toString());

      assertThat(run.status()).as(input.toString()).isEqualTo(1);
      assertThat(run.out())
          .as(input.toString())
          .startsWith("{\"file\":")
          .contains("\"valid\":false", "\"severity\":\"error\"");
      assertThat(run.err()).as(input.toString()).doesNotContain("\tat ");
    }
  }

  // ------------------------------------------------------------------ the IPTC examples

  @Test
  void officialNinjs31ExamplesValidateAndTheEventLosesItsDetailsIn22() {
    Path examples = FormatDocuments.conformanceNinjs().resolve("examples/userguide/3.1");

    CliRun complex =
        CliRun.real(
            "",
            "validate",
            "--format",
            "ninjs3",
            examples.resolve("005_complex_text_article.json").toString());
    CliRun event =
        CliRun.real(
            "",
            "convert",
            "--from",
            "ninjs",
            "--to",
            "ninjs2",
            examples.resolve("008_event.json").toString());

    assertThat(complex.status()).isZero();
    assertThat(complex.out()).isEmpty();
    assertThat(event.status()).isZero();
    assertThat(event.err())
        .contains(
            ": /eventdetails: warning: not written: ninjs 2.2",
            ": /type: warning: not written: ninjs 2.2");
    assertThat(event.out()).contains("\"version\" : \"2.2\"", "\"title\" : \"2023 NATO Summit");
  }
}
