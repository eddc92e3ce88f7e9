package io.github.newsmodel.json.internal;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.validation.NewsValidator;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/** The engine behind {@code NewsJson}: reads and validates, and writes, the native format. */
public final class Codec {

  /**
   * Creates an engine.
   *
   * @param mode how unknown properties are treated
   * @param limits the limits
   * @param prettyPrint whether output is indented
   * @param validator the validator
   * @param locale the language of messages
   */
  public Codec(
      ReadMode mode, JsonLimits limits, boolean prettyPrint, NewsValidator validator, Locale locale) {}

  /**
   * Reads and validates an article.
   *
   * @param input the document
   * @return the result
   */
  public ReadResult<Article> readArticle(Input input) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Reads and validates a media object.
   *
   * @param input the document
   * @return the result
   */
  public ReadResult<Media> readMedia(Input input) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Reads and validates a share link.
   *
   * @param input the document
   * @return the result
   */
  public ReadResult<ShareLink> readShareLink(Input input) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Returns the value of a valid result, or throws the exception matching its first error.
   *
   * @param result the result
   * @param <T> the type read
   * @return the value
   */
  public <T> T orThrow(ReadResult<T> result) {
    return result.orElseThrow();
  }

  /**
   * Writes an article.
   *
   * @param article the article
   * @return the text
   */
  public String writeArticle(Article article) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes an article as UTF-8.
   *
   * @param article the article
   * @return the bytes
   */
  public byte[] writeArticleBytes(Article article) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes an article to a stream.
   *
   * @param article the article
   * @param out the stream
   */
  public void writeArticle(Article article, OutputStream out) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes an article to a writer.
   *
   * @param article the article
   * @param out the writer
   */
  public void writeArticle(Article article, Writer out) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes an article to a file.
   *
   * @param article the article
   * @param file the file
   */
  public void writeArticle(Article article, Path file) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes a media object.
   *
   * @param media the media
   * @return the text
   */
  public String writeMedia(Media media) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes a share link.
   *
   * @param shareLink the share link
   * @return the text
   */
  public String writeShareLink(ShareLink shareLink) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
