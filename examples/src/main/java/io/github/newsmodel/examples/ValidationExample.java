package io.github.newsmodel.examples;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.ValidationReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Validates the seed article and a broken copy of it with {@link NewsValidator}, printing every
 * problem in English and in Russian.
 *
 * <p>The broken copy has an {@code ftp:} canonical URL, a language that is not a BCP 47 tag, an
 * urgency outside 1–9, a photo rendition 0 pixels wide and a publication time without an offset (a
 * warning).
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.ValidationExample}
 */
public final class ValidationExample {

  private ValidationExample() {}

  /**
   * Returns the seed article with five faults.
   *
   * @return the broken article
   */
  public static Article brokenArticle() {
    Article article = SeedArticleExample.article();
    Media photo = article.media().get(0);
    Rendition first = photo.renditions().get(0);
    Media brokenPhoto =
        photo.withRenditions(
            List.of(first.toBuilder().width(0).build(), photo.renditions().get(1)));
    return article.toBuilder()
        .canonicalUrl("ftp://news.example.kz/ru/news/kazakhstan-dzyao-2023")
        .language("русский")
        .urgency(12)
        .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00"))
        .media(List.of(brokenPhoto))
        .build();
  }

  /**
   * Validates an article and prints its report.
   *
   * @param title what is validated
   * @param article the article
   * @param locale the language of the messages
   * @param out where to print
   * @return the report
   */
  public static ValidationReport print(
      String title, Article article, Locale locale, PrintStream out) {
    ValidationReport report = NewsValidator.shared().validate(article, locale);
    out.println(
        title
            + " ["
            + locale.getLanguage()
            + "]: "
            + (report.isValid() ? "valid" : "invalid")
            + ", "
            + report.errors().size()
            + " error(s), "
            + report.warnings().size()
            + " warning(s)");
    for (Problem problem : report.problems()) {
      out.println(
          "  "
              + problem.severity()
              + " "
              + problem.path()
              + " ["
              + problem.code()
              + "] "
              + problem.message());
    }
    return report;
  }

  /**
   * Prints the reports of the seed article and of the broken copy, in English and Russian.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Article article = SeedArticleExample.article();
    Article broken = brokenArticle();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
      print("seed article", article, locale, out);
      print("broken copy", broken, locale, out);
    }
  }

  /**
   * Prints the reports.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
