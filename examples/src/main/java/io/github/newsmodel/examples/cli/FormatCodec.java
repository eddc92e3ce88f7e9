package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.NewsJsonException;
import io.github.newsmodel.json.ReadResult;
import java.io.InputStream;

/**
 * One document format the CLI reads and writes, such as the native format or ninjs. Each format is
 * one small adapter over the library's reader and writer; {@link Formats} chooses it by name.
 *
 * <p>Implementations are created per command with the command's {@link ReadOptions} and need not
 * be thread-safe.
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
   * Reads one document and returns the article only if it is valid.
   *
   * @param document the document's bytes, UTF-8
   * @return the valid article
   * @throws NewsJsonException a {@code NewsJsonSyntaxException} for malformed input, a {@code
   *     NewsJsonLimitException} when a limit is crossed, a {@code NewsJsonValidationException}
   *     holding every problem otherwise
   */
  Article readValid(byte[] document);

  /**
   * Writes an article in this format, pretty-printed.
   *
   * @param article the article
   * @return the UTF-8 bytes
   */
  byte[] write(Article article);

  /**
   * Reads a newline-delimited feed of documents one record at a time. The default splits lines
   * itself and reads each with {@link #read(byte[])}.
   *
   * @param feed the feed, which the caller closes
   * @param options the language of messages about records the CLI rejects itself
   * @return a reader of the records
   */
  default RecordReader records(InputStream feed, ReadOptions options) {
    return new NdjsonLines(feed, this, options.locale());
  }
}
