package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.NewsJsonException;
import io.github.newsmodel.json.NewsJsonIoException;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.stream.ArticleReader;
import io.github.newsmodel.json.stream.RecordResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The native newsmodel JSON format, read and written by {@link NewsJson}; NDJSON feeds are read by
 * the json module's streaming {@link ArticleReader}.
 */
final class NativeFormat implements FormatCodec {

  private final NewsJson json;
  private final Locale locale;

  NativeFormat(ReadOptions options) {
    this.locale = options.locale();
    this.json =
        NewsJson.builder()
            .mode(options.strict() ? ReadMode.STRICT : ReadMode.LENIENT)
            .locale(options.locale())
            .prettyPrint(true)
            .build();
  }

  @Override
  public String name() {
    return "native";
  }

  @Override
  public long maxDocumentBytes() {
    return json.limits().maxDocumentBytes();
  }

  @Override
  public ReadResult<Article> read(byte[] document) {
    try {
      return json.readAndValidate(document);
    } catch (NewsJsonException e) {
      return ReadResult.failed(CliProblems.of(e));
    }
  }

  @Override
  public Written write(Article article) {
    return Written.complete(json.writeBytes(article));
  }

  /** Reads the feed with {@link ArticleReader#ndjson}: one article per line, constant memory. */
  @Override
  public RecordReader records(InputStream feed, ReadOptions options) {
    Iterator<RecordResult> records = ArticleReader.ndjson(feed, json).iterator();
    return new RecordReader() {
      @Override
      public @Nullable FeedRecord next() throws IOException {
        try {
          if (!records.hasNext()) {
            return null;
          }
          RecordResult record = records.next();
          return new FeedRecord(record.record(), record.line(), localized(record.result()));
        } catch (NewsJsonIoException e) {
          IOException cause = e.getCause();
          throw cause != null ? cause : new IOException(e.getMessage(), e);
        }
      }
    };
  }

  /**
   * The reader reports an over-long line in English; the CLI's own message says the same in the
   * language of {@code --lang}.
   */
  private ReadResult<Article> localized(ReadResult<Article> result) {
    List<JsonProblem> problems = result.problems();
    if (problems.size() != 1
        || !problems.get(0).code().equals("limit.document")
        || !problems.get(0).pointer().isEmpty()) {
      return result;
    }
    JsonProblem tooLong = problems.get(0);
    List<JsonProblem> replaced = new ArrayList<>(1);
    replaced.add(CliProblems.tooLarge(maxDocumentBytes(), locale).at(tooLong.line(), 0));
    return ReadResult.of(result.value().orElse(null), replaced);
  }
}
