/**
 * newsmodel json: reads and writes newsmodel articles as JSON on Jackson 3 — the native format,
 * IPTC ninjs and schema.org JSON-LD — plus Open Graph tags and safe HTML bodies.
 */
module io.github.newsmodel.json {
  requires transitive io.github.newsmodel.core;
  requires transitive tools.jackson.databind;
  requires org.jsoup;
  requires static org.jspecify;

  exports io.github.newsmodel.json;
  exports io.github.newsmodel.json.html;
  exports io.github.newsmodel.json.jackson;
  exports io.github.newsmodel.json.ninjs;
  exports io.github.newsmodel.json.opengraph;
  exports io.github.newsmodel.json.schemaorg;
  exports io.github.newsmodel.json.stream;

  // the JSON Schema of the native format is a resource others may load by name
  opens io.github.newsmodel.json.schema;

  provides tools.jackson.databind.JacksonModule with
      io.github.newsmodel.json.jackson.NewsModelModule;
}
