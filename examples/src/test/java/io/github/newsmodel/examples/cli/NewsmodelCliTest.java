package io.github.newsmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI in-process over {@link FakeFormats}: every command, exit code and report form, exactly,
 * without depending on the JSON engine.
 */
class NewsmodelCliTest {

  private static final String WIDTH_TEXT =
      ":12:7: /associations/0/renditions/1/width: must be greater than 0\n";
  private static final String OFFSET_TEXT =
      ":3:21: /firstPublished: warning: date-time has no UTC offset\n";

  @TempDir Path dir;

  private final NewsmodelCli cli = new NewsmodelCli(new FakeFormats(), false, System::nanoTime);

  private String file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }

  @Test
  void validDocumentPrintsNothingAndExitsZero() throws IOException {
    String a = file("a.json", "valid");

    CliRun run = CliRun.of(cli, "", "validate", a);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("newsmodel: 1 document checked, 1 valid, 0 invalid (0 errors, 0 warnings)\n");
  }

  @Test
  void warningsAreShownButKeepTheDocumentValid() throws IOException {
    String a = file("a.json", "warn");

    CliRun run = CliRun.of(cli, "", "validate", a);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(a + OFFSET_TEXT);
  }

  @Test
  void invalidDocumentPrintsOneLinePerProblemAndExitsOne() throws IOException {
    String a = file("a.json", "invalid");
    String b = file("b.json", "valid");

    CliRun run = CliRun.of(cli, "", "validate", a, b);

    assertThat(run.status()).isEqualTo(NewsmodelCli.INVALID);
    assertThat(run.out()).isEqualTo(a + WIDTH_TEXT + a + OFFSET_TEXT);
    assertThat(run.err())
        .isEqualTo("newsmodel: 2 documents checked, 1 valid, 1 invalid (1 error, 1 warning)\n");
  }

  @Test
  void jsonReportHasOneObjectPerDocumentWithTheContractFields() throws IOException {
    String a = file("a.json", "invalid");
    String b = file("b.json", "valid");

    CliRun run = CliRun.of(cli, "", "validate", "--report", "json", a, b);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "{\"file\":"
                + JsonText.quote(a)
                + ",\"record\":null,\"valid\":false,\"problems\":["
                + "{\"pointer\":\"/associations/0/renditions/1/width\",\"code\":\"range\","
                + "\"severity\":\"error\",\"message\":\"must be greater than 0\",\"line\":12,\"column\":7},"
                + "{\"pointer\":\"/firstPublished\",\"code\":\"datetime.offset\",\"severity\":\"warning\","
                + "\"message\":\"date-time has no UTC offset\",\"line\":3,\"column\":21}]}\n"
                + "{\"file\":"
                + JsonText.quote(b)
                + ",\"record\":null,\"valid\":true,\"problems\":[]}\n");
  }

  @Test
  void stdinIsNamedDash() {
    CliRun text = CliRun.of(cli, "broken", "validate", "-");
    CliRun json = CliRun.of(cli, "broken", "validate", "--report=json", "-");

    assertThat(text.status()).isEqualTo(1);
    assertThat(text.out()).isEqualTo("-:1:3: <document>: unexpected end of input; expected '}'\n");
    assertThat(json.out())
        .isEqualTo(
            "{\"file\":\"-\",\"record\":null,\"valid\":false,\"problems\":["
                + "{\"pointer\":\"\",\"code\":\"json.syntax\",\"severity\":\"error\","
                + "\"message\":\"unexpected end of input; expected '}'\",\"line\":1,\"column\":3}]}\n");
  }

  @Test
  void documentWithoutArticleOrErrorIsInvalidWithAnExplanation() {
    CliRun run = CliRun.of(cli, "empty", "validate", "--report", "json", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"valid\":false", "\"code\":\"value.missing\"", "\"line\":null,\"column\":null");
  }

  @Test
  void documentLargerThanTheLimitIsInvalidWithoutBeingRead() throws IOException {
    String big = file("big.json", "x".repeat(FakeFormats.MAX_BYTES + 1));

    CliRun fromFile = CliRun.of(cli, "", "validate", big);
    CliRun fromStdin = CliRun.of(cli, "y".repeat(1000), "validate", "--lang", "ru", "-");

    assertThat(fromFile.status()).isEqualTo(1);
    assertThat(fromFile.out())
        .isEqualTo(
            big
                + ": <document>: the document is larger than the"
                + " allowed 64 bytes; it was not read further\n");
    assertThat(fromStdin.status()).isEqualTo(1);
    assertThat(fromStdin.out())
        .isEqualTo("-: <document>: документ больше допустимых 64 байт; дальше он не читался\n");
  }

  @Test
  void ndjsonReportsEveryRecordWithItsIndexAndFeedLines() throws IOException {
    String feed = file("feed.ndjson", "valid\n\ninvalid\r\nbroken\nwarn");

    CliRun json = CliRun.of(cli, "", "validate", "--ndjson", "--report", "json", feed);
    CliRun text = CliRun.of(cli, "", "validate", "--ndjson", feed);

    assertThat(json.status()).isEqualTo(1);
    assertThat(json.out().lines()).hasSize(4);
    assertThat(json.out().lines().toList().get(0))
        .isEqualTo(
            "{\"file\":" + JsonText.quote(feed) + ",\"record\":1,\"valid\":true,\"problems\":[]}");
    assertThat(json.out().lines().toList().get(1))
        .contains("\"record\":2,\"valid\":false", "\"line\":14,\"column\":7");
    assertThat(json.out().lines().toList().get(2))
        .contains("\"record\":3,\"valid\":false", "\"line\":4,\"column\":3");
    assertThat(json.out().lines().toList().get(3)).contains("\"record\":4,\"valid\":true");
    assertThat(text.out()).startsWith(feed + ":14:7: /associations/0/renditions/1/width: ");
    assertThat(json.err())
        .isEqualTo("newsmodel: 4 records checked, 2 valid, 2 invalid (2 errors, 2 warnings)\n");
  }

  @Test
  void ndjsonFromStdin() {
    CliRun run = CliRun.of(cli, "valid\nvalid\n", "validate", "--ndjson", "--report", "json", "-");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "{\"file\":\"-\",\"record\":1,\"valid\":true,\"problems\":[]}\n"
                + "{\"file\":\"-\",\"record\":2,\"valid\":true,\"problems\":[]}\n");
  }

  @Test
  void progressLineIsShownAtMostFourTimesASecondWhenInteractive() throws IOException {
    String feed = file("feed.ndjson", "valid\ninvalid\nvalid\nvalid\nvalid\nvalid\nvalid\n");
    AtomicLong clock = new AtomicLong();
    NewsmodelCli interactive =
        new NewsmodelCli(new FakeFormats(), true, () -> clock.getAndAdd(100_000_000L));

    CliRun run = CliRun.of(interactive, "", "validate", "--ndjson", feed);

    assertThat(run.err())
        .contains(
            "\rnewsmodel: 3 records, 10 records/s, 1 invalid",
            "\rnewsmodel: 6 records, 10 records/s, 1 invalid");
    assertThat(run.err().chars().filter(c -> c == '\r').count()).isEqualTo(4);
    assertThat(run.err())
        .endsWith("\rnewsmodel: 7 records checked, 6 valid, 1 invalid (1 error, 1 warning)\n");
  }

  @Test
  void noProgressLineWhenNotInteractive() throws IOException {
    String feed = file("feed.ndjson", "valid\n".repeat(10));
    AtomicLong clock = new AtomicLong();
    NewsmodelCli piped =
        new NewsmodelCli(new FakeFormats(), false, () -> clock.getAndAdd(1_000_000_000L));

    CliRun run = CliRun.of(piped, "", "validate", "--ndjson", feed);

    assertThat(run.err()).doesNotContain("\r");
  }

  @Test
  void fileThatCannotBeOpenedExitsTwoAfterCheckingTheOthers() throws IOException {
    String a = file("a.json", "invalid");
    String missing = dir.resolve("missing.json").toString();

    CliRun run = CliRun.of(cli, "", "validate", missing, a, dir.toString());

    assertThat(run.status()).isEqualTo(NewsmodelCli.USAGE);
    assertThat(run.out()).isEqualTo(a + WIDTH_TEXT + a + OFFSET_TEXT);
    assertThat(run.err())
        .contains(
            "newsmodel: cannot open '" + missing + "': no such file\n",
            "newsmodel: cannot open '" + dir + "': it is a directory\n",
            "; 2 files could not be read");
  }

  @Test
  void internalErrorIsOneLineWithoutStackTraceAndExitsThree() throws IOException {
    String a = file("a.json", "boom");

    CliRun run = CliRun.of(cli, "", "validate", a);

    assertThat(run.status()).isEqualTo(NewsmodelCli.INTERNAL);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith(
            "newsmodel: internal error (java.lang.IllegalStateException:"
                + " engine failure at somewhere); this is a bug, please report it");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ninjs", "ninjs2", "ninjs3", "schemaorg"})
  void formatsMissingFromTheBuildAreUsageErrors(String format) {
    CliRun run = CliRun.of(cli, "valid", "validate", "--format", format, "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("newsmodel: format '" + format + "' is not available in this build\nUsage:\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void convertWritesTheConvertedDocumentOnlyToStdout() throws IOException {
    String a = file("a.json", "warn");

    CliRun fromFile = CliRun.of(cli, "", "convert", "--from", "native", "--to", "native", a);
    CliRun fromStdin = CliRun.of(cli, "valid", "convert", "--from=native", "--to=native");

    assertThat(fromFile.status()).isZero();
    assertThat(fromFile.out())
        .isEqualTo(
            "converted: "
                + "Казахстан принял участие во Второй конференции государств-участников ДЗЯО\n");
    assertThat(fromFile.err()).isEqualTo(a + OFFSET_TEXT);
    assertThat(fromStdin.status()).isZero();
    assertThat(fromStdin.out()).startsWith("converted: ");
    assertThat(fromStdin.err()).isEmpty();
  }

  @Test
  void convertOfInvalidInputWritesProblemsToStderrAndNothingToStdout() {
    CliRun run = CliRun.of(cli, "invalid", "convert", "--from", "native", "--to", "native", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("-" + WIDTH_TEXT + "-" + OFFSET_TEXT);
  }

  @Test
  void convertOfAMissingFileOrToAnUnavailableFormat() {
    CliRun missing =
        CliRun.of(
            cli,
            "",
            "convert",
            "--from",
            "native",
            "--to",
            "native",
            dir.resolve("nope.json").toString());
    CliRun unavailable = CliRun.of(cli, "valid", "convert", "--from", "native", "--to", "ninjs");

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(unavailable.status()).isEqualTo(2);
    assertThat(unavailable.err()).startsWith("newsmodel: format 'ninjs' is not available");
    assertThat(unavailable.out()).isEmpty();
  }

  @Test
  void sharePrintsTheShareUrl() {
    CliRun run =
        CliRun.real(
            "",
            "share",
            "--platform",
            "telegram",
            "--url",
            "https://example.kz/a",
            "--text",
            "Сәлем");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "https://t.me/share/url?url=https%3A%2F%2Fexample.kz%2Fa&text=%D0%A1%D3%99%D0%BB%D0%B5%D0%BC\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "telegram",
        "whatsapp",
        "facebook",
        "x",
        "linkedin",
        "vk",
        "ok",
        "reddit",
        "viber",
        "email"
      })
  void shareKnowsEveryPlatform(String platform) {
    CliRun run = CliRun.real("", "share", "--platform", platform, "--url", "https://example.kz/a");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("example.kz").endsWith("\n");
  }

  @Test
  void shareRejectsUnknownPlatformsAndBadUrls() {
    CliRun platform = CliRun.real("", "share", "--platform", "myspace", "--url", "https://a.kz/");
    CliRun url = CliRun.real("", "share", "--platform", "vk", "--url", "ftp://a.kz/");

    assertThat(platform.status()).isEqualTo(2);
    assertThat(platform.err())
        .startsWith(
            "newsmodel: unknown platform 'myspace'; expected one of"
                + " telegram, whatsapp, facebook, x, linkedin, vk, ok, reddit, viber, email\n");
    assertThat(url.status()).isEqualTo(2);
    assertThat(url.err()).startsWith("newsmodel: --url is not an article URL: ");
  }

  @Test
  void helpGoesToStdoutAndExitsZero() {
    CliRun run = CliRun.real("", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(NewsmodelCli.usage());
    assertThat(run.out()).contains("newsmodel validate", "newsmodel convert", "newsmodel share");
    assertThat(run.err()).isEmpty();
    assertThat(CliRun.real("", "validate", "--help").out()).isEqualTo(NewsmodelCli.usage());
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.real("", "--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).matches("newsmodel \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "frobnicate",
        "--frobnicate",
        "validate --frobnicate a.json",
        "validate",
        "validate --report xml a.json",
        "validate --lang de a.json",
        "validate --format rss a.json",
        "convert --from native",
        "share --url https://a.kz/",
        "demo extra",
        "--version extra"
      })
  void usageErrorsPrintUsageOnStderrAndExitTwo(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");

    CliRun run = CliRun.real("", args);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("newsmodel: ").contains("\nUsage:\n");
  }
}
