package io.github.newsmodel.examples.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line of {@code newsmodel}.
 *
 * <p>Options take their value as the next argument or after {@code =} ({@code --format ninjs},
 * {@code --format=ninjs}); they may appear before or after file names; {@code --} ends the options;
 * {@code -} is a file name meaning standard input. An option given twice, an option another command
 * owns, or a missing value is a {@link UsageException}.
 *
 * <pre>{@code
 * Arguments args = Arguments.parse("validate", "--report", "json", "a.json", "-");
 * args.command();   // VALIDATE
 * args.files();     // [a.json, -]
 * }</pre>
 */
public final class Arguments {

  /** What the command line asks for. */
  public enum Command {
    /** Check documents and report their problems. */
    VALIDATE,
    /** Read a document in one format and write it in another. */
    CONVERT,
    /** Print the share URL of an article for a platform. */
    SHARE,
    /** Run the examples walkthrough. */
    DEMO,
    /** Print the usage. */
    HELP,
    /** Print the version. */
    VERSION
  }

  /** How {@code validate} reports problems. */
  public enum Report {
    /** One problem per line: {@code file:line:column: pointer: message}. */
    TEXT,
    /** One JSON object per document per line. */
    JSON
  }

  /** The languages of problem messages. */
  public static final List<String> LANGUAGES = List.of("en", "ru", "kk");

  private static final String STDIN = "-";

  private final Command command;
  private String format = "native";
  private boolean ndjson;
  private boolean strict;
  private Report report = Report.TEXT;
  private Locale locale = Locale.ENGLISH;
  private final List<String> files = new ArrayList<>();
  private @Nullable String from;
  private @Nullable String to;
  private @Nullable String platform;
  private @Nullable String url;
  private @Nullable String text;

  private Arguments(Command command) {
    this.command = command;
  }

  /**
   * Parses a command line.
   *
   * @param args the arguments after {@code java -jar newsmodel.jar}
   * @return the parsed arguments
   * @throws UsageException if the command line is not valid
   */
  public static Arguments parse(String... args) throws UsageException {
    Objects.requireNonNull(args, "args must not be null");
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    String first = args[0];
    Command command =
        switch (first) {
          case "validate" -> Command.VALIDATE;
          case "convert" -> Command.CONVERT;
          case "share" -> Command.SHARE;
          case "demo" -> Command.DEMO;
          case "--help", "-h" -> Command.HELP;
          case "--version" -> Command.VERSION;
          default ->
              throw new UsageException(
                  first.startsWith("-")
                      ? "unknown option '" + first + "'"
                      : "unknown command '"
                          + first
                          + "'; expected validate, convert, share or demo");
        };
    Arguments parsed = new Arguments(command);
    if (command == Command.HELP || command == Command.VERSION) {
      if (args.length > 1) {
        throw new UsageException("'" + first + "' takes no arguments, but got '" + args[1] + "'");
      }
      return parsed;
    }
    return parsed.parseRest(args);
  }

