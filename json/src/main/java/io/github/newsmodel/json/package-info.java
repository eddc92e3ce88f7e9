/**
 * Reads and writes newsmodel articles in the native JSON format documented in {@code
 * docs/json-format.md}.
 *
 * <p>Entry point: {@link io.github.newsmodel.json.NewsJson}. Reading reports every problem at once
 * as {@link io.github.newsmodel.json.JsonProblem}s located by RFC 6901 JSON Pointers; {@link
 * io.github.newsmodel.json.JsonLimits} bounds what an untrusted document may cost. The JSON Schema
 * of the format ships in this jar at {@code
 * io/github/newsmodel/json/schema/newsmodel-article-1.0.schema.json}.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json;
