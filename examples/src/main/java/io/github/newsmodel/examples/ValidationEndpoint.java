package io.github.newsmodel.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.examples.cli.FormatCodec;
import io.github.newsmodel.examples.cli.Formats;
import io.github.newsmodel.examples.cli.JsonText;
import io.github.newsmodel.examples.cli.ReadOptions;
import io.github.newsmodel.examples.cli.UsageException;
import io.github.newsmodel.examples.cli.Written;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A validation service on the JDK's own HTTP server, without a framework: {@code POST /validate}
 * with an article answers
 *
 * <ul>
 *   <li>200 with the article as read and written back (normalized), {@code application/json};
 *   <li>422 with an RFC 9457 {@code application/problem+json} body ({@code type}, {@code title},
 *       {@code status}, {@code detail}) whose {@code errors} extension lists every problem with
 *       {@code pointer}, {@code code}, {@code severity}, {@code message}, {@code line}, {@code
 *       column};
 *   <li>400 for malformed JSON or an unknown or unavailable {@code ?format=}; 413 when the payload
 *       is larger than the limit (the endpoint's, or a size limit of the reader); 405 (with {@code
 *       Allow: POST}) for any other method.
 * </ul>
 *
 * <p>The payload is in the native format unless {@code ?format=} names another ({@code ninjs},
 * {@code ninjs2}, {@code ninjs3} or {@code schemaorg}); a valid article is answered in the same
 * format. Messages are in the language of {@code Accept-Language} (English, Russian or Kazakh)
 * where the format's reader supports it. The server binds to loopback.
 *
 * <pre>{@code
 * try (ValidationEndpoint endpoint = ValidationEndpoint.start(0)) {
 *   URI uri = endpoint.uri();   // http://127.0.0.1:PORT/validate
 * }
 * }</pre>
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.ValidationEndpoint [PORT]}, then {@code curl --data-binary
 * @article.json http://127.0.0.1:8080/validate}.
 */
public final class ValidationEndpoint implements AutoCloseable {

  /** The largest payload accepted by default: 1 MiB. */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  /** The path the endpoint answers on. */
  public static final String PATH = "/validate";

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String INVALID_TYPE = "https://newsmodel.github.io/problems/invalid-article";
  private static final Set<String> SIZE_LIMITS =
      Set.of("document", "string", "number", "array", "name");

  private final HttpServer server;
  private final Formats formats;
  private final int maxBytes;

  private ValidationEndpoint(HttpServer server, Formats formats, int maxBytes) {
    this.server = server;
    this.formats = formats;
    this.maxBytes = maxBytes;
  }

  /**
   * Starts the endpoint on loopback with the default payload limit.
   *
   * @param port the port, 0 for any free one
   * @return the running endpoint
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static ValidationEndpoint start(int port) {
    return start(port, DEFAULT_MAX_BYTES);
  }

  /**
   * Starts the endpoint on loopback.
   *
   * @param port the port, 0 for any free one
   * @param maxBytes the largest payload accepted
   * @return the running endpoint
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static ValidationEndpoint start(int port, int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes is " + maxBytes + "; expected a positive size");
    }
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      ValidationEndpoint endpoint = new ValidationEndpoint(server, Formats.builtIn(), maxBytes);
      server.createContext(PATH, endpoint::handle);
      server.start();
      return endpoint;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind loopback port " + port, e);
    }
  }

  /**
   * Returns the port the endpoint listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the URI to POST articles to.
   *
   * @return e.g. {@code http://127.0.0.1:8080/validate}
   */
  public URI uri() {
    return URI.create(
        "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + PATH);
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        answer(exchange);
      } catch (RuntimeException e) {
        send(
            exchange,
            500,
            PROBLEM_JSON,
            problem(
                "about:blank",
                "Internal Server Error",
                500,
                "the article could not be processed",
                List.of()));
      }
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      send(
          exchange,
          405,
          PROBLEM_JSON,
          problem(
              "about:blank",
              "Method Not Allowed",
              405,
              "use POST with the article as the request body",
              List.of()));
      return;
    }
    Locale locale = locale(exchange.getRequestHeaders().getFirst("Accept-Language"));
    String format = query(exchange.getRequestURI().getRawQuery(), "format");
    FormatCodec codec;
    try {
      codec = formats.open(format == null ? "native" : format, new ReadOptions(false, locale));
    } catch (UsageException e) {
      send(
          exchange,
          400,
          PROBLEM_JSON,
          problem("about:blank", "Bad Request", 400, e.getMessage(), List.of()));
      return;
    }
    byte[] payload = readBounded(exchange);
    if (payload == null) {
      send(
          exchange,
          413,
          PROBLEM_JSON,
          problem(
              "about:blank",
              "Content Too Large",
              413,
              "the payload is larger than " + maxBytes + " bytes",
              List.of()));
      return;
    }
    ReadResult<Article> result = codec.read(payload);
    List<JsonProblem> problems = result.problems();
    JsonProblem first = problems.stream().filter(JsonProblem::isError).findFirst().orElse(null);
    if (first != null && first.code().equals("json.syntax")) {
      send(
          exchange,
          400,
          PROBLEM_JSON,
          problem(
              "about:blank",
              "Bad Request",
              400,
              "the payload is not well-formed JSON",
              List.of(first)));
      return;
    }
    if (first != null
        && first.code().startsWith("limit.")
        && SIZE_LIMITS.contains(first.code().substring("limit.".length()))) {
      send(
          exchange,
          413,
          PROBLEM_JSON,
          problem(
              "about:blank",
              "Content Too Large",
              413,
              "the payload crosses the " + first.code().substring("limit.".length()) + " limit",
              List.of(first)));
      return;
    }
    if (!result.isValid()) {
      long errors = problems.stream().filter(JsonProblem::isError).count();
      send(
          exchange,
          422,
          PROBLEM_JSON,
          problem(
              INVALID_TYPE,
              "The article is invalid",
              422,
              "the article has "
                  + errors
                  + " error(s) and "
                  + (problems.size() - errors)
                  + " warning(s)",
              problems));
      return;
    }
    Written written = codec.write(result.value().orElseThrow());
    byte[] document = written.document();
    if (document == null) {
      send(
          exchange,
          422,
          PROBLEM_JSON,
          problem(
              INVALID_TYPE,
              "The article is invalid",
              422,
              "the article cannot be written as " + codec.name() + " without leaving values out",
              written.dropped()));
      return;
    }
    send(exchange, 200, "application/json", document);
  }

  /** Reads the body, or returns null when it is larger than the limit. */
  private byte @Nullable [] readBounded(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > maxBytes) {
          return null;
        }
      } catch (NumberFormatException e) {
        // the server has already rejected malformed lengths; read and count instead
      }
    }
    try (InputStream body = exchange.getRequestBody()) {
      byte[] bytes = body.readNBytes(maxBytes + 1);
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  private static byte[] problem(
      String type, String title, int status, String detail, List<JsonProblem> errors) {
    StringBuilder json = new StringBuilder(256);
    json.append("{\n  \"type\": ");
    JsonText.appendQuoted(json, type);
    json.append(",\n  \"title\": ");
    JsonText.appendQuoted(json, title);
    json.append(",\n  \"status\": ").append(status).append(",\n  \"detail\": ");
    JsonText.appendQuoted(json, detail);
    json.append(",\n  \"errors\": [");
    for (int i = 0; i < errors.size(); i++) {
      JsonProblem problem = errors.get(i);
      json.append(i == 0 ? "\n" : ",\n").append("    {\"pointer\": ");
      JsonText.appendQuoted(json, problem.pointer());
      json.append(", \"code\": ");
      JsonText.appendQuoted(json, problem.code());
      json.append(", \"severity\": \"")
          .append(problem.severity().name().toLowerCase(Locale.ROOT))
          .append("\", \"message\": ");
      JsonText.appendQuoted(json, problem.message());
      json.append(", \"line\": ")
          .append(problem.line() > 0 ? problem.line() : "null")
          .append(", \"column\": ")
          .append(problem.column() > 0 ? problem.column() : "null")
          .append('}');
    }
    json.append(errors.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static @Nullable String query(@Nullable String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key =
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return equals < 0
            ? ""
            : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static Locale locale(@Nullable String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      List<Locale> supported =
          new ArrayList<>(
              List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk")));
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), supported);
      return chosen == null ? Locale.ENGLISH : chosen;
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH;
    }
  }

  /**
   * Serves until the process is stopped.
   *
   * @param args the port, 8080 when not given
   */
  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    ValidationEndpoint endpoint = start(port);
    System.out.println("POST articles to " + endpoint.uri() + " (Ctrl-C to stop)");
  }
}
