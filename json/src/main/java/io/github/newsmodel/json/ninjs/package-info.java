/**
 * Reads and writes IPTC ninjs (News in JSON) 2.x and 3.x documents as newsmodel articles.
 *
 * <p>Entry point: {@link io.github.newsmodel.json.ninjs.Ninjs}. Reading checks a document against
 * the rules of its ninjs version (the same verdict as IPTC's official JSON Schemas, implemented in
 * Java) and reports stricter checks separately; writing produces ninjs 3.1 or 2.2 and reports what
 * the chosen version cannot carry. The mapping is documented in {@code docs/ninjs-mapping.md}.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json.ninjs;
