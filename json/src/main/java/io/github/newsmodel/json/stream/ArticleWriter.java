package io.github.newsmodel.json.stream;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.NewsJsonIoException;
import io.github.newsmodel.json.internal.Codec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a feed of articles, compact, as NDJSON (one per line) or as a top-level JSON array (one
 * element per line). {@link #close()} finishes the array and closes the output.
 *
 * <p>Not thread-safe.
 */
public final class ArticleWriter implements AutoCloseable {

  private static final byte[] NEWLINE = {'\n'};

  private final OutputStream out;
  private final Codec codec;
  private final boolean array;
  private int written;
  private boolean closed;

  private ArticleWriter(OutputStream out, Codec codec, boolean array) {
    this.out = out;
    this.codec = codec;
    this.array = array;
  }

  /**
   * Writes NDJSON.
   *
   * @param out the output; closed by {@link #close()}
   * @param json the settings
   * @return the writer
   */
  public static ArticleWriter ndjson(OutputStream out, NewsJson json) {
    return new ArticleWriter(
        Objects.requireNonNull(out, "out must not be null"),
        Codec.of(Objects.requireNonNull(json, "json must not be null")).forFeeds(),
        false);
  }

  /**
   * Writes a JSON array.
   *
   * @param out the output; closed by {@link #close()}
   * @param json the settings
   * @return the writer
   */
  public static ArticleWriter array(OutputStream out, NewsJson json) {
    return new ArticleWriter(
        Objects.requireNonNull(out, "out must not be null"),
        Codec.of(Objects.requireNonNull(json, "json must not be null")).forFeeds(),
        true);
  }

  /**
   * Writes one article.
   *
   * @param article the article
   * @throws NewsJsonIoException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    if (closed) {
      throw new IllegalStateException("ArticleWriter is closed; expected writes before close()");
    }
    try {
      if (array) {
        out.write(
            written == 0
                ? "[\n".getBytes(StandardCharsets.US_ASCII)
                : ",\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write(codec.writeArticleBytes(article));
      if (!array) {
        out.write(NEWLINE);
      }
      written++;
    } catch (IOException e) {
      throw new NewsJsonIoException("writing feed record " + (written + 1) + " failed", e);
    }
  }

  /**
   * Returns how many articles were written.
   *
   * @return the count
   */
  public int written() {
    return written;
  }

  /** Finishes the array, if any, and closes the output. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream target = out) {
      if (array) {
        target.write((written == 0 ? "[]\n" : "\n]\n").getBytes(StandardCharsets.US_ASCII));
      }
      target.flush();
    } catch (IOException e) {
      throw new NewsJsonIoException("finishing the feed failed", e);
    }
  }
}
