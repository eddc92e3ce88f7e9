package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real HTTP requests to the endpoint on a free loopback port. */
class ValidationEndpointTest {

  private static final int MAX_BYTES = 16 * 1024;

  private static ValidationEndpoint endpoint;
  private static HttpClient client;

  @BeforeAll
  static void start() {
    endpoint = ValidationEndpoint.start(0, MAX_BYTES);
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  private static HttpResponse<String> post(String query, String body)
      throws IOException, InterruptedException {
    URI uri = URI.create(endpoint.uri() + query);
    return client.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(endpoint.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(endpoint.port()).isPositive();
  }

  @Test
  void otherMethodsAre405WithAllowHeader() throws IOException, InterruptedException {
    HttpResponse<String> get =
        client.send(
            HttpRequest.newBuilder(endpoint.uri()).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> put =
        client.send(
            HttpRequest.newBuilder(endpoint.uri())
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(contentType(get)).startsWith("application/problem+json");
    assertThat(get.body()).contains("\"status\": 405", "\"title\": \"Method Not Allowed\"");
    assertThat(put.statusCode()).isEqualTo(405);
  }

  @Test
  void payloadOverTheLimitIs413() throws IOException, InterruptedException {
    HttpResponse<String> response = post("", "{\"headline\": \"" + "a".repeat(MAX_BYTES) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(contentType(response)).startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\": 413", "larger than 16384 bytes");
  }

  @Test
  void unknownFormatIs400() throws IOException, InterruptedException {
    HttpResponse<String> unknown = post("?format=rss", "{}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown format 'rss'");
  }

  // ---- the following need the native JSON engine (NewsJson)

  @Test
  void validArticleIs200WithTheNormalizedArticle() throws IOException, InterruptedException {
    String article = NewsJson.defaults().write(SeedArticleExample.article());

    HttpResponse<String> response = post("?format=native", article);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).startsWith("application/json");
    assertThat(NewsJson.defaults().readArticle(response.body()))
        .isEqualTo(SeedArticleExample.article());
  }

  @Test
  void invalidArticleIs422WithProblemDetails() throws IOException, InterruptedException {
    HttpResponse<String> response = post("", NativeJsonExample.BROKEN_DOCUMENT);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(contentType(response)).startsWith("application/problem+json");
    assertThat(response.body())
        .contains(
            "\"type\": ",
            "\"title\": \"The article is invalid\"",
            "\"status\": 422",
            "\"detail\": ",
            "\"errors\": [",
            "\"pointer\": \"/media/0/renditions/0/width\"",
            "\"severity\": \"error\"",
            "\"code\": ",
            "\"message\": ",
            "\"line\": ",
            "\"column\": ");
  }

  @Test
  void malformedJsonIs400() throws IOException, InterruptedException {
    HttpResponse<String> response = post("", "{\"id\": \"a\", \"headline\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\": 400", "not well-formed JSON");
  }

  // ---- ?format=ninjs and ?format=schemaorg

  @Test
  void validNinjsIs200WithNinjs31() throws IOException, InterruptedException {
    String ninjs = Ninjs.defaults().write(SeedArticleExample.article(), NinjsVersion.V3_1).json();

    HttpResponse<String> response = post("?format=ninjs", ninjs);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).startsWith("application/json");
    assertThat(response.body()).contains("\"firstCreated\"", "\"altIds\"");
    assertThat(Ninjs.defaults().read(response.body()).isValid()).isTrue();
  }

  @Test
  void invalidNinjsIs422AndMalformedNinjsIs400() throws IOException, InterruptedException {
    HttpResponse<String> invalid = post("?format=ninjs", "{\"headline\": \"no uri\"}");
    HttpResponse<String> malformed = post("?format=ninjs3", "{\"uri\": ");

    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body())
        .contains(
            "\"code\": \"ninjs.schema.required\"",
            "\"code\": \"ninjs.schema.unknown-property\"",
            "\"pointer\": \"/headline\"");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("\"code\": \"json.syntax\"");
  }

  @Test
  void schemaOrgIs200WithJsonLdOr422InTheRequestedLanguage()
      throws IOException, InterruptedException {
    String jsonLd = SchemaOrg.defaults().writeJsonLd(SeedArticleExample.article());
    String badWidth =
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
            + " \"headline\": \"ДЗЯО\", \"image\": {\"url\": \"https://a.kz/1.jpg\", \"width\": -5}}";

    HttpResponse<String> valid = post("?format=schemaorg", jsonLd);
    HttpResponse<String> invalid =
        client.send(
            HttpRequest.newBuilder(URI.create(endpoint.uri() + "?format=schemaorg"))
                .header("Accept-Language", "ru")
                .POST(HttpRequest.BodyPublishers.ofString(badWidth, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(valid.statusCode()).isEqualTo(200);
    assertThat(valid.body()).contains("\"@type\" : \"NewsArticle\"", SeedArticleExample.HEADLINE);
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("\"pointer\": \"/image/width\"", "должно быть больше 0");
  }
}
