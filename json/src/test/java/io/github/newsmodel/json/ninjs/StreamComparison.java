package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadMode;
import java.util.Locale;

/**
 * Compares the streaming ninjs writer with the tree path it must equal: the same text and the same
 * {@code dropped()} list, or, when the tree path fails, a fallback that fails the same way.
 */
final class StreamComparison {

  /** A codec writing compact documents. */
  static final NinjsCodec COMPACT = codec(false);

  /** A codec writing indented documents. */
  static final NinjsCodec PRETTY = codec(true);

  private StreamComparison() {}

  static NinjsCodec codec(boolean prettyPrint) {
    return new NinjsCodec(
        ReadMode.LENIENT, JsonLimits.defaults(), prettyPrint, null, Locale.ENGLISH);
  }

  /**
   * Asserts that {@code codec} writes {@code article} as ninjs 3.1 exactly as its tree path does.
   *
   * @param label names the article in a failure (a seed, a file)
   * @return whether the streaming writer wrote it, rather than falling back
   */
  static boolean writesAsTheTree(NinjsCodec codec, Article article, String label) {
    NinjsWriteResult streamed = codec.streaming().write(article, NinjsVersion.V3_1);
    NinjsWriteResult tree;
    try {
      tree = codec.writeTree(article, NinjsVersion.V3_1);
    } catch (RuntimeException e) {
      assertThat(streamed)
          .as("%s: the tree path throws %s, so streaming must fall back", label, e)
          .isNull();
      assertThatThrownBy(() -> codec.write(article, NinjsVersion.V3_1))
          .as(label)
          .isInstanceOf(e.getClass())
          .hasMessage(e.getMessage());
      return false;
    }
    NinjsWriteResult written = codec.write(article, NinjsVersion.V3_1);
    assertThat(written.json()).as("%s: text", label).isEqualTo(tree.json());
    assertThat(written.dropped()).as("%s: dropped", label).isEqualTo(tree.dropped());
    assertThat(written.version()).isEqualTo(NinjsVersion.V3_1);
    if (streamed == null) {
      return false;
    }
    assertThat(streamed).as(label).isEqualTo(written);
    return true;
  }

  /** Asserts the comparison both compact and indented; returns whether streaming wrote it. */
  static boolean writesAsTheTree(Article article, String label) {
    boolean compact = writesAsTheTree(COMPACT, article, label + " (compact)");
    boolean pretty = writesAsTheTree(PRETTY, article, label + " (pretty)");
    assertThat(pretty).as("%s: streamed in one layout only", label).isEqualTo(compact);
    return compact;
  }
}
