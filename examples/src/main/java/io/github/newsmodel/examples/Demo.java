package io.github.newsmodel.examples;

import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Walks through every example, each under a heading: building the seed article, validating it in
 * English and Russian, native JSON out and in, share links for every platform, an NDJSON feed, IPTC
 * ninjs 3.1 and 2.2, schema.org JSON-LD with Open Graph tags, hostile HTML made safe, and the HTTP
 * validation endpoint answering three requests.
 *
 * <p>Run: {@code java -jar examples/target/newsmodel.jar demo}
 */
public final class Demo {

  private Demo() {}

  /**
   * Runs the walkthrough.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    heading(out, "1. The seed article, built with builders (SeedArticleExample)");
    SeedArticleExample.run(out);

    heading(out, "2. Validation in English and Russian, and a broken copy (ValidationExample)");
    ValidationExample.run(out);

    heading(out, "3. Native JSON: write, read back, read a broken document (NativeJsonExample)");
    NativeJsonExample.run(out);

    heading(out, "4. Share links for every platform (ShareLinksExample)");
    ShareLinksExample.run(out);

    heading(out, "5. Streaming an NDJSON feed (NdjsonFeedExample)");
    NdjsonFeedExample.run(out);

    heading(out, "6. IPTC ninjs 3.1 and 2.2, and what 2.2 drops (NinjsExample)");
    NinjsExample.run(out);

    heading(out, "7. schema.org JSON-LD, Google profile, Open Graph tags (SchemaOrgExample)");
    SchemaOrgExample.run(out);

    heading(out, "8. Hostile HTML to blocks and canonical HTML (HtmlBodyExample)");
    HtmlBodyExample.run(out);

    heading(out, "9. The HTTP validation endpoint (ValidationEndpoint)");
    endpoint(out);
    out.println();
    out.println("Done.");
  }

  private static void endpoint(PrintStream out) {
    String article = NewsJson.defaults().write(SeedArticleExample.article());
    try (ValidationEndpoint endpoint = ValidationEndpoint.start(0)) {
      HttpClient client = HttpClient.newHttpClient();
      out.println("listening on " + endpoint.uri());
      post(client, endpoint.uri(), article, out);
      post(client, endpoint.uri(), NativeJsonExample.BROKEN_DOCUMENT, out);
      post(client, URI.create(endpoint.uri() + "?format=ninjs"), NinjsExample.NINJS_31, out);
    }
  }

  private static void post(HttpClient client, URI uri, String body, PrintStream out) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      out.println(
          "POST "
              + uri
              + " -> "
              + response.statusCode()
              + " "
              + response.headers().firstValue("Content-Type").orElse(""));
      String text = response.body();
      out.println(text.length() > 600 ? text.substring(0, 600) + "\n  …" : text);
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("POST " + uri + " interrupted", e);
    }
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println("== " + title);
    out.println();
  }

  /**
   * Runs the walkthrough.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
