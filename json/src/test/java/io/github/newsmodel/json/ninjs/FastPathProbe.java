package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import java.util.Locale;

/**
 * Runs one document through the fast path and the tree path, for the direct tests of the fast path:
 * {@link #accepted} asserts that the fast path answers (and answers as the tree path does), {@link
 * #givenUp} that it gives the document to the tree path (and that {@link Ninjs#read} then still
 * gives the tree path's result).
 */
final class FastPathProbe {

  /** The minimal members of a valid article, to which a test adds its own. */
  static final String BASE =
      "\"uri\":\"urn:newsml:example.kz:1\",\"language\":\"ru\","
          + "\"headlines\":[{\"role\":\"main\",\"value\":\"Заголовок\"}]";

  private final NinjsCodec codec;

  FastPathProbe(ReadMode mode, JsonLimits limits) {
    this.codec = new NinjsCodec(mode, limits, false, null, Locale.ENGLISH);
  }

  static FastPathProbe lenient() {
    return new FastPathProbe(ReadMode.LENIENT, JsonLimits.defaults());
  }

  /** A document of {@link #BASE} and {@code members} (JSON text of members, comma-separated). */
  static String doc(String members) {
    return "{" + BASE + (members.isEmpty() ? "" : "," + members) + "}";
  }

  /** A document of the given members alone. */
  static String only(String members) {
    return "{" + members + "}";
  }

  /** Asserts that the fast path answers, as the tree path does; returns the article. */
  Article accepted(String json) {
    return accepted(json, null);
  }

  /** Asserts that the fast path answers as the given version, as the tree path does. */
  Article accepted(String json, NinjsVersion version) {
    ReadResult<Article> tree = codec.readWithTree(json, version);
    ReadResult<Article> fast = codec.fastRead(json, version).result();
    assertThat(fast).as("the fast path's answer for %s (tree path: %s)", json, tree).isNotNull();
    assertThat(fast).as(json).isEqualTo(tree);
    assertThat(String.valueOf(fast.value().orElseThrow()))
        .as(json)
        .isEqualTo(String.valueOf(tree.value().orElseThrow()));
    assertThat(codec.read(json, version)).as(json).isEqualTo(tree);
    ReadResult<Article> bytes =
        codec.fastRead(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), version).result();
    assertThat(bytes).as("bytes of %s", json).isEqualTo(tree);
    return fast.value().orElseThrow();
  }

  /** Asserts that the fast path gives up, and that reading still gives the tree path's result. */
  FastHints givenUp(String json) {
    return givenUp(json, null);
  }

  /** Asserts that the fast path gives up on the document read as the given version. */
  FastHints givenUp(String json, NinjsVersion version) {
    FastRead.Attempt attempt = codec.fastRead(json, version);
    assertThat(attempt.result()).as("the fast path's answer for %s", json).isNull();
    assertThat(codec.read(json, version)).as(json).isEqualTo(codec.readWithTree(json, version));
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(codec.fastRead(bytes, version).result()).as("bytes of %s", json).isNull();
    assertThat(codec.read(bytes, version)).as(json).isEqualTo(codec.readWithTree(bytes, version));
    return attempt.hints();
  }
}
