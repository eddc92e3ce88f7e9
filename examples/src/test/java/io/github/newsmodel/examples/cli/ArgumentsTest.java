package io.github.newsmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void validateDefaults() throws UsageException {
    Arguments args = Arguments.parse("validate", "a.json");

    assertThat(args.command()).isEqualTo(Arguments.Command.VALIDATE);
    assertThat(args.format()).isEqualTo("native");
    assertThat(args.ndjson()).isFalse();
    assertThat(args.strict()).isFalse();
    assertThat(args.report()).isEqualTo(Arguments.Report.TEXT);
    assertThat(args.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(args.files()).containsExactly("a.json");
  }

  @Test
  void validateWithEveryOptionInBothSpellingsAndFilesAnywhere() throws UsageException {
    Arguments args =
        Arguments.parse(
            "validate",
            "a.json",
            "--format=ninjs3",
            "--ndjson",
            "--strict",
            "-",
            "--report",
            "json",
            "--lang=kk",
            "--",
            "--odd-name.json");

    assertThat(args.format()).isEqualTo("ninjs3");
    assertThat(args.ndjson()).isTrue();
    assertThat(args.strict()).isTrue();
    assertThat(args.report()).isEqualTo(Arguments.Report.JSON);
    assertThat(args.locale()).isEqualTo(Locale.forLanguageTag("kk"));
    assertThat(args.readOptions()).isEqualTo(new ReadOptions(true, Locale.forLanguageTag("kk")));
    assertThat(args.files()).containsExactly("a.json", "-", "--odd-name.json");
  }

  @Test
  void convertReadsStdinWithoutFile() throws UsageException {
    Arguments args = Arguments.parse("convert", "--from", "ninjs", "--to", "schemaorg");

    assertThat(args.command()).isEqualTo(Arguments.Command.CONVERT);
    assertThat(args.from()).isEqualTo("ninjs");
    assertThat(args.to()).isEqualTo("schemaorg");
    assertThat(args.input()).isEqualTo("-");
  }

  @Test
  void shareAndSimpleCommands() throws UsageException {
    Arguments share =
        Arguments.parse(
            "share",
            "--platform",
            "vk",
            "--url",
            "https://a.kz/",
            "--text",
            "--dashes are fine in values");

    assertThat(share.platform()).isEqualTo("vk");
    assertThat(share.url()).isEqualTo("https://a.kz/");
    assertThat(share.text()).isEqualTo("--dashes are fine in values");
    assertThat(Arguments.parse("demo").command()).isEqualTo(Arguments.Command.DEMO);
    assertThat(Arguments.parse("-h").command()).isEqualTo(Arguments.Command.HELP);
    assertThat(Arguments.parse("--version").command()).isEqualTo(Arguments.Command.VERSION);
    assertThat(Arguments.parse("share", "--help").command()).isEqualTo(Arguments.Command.HELP);
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    assertThatThrownBy(() -> Arguments.parse()).hasMessage("no command given");
    assertThatThrownBy(() -> Arguments.parse("validate", "--format"))
        .hasMessage("option --format needs a value");
    assertThatThrownBy(() -> Arguments.parse("validate", "--strict=yes", "a"))
        .hasMessage("option --strict takes no value, but got 'yes'");
    assertThatThrownBy(() -> Arguments.parse("validate", "--lang", "en", "--lang", "ru", "a"))
        .hasMessage("option --lang is given more than once");
    assertThatThrownBy(() -> Arguments.parse("validate", "--from", "native", "a"))
        .hasMessage("option --from does not apply to 'validate'");
    assertThatThrownBy(() -> Arguments.parse("validate", "-", "-"))
        .hasMessage("standard input ('-') can be read only once");
    assertThatThrownBy(
            () -> Arguments.parse("convert", "--from", "native", "--to", "native", "a", "b"))
        .hasMessage("'convert' reads one FILE (or '-'), but got 2");
    assertThatThrownBy(() -> Arguments.parse("validate", "--format", "rss", "a"))
        .hasMessage(
            "unknown format 'rss'; expected one of native, ninjs, ninjs2, ninjs3, schemaorg");
    assertThatThrownBy(() -> Arguments.parse("share", "--platform", "vk", "--url", "u", "file"))
        .hasMessage("'share' takes no FILE, but got 'file'");
  }
}
