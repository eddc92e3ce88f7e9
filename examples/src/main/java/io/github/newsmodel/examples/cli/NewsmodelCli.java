package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.examples.Demo;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code newsmodel} command: validates, converts and shares news articles.
 *
 * <pre>
 * java -jar newsmodel.jar validate [--format FORMAT] [--ndjson] [--strict] [--report text|json] [--lang en|ru|kk] FILE...
 * java -jar newsmodel.jar convert --from FORMAT --to FORMAT [--strict] [--lang en|ru|kk] [FILE|-]
 * java -jar newsmodel.jar share --platform NAME --url URL [--text TEXT]
 * java -jar newsmodel.jar demo
 * java -jar newsmodel.jar --help | --version
 * </pre>
 *
 * <p>Exit status: {@value #OK} when every document is valid or the command succeeded; {@value
 * #INVALID} when a document is invalid or unreadable (malformed, too large, a limit crossed);
 * {@value #USAGE} for a usage error or a file that cannot be opened; {@value #INTERNAL} for an
 * internal error, reported on one line of standard error without a stack trace.
 *
 * <p>Embedding and tests call {@link #run(String[], InputStream, PrintStream, PrintStream)}, which
 * returns the exit status instead of exiting.
 */
public final class NewsmodelCli {

  /** Exit status: every document valid, or the command succeeded. */
  public static final int OK = 0;

  /** Exit status: at least one document is invalid or unreadable. */
  public static final int INVALID = 1;

  /** Exit status: a usage error, or a file that cannot be opened. */
  public static final int USAGE = 2;

  /** Exit status: an internal error (a bug). */
  public static final int INTERNAL = 3;

  private static final String STDIN = "-";
  private static final String BUG_REPORT = "https://github.com/newsmodel/newsmodel/issues";

  /** Held so the level set in {@link #main} is not lost when the logger is garbage-collected. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

  private final Formats formats;
  private final boolean interactive;
  private final LongSupplier nanoTime;

  /**
   * Creates a CLI.
   *
   * @param formats chooses the codec of each format
   * @param interactive whether standard error is a terminal, which turns on the NDJSON progress
   *     line
   * @param nanoTime the clock of the progress line, like {@link System#nanoTime()}
   */
  public NewsmodelCli(Formats formats, boolean interactive, LongSupplier nanoTime) {
    this.formats = Objects.requireNonNull(formats, "formats must not be null");
    this.interactive = interactive;
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime must not be null");
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    HIBERNATE_LOG.setLevel(Level.WARNING); // no "HV000001: Hibernate Validator …" banner on stderr
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status =
        new NewsmodelCli(Formats.builtIn(), System.console() != null, System::nanoTime)
            .execute(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs a command line with the built-in formats and no progress line.
   *
   * @param args the arguments
   * @param in standard input, read by {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit status, {@value #OK} to {@value #INTERNAL}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return new NewsmodelCli(Formats.builtIn(), false, System::nanoTime).execute(args, in, out, err);
  }

  /**
   * Runs a command line. Never throws and never exits the JVM.
   *
   * @param args the arguments
   * @param in standard input, read by {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit status, {@value #OK} to {@value #INTERNAL}
   */
  public int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Arguments arguments = Arguments.parse(args);
      return switch (arguments.command()) {
        case HELP -> {
          out.print(usage());
          yield OK;
        }
        case VERSION -> {
          out.println("newsmodel " + Version.get());
          yield OK;
        }
        case VALIDATE -> validate(arguments, in, out, err);
        case CONVERT -> convert(arguments, in, out, err);
        case SHARE -> share(arguments, out);
        case DEMO -> {
          Demo.run(out);
          yield OK;
        }
      };
    } catch (UsageException e) {
      out.flush();
      err.println("newsmodel: " + e.getMessage());
      err.print(usage());
      return USAGE;
    } catch (Throwable e) { // NOPMD: the last line of defence; nothing may escape as a stack trace
      out.flush();
      err.println(
          "newsmodel: internal error ("
              + describe(e)
              + "); this is a bug, please report it"
              + " with the command line and input at "
              + BUG_REPORT);
      return INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Returns the usage text printed by {@code --help} and after a usage error.
   *
   * @return the usage, ending with a newline
   */
  public static String usage() {
    String platforms =
        SharePlatform.builtIns().stream().map(SharePlatform::id).collect(Collectors.joining(", "));
    return """
        Usage:
          newsmodel validate [--format FORMAT] [--ndjson] [--strict] [--report text|json] [--lang en|ru|kk] FILE...
          newsmodel convert --from FORMAT --to FORMAT [--strict] [--lang en|ru|kk] [FILE|-]
          newsmodel share --platform NAME --url URL [--text TEXT]
          newsmodel demo
          newsmodel --help | --version

        validate   checks documents and prints one line per problem (file:line:column: pointer: message),
                   or with --report json one JSON object per document; valid documents print nothing;
                   a summary goes to standard error. --ndjson reads one document per line.
        convert    writes the document, converted and pretty-printed, to standard output.
        share      prints the share URL of an article for a platform.
        demo       runs the examples walkthrough.

        FILE '-' is standard input. --strict reads strictly (native: unknown properties are errors;
        ninjs: the stricter checks are errors) and makes convert fail rather than drop values.
        convert lists values the target format cannot carry on standard error (ninjs.dropped).
        Formats:   native (default), ninjs (2.x or 3.x on read, 3.1 on write), ninjs2 (2.x, writes 2.2),
                   ninjs3 (3.x, writes 3.1), schemaorg (JSON-LD)
        Platforms: %s

        Exit status: 0 all valid or done; 1 a document invalid or unreadable;
                     2 usage error or a file that cannot be opened; 3 internal error.
        """
        .formatted(platforms);
  }

  // ------------------------------------------------------------------------------------ validate

  private int validate(Arguments arguments, InputStream stdin, PrintStream out, PrintStream err)
      throws UsageException {
    FormatCodec codec = formats.open(arguments.format(), arguments.readOptions());
    Reporter reporter = Reporter.of(arguments.report(), out);
    Locale locale = arguments.locale();
    Progress progress = new Progress(err, nanoTime, interactive && arguments.ndjson());
    Tally tally = new Tally();
    for (String file : arguments.files()) {
      try (InputStream input = open(file, stdin)) {
        if (arguments.ndjson()) {
          RecordReader records = codec.records(input, arguments.readOptions());
          FeedRecord record;
          while ((record = records.next()) != null) {
            boolean valid = report(reporter, file, record.index(), record.result(), locale, tally);
            progress.record(valid);
          }
        } else {
          report(
              reporter,
              file,
              null,
              readDocument(codec, input, isFile(file) ? Path.of(file) : null, locale),
              locale,
              tally);
        }
      } catch (CannotOpen e) {
        out.flush();
        err.println("newsmodel: " + e.getMessage());
        tally.unopenable++;
      } catch (IOException e) {
        out.flush();
        err.println("newsmodel: cannot read " + displayName(file) + ": " + reason(e));
        tally.unopenable++;
      }
    }
    progress.finish();
    out.flush();
    err.println(tally.summary(arguments.ndjson()));
    if (tally.unopenable > 0) {
      return USAGE;
    }
    return tally.invalid > 0 ? INVALID : OK;
  }

  private static boolean report(
      Reporter reporter,
      String file,
      @Nullable Long record,
      ReadResult<Article> result,
      Locale locale,
      Tally tally) {
    boolean valid = result.isValid();
    List<JsonProblem> problems = result.problems();
    if (!valid && problems.stream().noneMatch(JsonProblem::isError)) {
      problems = new ArrayList<>(problems);
      problems.add(CliProblems.noArticle(locale));
    }
    reporter.document(file, record, valid, problems);
    tally.count(valid, problems);
    return valid;
  }

  /** Reads one whole document, at most the codec's size limit. */
  private static ReadResult<Article> readDocument(
      FormatCodec codec, InputStream input, @Nullable Path file, Locale locale) throws IOException {
    long max = codec.maxDocumentBytes();
    if (file != null && Files.size(file) > max) {
      return ReadResult.failed(List.of(CliProblems.tooLarge(max, locale)));
    }
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16L);
    byte[] bytes = input.readNBytes(cap + 1);
    if (bytes.length > cap) {
      return ReadResult.failed(List.of(CliProblems.tooLarge(max, locale)));
    }
    return codec.read(bytes);
  }

  /** Counts documents and problems for the summary line. */
  private static final class Tally {
    long documents;
    long invalid;
    long errors;
    long warnings;
    long unopenable;

    void count(boolean valid, List<JsonProblem> problems) {
      documents++;
      if (!valid) {
        invalid++;
      }
      for (JsonProblem problem : problems) {
        if (problem.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }

    String summary(boolean records) {
      String noun = records ? "record" : "document";
      StringBuilder text =
          new StringBuilder("newsmodel: ")
              .append(plural(documents, noun))
              .append(" checked, ")
              .append(documents - invalid)
              .append(" valid, ")
              .append(invalid)
              .append(" invalid (")
              .append(plural(errors, "error"))
              .append(", ")
              .append(plural(warnings, "warning"))
              .append(')');
      if (unopenable > 0) {
        text.append("; ").append(plural(unopenable, "file")).append(" could not be read");
      }
      return text.toString();
    }

    private static String plural(long count, String noun) {
      return count + " " + noun + (count == 1 ? "" : "s");
    }
  }

  // ------------------------------------------------------------------------------------ convert

  private int convert(Arguments arguments, InputStream stdin, PrintStream out, PrintStream err)
      throws UsageException {
    String from = Objects.requireNonNull(arguments.from());
    String to = Objects.requireNonNull(arguments.to());
    FormatCodec source = formats.open(from, arguments.readOptions());
    FormatCodec target = formats.open(to, arguments.readOptions());
    String file = arguments.input();
    ReadResult<Article> result;
    try (InputStream input = open(file, stdin)) {
      result = readDocument(source, input, isFile(file) ? Path.of(file) : null, arguments.locale());
    } catch (CannotOpen e) {
      err.println("newsmodel: " + e.getMessage());
      return USAGE;
    } catch (IOException e) {
      err.println("newsmodel: cannot read " + displayName(file) + ": " + reason(e));
      return USAGE;
    }
    Reporter problems = new Reporter.Text(err);
    if (!result.isValid()) {
      List<JsonProblem> list = new ArrayList<>(result.problems());
      if (list.stream().noneMatch(JsonProblem::isError)) {
        list.add(CliProblems.noArticle(arguments.locale()));
      }
      problems.document(file, null, false, list);
      return INVALID;
    }
    Written written = target.write(result.value().orElseThrow());
    List<JsonProblem> reported = new ArrayList<>(result.problems());
    reported.addAll(written.dropped());
    byte[] converted = written.document();
    problems.document(file, null, converted != null, reported);
    if (converted == null) {
      return INVALID;
    }
    out.write(converted, 0, converted.length);
    if (converted.length == 0 || converted[converted.length - 1] != '\n') {
      out.write('\n');
    }
    return OK;
  }

  // ------------------------------------------------------------------------------------ share

  private static int share(Arguments arguments, PrintStream out) throws UsageException {
    String id = Objects.requireNonNull(arguments.platform());
    SharePlatform platform =
        SharePlatform.byId(id)
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown platform '"
                            + id
                            + "'; expected one of "
                            + SharePlatform.builtIns().stream()
                                .map(SharePlatform::id)
                                .collect(Collectors.joining(", "))));
    ShareLink link;
    try {
      link = ShareLink.of(platform, Objects.requireNonNull(arguments.url()), arguments.text());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--url is not an article URL: " + e.getMessage());
    }
    out.println(link.url());
    return OK;
  }

  // ------------------------------------------------------------------------------------ files

  /** A file that cannot be opened; the message names it and says why. */
  private static final class CannotOpen extends IOException {
    private static final long serialVersionUID = 1L;

    CannotOpen(String message) {
      super(message);
    }
  }

  private static boolean isFile(String name) {
    return !name.equals(STDIN);
  }

  private static InputStream open(String file, InputStream stdin) throws CannotOpen {
    if (file.equals(STDIN)) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new CannotOpen("cannot open " + displayName(file) + ": not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw new CannotOpen("cannot open " + displayName(file) + ": it is a directory");
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new CannotOpen("cannot open " + displayName(file) + ": " + reason(e));
    }
  }

  private static String displayName(String file) {
    return file.equals(STDIN) ? "standard input" : "'" + file + "'";
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : oneLine(message);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String text =
        message == null ? e.getClass().getName() : e.getClass().getName() + ": " + message;
    text = oneLine(text);
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }
}
