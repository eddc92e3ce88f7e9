package io.github.newsmodel.json.internal;

import java.io.FilterReader;
import java.io.Reader;

/** Passes reads through and ignores {@link #close()}, so the caller keeps owning its reader. */
final class NonClosingReader extends FilterReader {

  NonClosingReader(Reader in) {
    super(in);
  }

  @Override
  public void close() {
    // the caller owns the reader
  }
}