  private Arguments parseRest(String[] args) throws UsageException {
    Set<String> seen = new HashSet<>();
    boolean optionsEnded = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || arg.equals(STDIN) || !arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        return new Arguments(Command.HELP);
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String inline = equals < 0 ? null : arg.substring(equals + 1);
      if (!allowed(name)) {
        throw new UsageException(
            isKnownOption(name)
                ? "option " + name + " does not apply to '" + commandName() + "'"
                : "unknown option '" + name + "' for '" + commandName() + "'");
      }
      if (!seen.add(name)) {
        throw new UsageException("option " + name + " is given more than once");
      }
      if (name.equals("--ndjson") || name.equals("--strict")) {
        if (inline != null) {
          throw new UsageException("option " + name + " takes no value, but got '" + inline + "'");
        }
        if (name.equals("--ndjson")) {
          ndjson = true;
        } else {
          strict = true;
        }
        continue;
      }
      String value;
      if (inline != null) {
        value = inline;
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException("option " + name + " needs a value");
      }
      setValue(name, value);
    }
    checkComplete();
    return this;
  }

  private boolean allowed(String option) {
    return switch (command) {
      case VALIDATE ->
          Set.of("--format", "--ndjson", "--strict", "--report", "--lang").contains(option);
      case CONVERT -> Set.of("--from", "--to", "--strict", "--lang").contains(option);
      case SHARE -> Set.of("--platform", "--url", "--text").contains(option);
      default -> false;
    };
  }

  private static boolean isKnownOption(String option) {
    return Set.of(
            "--format",
            "--ndjson",
            "--strict",
            "--report",
            "--lang",
            "--from",
            "--to",
            "--platform",
            "--url",
            "--text")
        .contains(option);
  }

  private void setValue(String name, String value) throws UsageException {
    switch (name) {
      case "--format" -> format = formatName(value);
      case "--from" -> from = formatName(value);
      case "--to" -> to = formatName(value);
      case "--report" ->
          report =
              switch (value) {
                case "text" -> Report.TEXT;
                case "json" -> Report.JSON;
                default ->
                    throw new UsageException(
                        "unknown report form '" + value + "'; expected text or json");
              };
      case "--lang" -> {
        if (!LANGUAGES.contains(value)) {
          throw new UsageException("unknown language '" + value + "'; expected en, ru or kk");
        }
        locale = Locale.forLanguageTag(value);
      }
      case "--platform" -> platform = value;
      case "--url" -> url = value;
      case "--text" -> text = value;
      default -> throw new IllegalStateException("option " + name + " has no handler");
    }
  }

  private static String formatName(String value) throws UsageException {
    if (!Formats.NAMES.contains(value)) {
      throw Formats.unknown(value);
    }
    return value;
  }

  private void checkComplete() throws UsageException {
    switch (command) {
      case VALIDATE -> {
        if (files.isEmpty()) {
          throw new UsageException("'validate' needs at least one FILE ('-' reads standard input)");
        }
        if (files.stream().filter(STDIN::equals).count() > 1) {
          throw new UsageException("standard input ('-') can be read only once");
        }
      }
      case CONVERT -> {
        if (from == null || to == null) {
          throw new UsageException("'convert' needs --from FORMAT and --to FORMAT");
        }
        if (files.size() > 1) {
          throw new UsageException("'convert' reads one FILE (or '-'), but got " + files.size());
        }
      }
      case SHARE -> {
        if (platform == null || url == null) {
          throw new UsageException("'share' needs --platform NAME and --url URL");
        }
        noFiles();
      }
      case DEMO -> noFiles();
      default -> {}
    }
  }

  private void noFiles() throws UsageException {
    if (!files.isEmpty()) {
      throw new UsageException(
          "'" + commandName() + "' takes no FILE, but got '" + files.get(0) + "'");
    }
  }

  private String commandName() {
    return command.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the command.
   *
   * @return the command
   */
  public Command command() {
    return command;
  }

  /**
   * Returns the format {@code validate} reads; {@code native} unless {@code --format} is given.
   *
   * @return the format name
   */
  public String format() {
    return format;
  }

  /**
   * Returns whether each line of a file is one document ({@code --ndjson}).
   *
   * @return true for NDJSON input
   */
  public boolean ndjson() {
    return ndjson;
  }

  /**
   * Returns whether to read and write strictly ({@code --strict}); each format uses its library's
   * strict mode.
   *
   * @return true for strict reading
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Returns the report form of {@code validate}; text unless {@code --report json} is given.
   *
   * @return the report form
   */
  public Report report() {
    return report;
  }

  /**
   * Returns the language of problem messages; English unless {@code --lang} is given.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the file names in the order given; {@code -} is standard input.
   *
   * @return the file names, unmodifiable
   */
  public List<String> files() {
    return List.copyOf(files);
  }

  /**
   * Returns the input of {@code convert}: its FILE, or {@code -} when none is given.
   *
   * @return the file name
   */
  public String input() {
    return files.isEmpty() ? STDIN : files.get(0);
  }

  /**
   * Returns the source format of {@code convert}.
   *
   * @return the format name, or null for other commands
   */
  public @Nullable String from() {
    return from;
  }

  /**
   * Returns the target format of {@code convert}.
   *
   * @return the format name, or null for other commands
   */
  public @Nullable String to() {
    return to;
  }

  /**
   * Returns the platform id of {@code share}.
   *
   * @return the platform id, or null for other commands
   */
  public @Nullable String platform() {
    return platform;
  }

  /**
   * Returns the article URL of {@code share}.
   *
   * @return the URL, or null for other commands
   */
  public @Nullable String url() {
    return url;
  }

  /**
   * Returns the text of {@code share}.
   *
   * @return the text, or null when not given
   */
  public @Nullable String text() {
    return text;
  }

  /**
   * Returns the options for reading documents.
   *
   * @return strictness and message language
   */
  public ReadOptions readOptions() {
    return new ReadOptions(strict, locale);
  }
}
