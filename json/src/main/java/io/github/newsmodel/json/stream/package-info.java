/**
 * Streaming feeds of articles: {@link io.github.newsmodel.json.stream.ArticleReader} reads NDJSON
 * (one article per line) or a top-level JSON array lazily, in constant memory, one {@link
 * io.github.newsmodel.json.stream.RecordResult} per record; {@link
 * io.github.newsmodel.json.stream.ArticleWriter} writes both shapes.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json.stream;
