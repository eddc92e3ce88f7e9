package io.github.newsmodel.json.stream;

import org.jspecify.annotations.Nullable;

/** A source of feed records, read one at a time. */
interface Records extends AutoCloseable {

  /** Reads the next record, or returns null at the end of the feed. */
  @Nullable RecordResult next();

  @Override
  void close();
}
