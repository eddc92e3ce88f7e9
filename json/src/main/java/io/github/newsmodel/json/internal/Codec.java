package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.NewsJsonIoException;
import io.github.newsmodel.json.NewsJsonLimitException;
import io.github.newsmodel.json.NewsJsonSyntaxException;
import io.github.newsmodel.json.NewsJsonValidationException;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * The engine behind {@code NewsJson}, the Jackson module and the streaming readers: reads and
 * validates, and writes, the native format. Immutable and thread-safe.
 */
public final class Codec {

  private final ReadMode mode;
  private final JsonLimits limits;
  private final NewsValidator validator;
  private final Locale locale;
  private final JsonFactory factory;
  private final DocumentWriter writer;
  private final boolean prettyPrint;
  private final boolean feed;

  /**
   * Creates an engine.
   *
   * @param mode how unknown properties are treated
   * @param limits the limits
   * @param prettyPrint whether output is indented
   * @param validator the validator
   * @param locale the language of messages
   */
  public Codec(
      ReadMode mode,
      JsonLimits limits,
      boolean prettyPrint,
      NewsValidator validator,
      Locale locale) {
    this(mode, limits, prettyPrint, validator, locale, false);
  }

  private Codec(
      ReadMode mode,
      JsonLimits limits,
      boolean prettyPrint,
      NewsValidator validator,
      Locale locale,
      boolean feed) {
    this.mode = mode;
    this.prettyPrint = prettyPrint;
    this.feed = feed;
    this.limits = limits;
    this.validator = validator;
    this.locale = locale;
    this.factory = Limits.factory(limits, feed);
    this.writer = new DocumentWriter(factory, prettyPrint);
  }

  /**
   * Creates the engine for a facade's settings.
   *
   * @param json the facade
   * @return the engine
   */
  public static Codec of(NewsJson json) {
    return new Codec(
        json.mode(), json.limits(), json.prettyPrint(), json.validator(), json.locale());
  }

  /**
   * Returns an engine for feeds of many documents: compact output, and no limit on the length of
   * the whole input (each record is still bounded by the other limits).
   *
   * @return the engine
   */
  public Codec forFeeds() {
    return feed && !prettyPrint ? this : new Codec(mode, limits, false, validator, locale, true);
  }

