package io.github.newsmodel.json.internal;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Passes reads through and ignores {@link #close()}, so the caller keeps owning its stream. */
final class NonClosingInputStream extends FilterInputStream {

  NonClosingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
