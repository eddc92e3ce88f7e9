package io.github.newsmodel.examples;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.stream.ArticleReader;
import io.github.newsmodel.json.stream.RecordResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams an NDJSON feed (one native-format article per line) with the json module's {@link
 * ArticleReader}: each line is read and validated on its own, so a feed of any length needs memory
 * for one article at a time, and a broken line does not stop the rest.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.NdjsonFeedExample}
 */
public final class NdjsonFeedExample {

  private NdjsonFeedExample() {}

  /**
   * What a feed held.
   *
   * @param records the number of non-blank lines
   * @param valid how many of them were valid articles
   */
  public record Counts(int records, int valid) {}

  /**
   * Builds a small feed: the seed article, a follow-up, a blank line and a truncated record.
   *
   * @param json the writer (compact output, one line per article)
   * @return the feed text
   */
  public static String sampleFeed(NewsJson json) {
    Article article = SeedArticleExample.article();
    Article followUp =
        article.toBuilder()
            .id("kz-2023-11-29-dzyao-declaration")
            .headline("Конференция ДЗЯО завершилась принятием политической декларации")
            .build();
    String first = json.write(article);
    return first
        + "\n"
        + json.write(followUp)
        + "\n"
        + "\n"
        + first.substring(0, first.length() / 2)
        + "\n";
  }

  /**
   * Reads a feed with {@link ArticleReader#ndjson}, one record at a time, and prints one line per
   * record.
   *
   * @param feed the feed, UTF-8; closed when done
   * @param json the reader's settings
   * @param out where to print
   * @return how many records there were and how many were valid
   */
  public static Counts stream(InputStream feed, NewsJson json, PrintStream out) {
    int records = 0;
    int valid = 0;
    try (ArticleReader reader = ArticleReader.ndjson(feed, json)) {
      for (RecordResult record : reader) {
        records++;
        ReadResult<Article> result = record.result();
        if (result.isValid()) {
          valid++;
          out.println(
              "record "
                  + record.record()
                  + " (line "
                  + record.line()
                  + "): valid — "
                  + result.value().orElseThrow().headline());
        } else {
          out.println("record " + record.record() + " (line " + record.line() + "): invalid");
          for (JsonProblem problem : result.errors()) {
            out.println(
                "  " + problem.pointer() + " [" + problem.code() + "] " + problem.message());
          }
        }
      }
    }
    out.println(records + " records, " + valid + " valid");
    return new Counts(records, valid);
  }

  /**
   * Streams the sample feed.
   *
   * @param out where to print
   * @return the counts
   */
  public static Counts run(PrintStream out) {
    NewsJson json = NewsJson.defaults();
    return stream(
        new ByteArrayInputStream(sampleFeed(json).getBytes(StandardCharsets.UTF_8)), json, out);
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
