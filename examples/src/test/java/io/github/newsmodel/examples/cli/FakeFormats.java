package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.examples.SeedArticleExample;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link Formats} whose only format, {@code native}, reads a tiny test language instead of JSON,
 * so the CLI's reports and exit codes can be checked exactly without the JSON engine. A document is
 * one word (surrounding whitespace ignored): {@code valid}, {@code warn} (valid with a warning),
 * {@code invalid} (an error with pointer, line and column), {@code broken} (no article, a syntax
 * error), {@code empty} (no article and no problem) or {@code boom} (the reader throws).
 */
final class FakeFormats implements Formats {

  static final int MAX_BYTES = 64;

  static final JsonProblem WIDTH =
      new JsonProblem(
          "/associations/0/renditions/1/width",
          "range",
          Severity.ERROR,
          "must be greater than 0",
          12,
          7);
  static final JsonProblem OFFSET =
      new JsonProblem(
          "/firstPublished",
          "datetime.offset",
          Severity.WARNING,
          "date-time has no UTC offset",
          3,
          21);
  static final JsonProblem SYNTAX =
      new JsonProblem(
          "", "json.syntax", Severity.ERROR, "unexpected end of input; expected '}'", 1, 3);

  @Override
  public FormatCodec open(String name, ReadOptions options) throws UsageException {
    if (!name.equals("native")) {
      throw UsageException.unavailable(name);
    }
    return new Codec();
  }

  static final class Codec implements FormatCodec {
    @Override
    public String name() {
      return "native";
    }

    @Override
    public long maxDocumentBytes() {
      return MAX_BYTES;
    }

    @Override
    public ReadResult<Article> read(byte[] document) {
      Article article = SeedArticleExample.article();
      return switch (new String(document, StandardCharsets.UTF_8).strip()) {
        case "valid" -> ReadResult.of(article, List.of());
        case "warn" -> ReadResult.of(article, List.of(OFFSET));
        case "invalid" -> ReadResult.of(article, List.of(WIDTH, OFFSET));
        case "empty" -> ReadResult.failed(List.of());
        case "boom" -> throw new IllegalStateException("engine failure\n\tat somewhere");
        default -> ReadResult.failed(List.of(SYNTAX));
      };
    }

    @Override
    public Written write(Article article) {
      return Written.complete(
          ("converted: " + article.headline()).getBytes(StandardCharsets.UTF_8));
    }
  }
}
