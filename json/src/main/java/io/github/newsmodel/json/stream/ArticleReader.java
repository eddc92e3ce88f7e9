package io.github.newsmodel.json.stream;

import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.internal.Codec;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads a feed of articles lazily, one record at a time in constant memory: NDJSON (one article per
 * line) or a top-level JSON array. Every record gives a {@link RecordResult}; a bad record never
 * ends the feed (NDJSON resumes at the next line), except a syntax error inside a JSON array, which
 * ends it with a final record holding the problem.
 *
 * <pre>{@code
 * try (ArticleReader feed = ArticleReader.ndjson(Files.newInputStream(path), NewsJson.defaults())) {
 *   feed.stream().filter(r -> !r.result().isValid())
 *       .forEach(r -> System.err.println("record " + r.record() + " line " + r.line() + ": "
 *           + r.result().problems()));
 * }
 * }</pre>
 *
 * <p>Not thread-safe; iterate it once.
 */
public final class ArticleReader implements AutoCloseable, Iterable<RecordResult> {

  private final Records records;
  private boolean iterated;

  private ArticleReader(Records records) {
    this.records = records;
  }

  /**
   * Reads NDJSON (UTF-8, one article object per line, blank lines skipped).
   *
   * @param in the feed; closed by {@link #close()}
   * @param json the settings (mode, limits, validator); each line is bounded by its limits
   * @return the reader
   */
  public static ArticleReader ndjson(InputStream in, NewsJson json) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(json, "json must not be null");
    return new ArticleReader(new NdjsonRecords(in, Codec.of(json).forFeeds()));
  }

  /**
   * Reads a top-level JSON array of article objects (UTF-8).
   *
   * @param in the feed; closed by {@link #close()}
   * @param json the settings; each element is bounded by its limits except the document length,
   *     which does not apply to the whole feed
   * @return the reader
   */
  public static ArticleReader array(InputStream in, NewsJson json) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(json, "json must not be null");
    return new ArticleReader(new ArrayRecords(in, Codec.of(json).forFeeds()));
  }

  /**
   * Returns the records, read as the iterator advances.
   *
   * @return the iterator
   * @throws IllegalStateException if called a second time
   */
  @Override
  public Iterator<RecordResult> iterator() {
    if (iterated) {
      throw new IllegalStateException("ArticleReader was already iterated; expected one pass");
    }
    iterated = true;
    return new Iterator<>() {
      private @Nullable RecordResult next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = records.next();
          done = next == null;
        }
        return next != null;
      }

      @Override
      public RecordResult next() {
        RecordResult result = hasNext() ? next : null;
        if (result == null) {
          throw new NoSuchElementException("the feed has no more records");
        }
        next = null;
        return result;
      }
    };
  }

  /**
   * Returns the records as a sequential, lazy stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<RecordResult> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Closes the feed's input. */
  @Override
  public void close() {
    records.close();
  }
}
