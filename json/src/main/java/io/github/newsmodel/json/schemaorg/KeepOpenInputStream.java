package io.github.newsmodel.json.schemaorg;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Passes reads through and ignores {@link #close()}: the caller owns the stream. */
final class KeepOpenInputStream extends FilterInputStream {
  KeepOpenInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
