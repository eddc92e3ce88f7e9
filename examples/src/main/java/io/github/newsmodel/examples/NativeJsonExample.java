package io.github.newsmodel.examples;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import java.io.PrintStream;

/**
 * Writes the seed article in the native JSON format, reads it back, and reads a broken document,
 * printing each problem with its JSON Pointer, line and column.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.NativeJsonExample}
 */
public final class NativeJsonExample {

  /** A document with a numeric headline, an {@code ftp:} URL and a negative photo width. */
  public static final String BROKEN_DOCUMENT =
      """
      {
        "id": "kz-2023-11-28-dzyao",
        "headline": 42,
        "canonicalUrl": "ftp://news.example.kz/ru/news/kazakhstan-dzyao-2023",
        "media": [
          {
            "kind": "image",
            "id": "photo-1",
            "renditions": [ { "url": "https://news.example.kz/images/dzyao.jpg", "width": -5 } ]
          }
        ]
      }
      """;

  private NativeJsonExample() {}

  /**
   * Writes the seed article, reads it back and reads the broken document.
   *
   * @param out where to print
   * @return whether the article read back equals the one written
   */
  public static boolean run(PrintStream out) {
    NewsJson json = NewsJson.builder().prettyPrint(true).build();
    Article article = SeedArticleExample.article();

    String text = json.write(article);
    out.println(text);

    ReadResult<Article> back = json.readAndValidate(text);
    boolean same = back.isValid() && back.value().orElseThrow().equals(article);
    out.println(
        "read back: "
            + (back.isValid() ? "valid" : "invalid")
            + ", equal to the original: "
            + same);

    ReadResult<Article> broken = json.readAndValidate(BROKEN_DOCUMENT);
    out.println("broken document: " + (broken.isValid() ? "valid" : "invalid"));
    for (JsonProblem problem : broken.problems()) {
      out.println(
          "  "
              + problem.line()
              + ":"
              + problem.column()
              + " "
              + problem.pointer()
              + " ["
              + problem.code()
              + "] "
              + problem.message());
    }
    return same;
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
