package io.github.newsmodel.json;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the whole hostile corpus of {@link HostileInputTest} plus large generated documents for the
 * ninjs and schema.org readers, and exits with 0 only when every document gave its expected problem
 * code. Run in a JVM with a small heap by {@link LowMemoryTest}; prints one line per document and
 * the error of any document that failed.
 */
final class HostileCorpusMain {

  private HostileCorpusMain() {}

  /** A large generated document, the reader to use and the problem code it must give. */
  private record Big(
      String name,
      Function<InputStream, ReadResult<Article>> reader,
      GeneratedInputStream document,
      String code) {}

  public static void main(String[] args) throws Exception {
    List<String> failures = new ArrayList<>();
    int read = 0;
    NewsJson json = NewsJson.defaults();
    for (HostileInputTest.Case hostile : HostileInputTest.corpus().toList()) {
      try (InputStream in = hostile.document().get()) {
        check(hostile.name(), json.readAndValidate(in), hostile.code(), failures);
      } catch (Throwable t) {
        failures.add(hostile.name() + " threw " + t);
      }
      read++;
    }
    Ninjs ninjs = Ninjs.defaults();
    SchemaOrg schemaOrg = SchemaOrg.defaults();
    String ninjsHead = "{\"standard\":{\"name\":\"ninjs\",\"version\":\"3.1\"},\"uri\":\"u\",";
    String ldHead = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",";
    List<Big> bigs =
        List.of(
            new Big(
                "ninjs 50 MB string",
                ninjs::read,
                new GeneratedInputStream(
                    ninjsHead + "\"headline\":\"", "a", 50L * 1024 * 1024, "\"}"),
                "limit.string"),
            new Big(
                "ninjs 10,000-deep nesting",
                ninjs::read,
                new GeneratedInputStream(ninjsHead + "\"x\":", "[", 10_000, ""),
                "limit.depth"),
            new Big(
                "ninjs 200k-element array",
                ninjs::read,
                new GeneratedInputStream(
                    ninjsHead + "\"keywords\":[\"k\"", ",\"k\"", 200_000, "]}"),
                "limit.array"),
            new Big(
                "ninjs huge number",
                ninjs::read,
                new GeneratedInputStream(ninjsHead + "\"urgency\":1", "0", 100_000, "}"),
                "limit.number"),
            new Big(
                "schema.org 50 MB string",
                schemaOrg::read,
                new GeneratedInputStream(ldHead + "\"headline\":\"", "a", 50L * 1024 * 1024, "\"}"),
                "limit.string"),
            new Big(
                "schema.org 10,000-deep nesting",
                schemaOrg::read,
                new GeneratedInputStream(ldHead + "\"x\":", "{\"a\":", 10_000, ""),
                "limit.depth"),
            new Big(
                "schema.org 200k-element array",
                schemaOrg::read,
                new GeneratedInputStream(ldHead + "\"keywords\":[\"k\"", ",\"k\"", 200_000, "]}"),
                "limit.array"),
            new Big(
                "schema.org huge number",
                schemaOrg::read,
                new GeneratedInputStream(ldHead + "\"wordCount\":9", "9", 100_000, "}"),
                "limit.number"),
            new Big(
                "native 100,000-digit number",
                json::readAndValidate,
                new GeneratedInputStream(
                    "{\"id\":\"a\",\"headline\":\"h\",\"urgency\":1", "0", 100_000, "}"),
                "limit.number"));
    for (Big big : bigs) {
      try (InputStream in = big.document()) {
        check(big.name(), big.reader().apply(in), big.code(), failures);
      } catch (Throwable t) {
        failures.add(big.name() + " threw " + t);
      }
      read++;
    }
    System.out.println("read " + read + " hostile documents");
    if (!failures.isEmpty()) {
      failures.forEach(System.out::println);
      System.exit(1);
    }
  }

  private static void check(
      String name, ReadResult<Article> result, String code, List<String> failures) {
    boolean found = result.errors().stream().anyMatch(p -> p.code().equals(code));
    System.out.println((found ? "ok   " : "FAIL ") + name + " -> " + codes(result));
    if (!found || result.isValid()) {
      failures.add(name + ": expected " + code + ", got " + result.problems());
    }
  }

  private static String codes(ReadResult<Article> result) {
    return result.errors().stream().map(JsonProblem::code).distinct().limit(5).toList().toString();
  }
}
