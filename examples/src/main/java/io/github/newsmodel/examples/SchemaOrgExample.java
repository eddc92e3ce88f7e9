package io.github.newsmodel.examples;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.opengraph.OpenGraph;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import java.io.PrintStream;
import java.util.List;

/**
 * What a page's {@code <head>} needs for the seed article: the schema.org {@code NewsArticle}
 * JSON-LD document and its {@code <script type="application/ld+json">} element ({@link SchemaOrg}),
 * the warnings of Google's Article structured-data profile, and the Open Graph {@code <meta>} tags
 * ({@link OpenGraph}). The JSON-LD is then read back into an article.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.SchemaOrgExample}
 */
public final class SchemaOrgExample {

  private SchemaOrgExample() {}

  /**
   * What the example produced.
   *
   * @param jsonLd the JSON-LD document
   * @param scriptTag the script element
   * @param googleWarnings the Google profile warnings
   * @param metaTags the Open Graph tags, one per line
   * @param readBackValid whether the JSON-LD read back as a valid article
   */
  public record Outcome(
      String jsonLd,
      String scriptTag,
      List<JsonProblem> googleWarnings,
      String metaTags,
      boolean readBackValid) {}

  /**
   * Prints the JSON-LD, the script element, the Google warnings and the Open Graph tags of the seed
   * article, and reads the JSON-LD back.
   *
   * @param out where to print
   * @return what was produced
   */
  public static Outcome run(PrintStream out) {
    Article article = SeedArticleExample.article();
    SchemaOrg schemaOrg = SchemaOrg.builder().prettyPrint(true).build();

    String jsonLd = schemaOrg.writeJsonLd(article);
    out.println("JSON-LD (" + jsonLd.length() + " characters), first lines:");
    jsonLd.lines().limit(12).forEach(line -> out.println("  " + line));
    out.println("  …");

    String script = SchemaOrg.defaults().scriptTag(article);
    out.println();
    out.println("<script> element for the page (" + script.length() + " characters):");
    out.println(script.length() > 300 ? script.substring(0, 300) + "…" : script);

    List<JsonProblem> google = schemaOrg.googleArticleProfile(article);
    out.println();
    out.println("Google Article profile: " + google.size() + " warning(s)");
    google.forEach(p -> out.println("  " + p.pointer() + " [" + p.code() + "] " + p.message()));

    String meta = OpenGraph.metaTags(article);
    out.println();
    out.println("Open Graph:");
    out.print(meta);

    ReadResult<Article> back = schemaOrg.read(jsonLd);
    out.println();
    out.println(
        "JSON-LD read back: "
            + (back.isValid() ? "valid" : "invalid")
            + ", headline "
            + back.value().map(Article::headline).orElse("(none)"));
    return new Outcome(jsonLd, script, google, meta, back.isValid());
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
