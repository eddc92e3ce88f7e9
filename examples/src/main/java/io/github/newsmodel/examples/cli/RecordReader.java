package io.github.newsmodel.examples.cli;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Yields the records of a feed one at a time, so a feed of any length is read in bounded memory.
 */
public interface RecordReader {

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the feed
   * @throws IOException if the feed cannot be read
   */
  @Nullable FeedRecord next() throws IOException;
}
