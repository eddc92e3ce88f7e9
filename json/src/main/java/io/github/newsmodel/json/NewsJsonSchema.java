package io.github.newsmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the native format, shipped in this jar.
 *
 * <p>The schema describes what the {@linkplain ReadMode#LENIENT lenient} reader accepts: it allows
 * properties the format does not define, which {@link ReadMode#STRICT} rejects. It checks types,
 * required properties, codes, ranges and the shape of URLs, language tags, media types and
 * date-times; the reader's Bean Validation checks more (URL hosts, control characters in text,
 * calendar dates, the order of dates). Use it with any draft 2020-12 validator:
 *
 * <pre>{@code
 * try (InputStream schema = NewsJsonSchema.open()) {
 *   // hand the stream to a JSON Schema validator, or serve it to API clients
 * }
 * }</pre>
 */
public final class NewsJsonSchema {

  private static final String RESOURCE_PATH =
      "io/github/newsmodel/json/schema/newsmodel-article-1.0.schema.json";
  private static final String ID =
      "https://newsmodel.github.io/schema/newsmodel-article-1.0.schema.json";

  private NewsJsonSchema() {}

  /**
   * Returns where the schema lives on the class path, without a leading slash.
   *
   * @return {@code io/github/newsmodel/json/schema/newsmodel-article-1.0.schema.json}
   */
  public static String resourcePath() {
    return RESOURCE_PATH;
  }

  /**
   * Returns the schema's {@code $id}.
   *
   * @return {@code https://newsmodel.github.io/schema/newsmodel-article-1.0.schema.json}
   */
  public static String id() {
    return ID;
  }

  /**
   * Opens the schema, UTF-8 JSON; the caller closes the stream.
   *
   * @return a new stream of the schema
   * @throws IllegalStateException if the resource is missing from the class path (a broken jar)
   */
  public static InputStream open() {
    InputStream in = NewsJsonSchema.class.getResourceAsStream("/" + RESOURCE_PATH);
    if (in == null) {
      throw new IllegalStateException(
          "JSON Schema resource "
              + RESOURCE_PATH
              + " is missing from the class path of "
              + "newsmodel-json; expected it in the jar");
    }
    return in;
  }

  /**
   * Reads the whole schema as text.
   *
   * @return the schema, JSON text
   * @throws UncheckedIOException if reading the resource fails
   */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON Schema resource " + RESOURCE_PATH, e);
    }
  }
}
