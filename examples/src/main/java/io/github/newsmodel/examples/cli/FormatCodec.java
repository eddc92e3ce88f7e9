package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.io.InputStream;

/**
 * One document format the CLI reads and writes, such as the native format or ninjs. Each format is
 * one small adapter over the library's reader and writer; {@link Formats} chooses it by name.
 *
 * <p>Implementations are created per command with the command's {@link ReadOptions} and need not be
 * thread-safe.
 */
public interface FormatCodec {

  /**
   * Returns the name the format is chosen by, e.g. {@code native}.
   *
   * @return the format name
   */
  String name();

  /**
   * Returns the largest document this format reads, in bytes; larger documents are reported as
   * {@code limit.document} without being read in full.
   *
   * @return the size limit
   */
  long maxDocumentBytes();

  /**
   * Reads and validates one document, collecting every problem.
   *
   * @param document the document's bytes, UTF-8
   * @return the article, when its structure was present, and every problem
   */
  ReadResult<Article> read(byte[] document);

  /**
   * Writes an article in this format, pretty-printed. Values the format cannot carry are left out
   * and listed; in strict mode leaving anything out is an error and nothing is written.
   *
   * @param article the article
   * @return the UTF-8 bytes and what was left out
   */
  Written write(Article article);

  /**
   * Reads a newline-delimited feed of documents one record at a time. The default is the CLI's own
   * line splitter, {@link NdjsonLines}, reading each line with {@link #read(byte[])}; a format
   * whose library has a streaming feed reader (the native format's {@code ArticleReader}) overrides
   * this to use it.
   *
   * @param feed the feed, which the caller closes
   * @param options the language of messages about records the CLI rejects itself
   * @return a reader of the records
   */
  default RecordReader records(InputStream feed, ReadOptions options) {
    return new NdjsonLines(feed, this, options.locale());
  }
}