  /**
   * Returns the Jackson factory carrying the limits, to open parsers and generators.
   *
   * @return the factory
   */
  public JsonFactory factory() {
    return factory;
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading whole documents

  /**
   * Reads and validates an article document.
   *
   * @param input the document
   * @return the result
   */
  public ReadResult<Article> readArticle(Input input) {
    return readDocument(input, ArticleDecoder::article, true);
  }

  /**
   * Reads an article document without Bean Validation: syntax, types, required structure and limits
   * only.
   *
   * @param input the document
   * @return the result
   */
  public ReadResult<Article> readArticleStructure(Input input) {
    return readDocument(input, ArticleDecoder::article, false);
  }

  /**
   * Reads and validates a media document.
   *
   * @param input the document
   * @return the result
   */
  public ReadResult<Media> readMedia(Input input) {
    return readDocument(input, MediaDecoder::media, true);
  }

  /**
   * Reads and validates a share link document.
   *
   * @param input the document
   * @return the result
   */
  public ReadResult<ShareLink> readShareLink(Input input) {
    return readDocument(input, LinkDecoder::shareLink, true);
  }

  private <T> ReadResult<T> readDocument(
      Input input, Function<ReadState, @Nullable T> root, boolean validate) {
    try (JsonParser parser = input.open(factory)) {
      JsonToken first;
      try {
        first = parser.nextToken();
      } catch (JacksonIOException e) {
        return ReadResult.failed(List.of(fromJackson(contentOrThrow(e), "")));
      } catch (JacksonException e) {
        return ReadResult.failed(List.of(fromJackson(e, "")));
      }
      if (first == null) {
        return ReadResult.failed(
            List.of(
                JsonProblem.error(
                        "", "json.syntax", "the document is empty; expected a JSON object")
                    .at(1, 1)));
      }
      Outcome<T> outcome = read(parser, root, validate);
      if (!outcome.complete()) {
        return outcome.result();
      }
      return trailing(parser, outcome.result());
    } catch (JacksonIOException e) {
      return ReadResult.failed(List.of(fromJackson(contentOrThrow(e), "")));
    } catch (JacksonException e) {
      return ReadResult.failed(List.of(fromJackson(e, "")));
    }
  }

  private <T> ReadResult<T> trailing(JsonParser parser, ReadResult<T> result) {
    JsonProblem extra;
    try {
      JsonToken next = parser.nextToken();
      if (next == null) {
        return result;
      }
      TokenStreamLocation at = parser.currentTokenLocation();
      extra =
          new JsonProblem(
              "",
              "json.syntax",
              Severity.ERROR,
              "unexpected "
                  + ReadState.describe(next)
                  + " after the end of the document; expected "
                  + "one JSON value",
              ReadState.lineOf(at),
              ReadState.columnOf(at));
    } catch (JacksonIOException e) {
      extra = fromJackson(contentOrThrow(e), "");
    } catch (JacksonException e) {
      extra = fromJackson(e, "");
    }
    List<JsonProblem> problems = new ArrayList<>(result.problems());
    problems.add(extra);
    return ReadResult.failed(problems);
  }

  // ---------------------------------------------------------------- reading one value

  /**
   * Reads and validates one article from a parser on its first token; never throws for bad content.
   *
   * @param parser the parser, on the article's first token
   * @return the outcome
   * @throws NewsJsonIoException if the underlying input fails
   */
  public Outcome<Article> readArticle(JsonParser parser) {
    return read(parser, ArticleDecoder::article, true);
  }

  /**
   * Reads one media object from a parser on its first token, without Bean Validation.
   *
   * @param parser the parser
   * @return the outcome
   */
  public Outcome<Media> readMediaStructure(JsonParser parser) {
    return read(parser, MediaDecoder::media, false);
  }

  /**
   * Reads one article from a parser on its first token, without Bean Validation.
   *
   * @param parser the parser
   * @return the outcome
   */
  public Outcome<Article> readArticleStructure(JsonParser parser) {
    return read(parser, ArticleDecoder::article, false);
  }

  /**
   * Reads one value of any supported model type from a parser on its first token, without Bean
   * Validation.
   *
   * @param parser the parser
   * @param type the model type: Article, Media, Rendition, ShareLink, FollowLink, Party, Entity,
   *     Source, Block, Inline
   * @return the outcome
   * @throws IllegalArgumentException for any other type
   */
  public Outcome<?> readStructure(JsonParser parser, Class<?> type) {
    return read(parser, Roots.of(type), false);
  }

  private <T> Outcome<T> read(
      JsonParser parser, Function<ReadState, @Nullable T> root, boolean validate) {
    ReadState state;
    try {
      state = new ReadState(parser, mode, limits);
    } catch (JacksonException e) {
      return new Outcome<>(ReadResult.failed(List.of(fromJackson(e, ""))), false, true);
    }
    try {
      return read(state, root, validate);
    } finally {
      state.release();
    }
  }

  private <T> Outcome<T> read(
      ReadState state, Function<ReadState, @Nullable T> root, boolean validate) {
    T value;
    try {
      value = root.apply(state);
    } catch (ReadStop stop) {
      return new Outcome<>(ReadResult.failed(state.problems()), false, false);
    } catch (JacksonIOException e) {
      return new Outcome<>(
          failedWith(state, fromJackson(contentOrThrow(e), state.pointer())), false, true);
    } catch (StreamConstraintsException e) {
      return new Outcome<>(failedWith(state, fromJackson(e, state.pointer())), false, true);
    } catch (JacksonException e) {
      return new Outcome<>(failedWith(state, fromJackson(e, state.pointer())), false, true);
    }
    if (value == null) {
      return new Outcome<>(ReadResult.failed(state.problems()), true, false);
    }
    if (state.isBroken()) {
      boolean salvage = validate && !state.droppedElements();
      List<JsonProblem> problems = salvage ? validatedDraft(state, value) : state.problems();
      return new Outcome<>(ReadResult.failed(problems), true, false);
    }
    if (!validate) {
      return new Outcome<>(ReadResult.of(value, state.problems()), true, false);
    }
    return new Outcome<>(ReadResult.of(value, validated(state, value)), true, false);
  }

  private static <T> ReadResult<T> failedWith(ReadState state, JsonProblem problem) {
    List<JsonProblem> problems = new ArrayList<>(state.problems());
    problems.add(problem);
    return ReadResult.failed(problems);
  }

  /**
   * Validates a draft built from a document with structural problems, so that its other faults are
   * reported too; problems at a pointer the parser already reported (the draft's placeholders) are
   * left out.
   */
  private List<JsonProblem> validatedDraft(ReadState state, Object draft) {
    Set<String> reported = new HashSet<>();
    for (JsonProblem problem : state.problems()) {
      reported.add(problem.pointer());
    }
    List<JsonProblem> problems = new ArrayList<>(state.problems());
    for (JsonProblem problem : validated(state, draft)) {
      if (!reported.contains(problem.pointer())) {
        problems.add(problem);
      }
    }
    return problems;
  }

  private List<JsonProblem> validated(ReadState state, Object value) {
    List<Problem> found = validator.validate(value, locale).problems();
    if (found.isEmpty()) {
      return state.problems();
    }
    List<JsonProblem> problems = new ArrayList<>(state.problems());
    LocationLog log = state.log();
    for (Problem problem : found) {
      if (problems.size() >= limits.maxProblems()) {
        problems.add(
            JsonProblem.error(
                "",
                "limit.problems",
                "more than "
                    + limits.maxProblems()
                    + " problems; the rest are not reported (limit maxProblems)"));
        break;
      }
      String pointer = JsonPointers.fromPropertyPath(problem.path());
      int node = log.find(pointer);
      problems.add(
          new JsonProblem(
              pointer,
              problem.code(),
              problem.severity(),
              problem.message(),
              log.line(node),
              log.column(node)));
    }
    return problems;
  }

  /** Turns a Jackson read error into a problem: {@code limit.*} or {@code json.syntax}. */
  JsonProblem fromJackson(JacksonException e, String pointer) {
    return JacksonProblems.of(e, pointer);
  }

  /**
   * Returns an I/O exception that is really about the content, such as bytes that are not valid
   * text in the encoding Jackson detected (a document starting with NUL bytes is taken for UTF-32),
   * so that it is reported as {@code json.syntax}; throws {@link NewsJsonIoException} for a failure
   * of the input itself.
   */
  static JacksonIOException contentOrThrow(JacksonIOException e) {
    IOException cause = e.getCause();
    if (cause instanceof CharConversionException || isEncodingDetection(cause)) {
      return e;
    }
    throw io(e);
  }

  /** Jackson reports an impossible UCS-4 byte order as a plain IOException from its detection. */
  private static boolean isEncodingDetection(@Nullable IOException cause) {
    StackTraceElement[] frames = cause == null ? new StackTraceElement[0] : cause.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().endsWith(".ByteSourceJsonBootstrapper");
  }

  static NewsJsonIoException io(JacksonIOException e) {
    IOException cause = e.getCause();
    return new NewsJsonIoException(
        "reading or writing JSON failed", cause == null ? new IOException(e.getMessage()) : cause);
  }

  /**
   * Returns the value of a valid result, or throws the exception matching its first error: syntax,
   * limit, or validation.
   *
   * @param result the result
   * @param <T> the type read
   * @return the value
   * @throws NewsJsonSyntaxException for a {@code json.syntax} error
   * @throws NewsJsonLimitException for a {@code limit.*} error
   * @throws NewsJsonValidationException for any other error
   */
  public <T> T orThrow(ReadResult<T> result) {
    if (result.isValid()) {
      return result.orElseThrow();
    }
    for (JsonProblem problem : result.errors()) {
      if (problem.code().equals("json.syntax")) {
        throw new NewsJsonSyntaxException(
            problem.message(), problem.pointer(), problem.line(), problem.column(), null);
      }
      if (problem.code().startsWith("limit.")) {
        throw new NewsJsonLimitException(
            problem.code().substring("limit.".length()),
            problem.message(),
            problem.pointer(),
            problem.line(),
            problem.column(),
            null);
      }
    }
    throw new NewsJsonValidationException(result.problems());
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes an article.
   *
   * @param article the article
   * @return the text
   */
  public String writeArticle(Article article) {
    return writer.text(g -> ArticleEncoder.article(g, article));
  }

  /**
   * Writes an article as UTF-8.
   *
   * @param article the article
   * @return the bytes
   */
  public byte[] writeArticleBytes(Article article) {
    return writer.bytes(g -> ArticleEncoder.article(g, article));
  }

  /**
   * Writes an article to a stream, flushed, not closed.
   *
   * @param article the article
   * @param out the stream
   */
  public void writeArticle(Article article, OutputStream out) {
    writer.to(out, g -> ArticleEncoder.article(g, article));
  }

  /**
   * Writes an article to a writer, flushed, not closed.
   *
   * @param article the article
   * @param out the writer
   */
  public void writeArticle(Article article, Writer out) {
    writer.to(out, g -> ArticleEncoder.article(g, article));
  }

  /**
   * Writes an article to a file.
   *
   * @param article the article
   * @param file the file
   */
  public void writeArticle(Article article, Path file) {
    writer.to(file, g -> ArticleEncoder.article(g, article));
  }

  /**
   * Writes a media object.
   *
   * @param media the media
   * @return the text
   */
  public String writeMedia(Media media) {
    return writer.text(g -> MediaEncoder.media(g, media));
  }

  /**
   * Writes a share link.
   *
   * @param shareLink the share link
   * @return the text
   */
  public String writeShareLink(ShareLink shareLink) {
    return writer.text(g -> LinkEncoder.shareLink(g, shareLink));
  }

  /**
   * Writes any supported model value to a generator (for the Jackson module and stream writers).
   *
   * @param generator the generator
   * @param value an Article, Media, Rendition, ShareLink, FollowLink, Party, Entity, Source, Block
   *     or Inline
   * @throws IllegalArgumentException for any other type
   */
  public static void write(tools.jackson.core.JsonGenerator generator, Object value) {
    Roots.write(generator, value);
  }
}
