package io.github.newsmodel.json;

/**
 * How a reader treats properties the native format does not define.
 *
 * <p>Chosen with {@link io.github.newsmodel.json.NewsJson.Builder#mode}; see {@link
 * io.github.newsmodel.json.NewsJson} for an example.
 */
public enum ReadMode {
  /**
   * The default: an unknown property is kept in the extension bag of the object it appears in and
   * written back by the writer, after the known properties.
   */
  LENIENT,
  /** An unknown property is an error with code {@code property.unknown}; its value is skipped. */
  STRICT
}
