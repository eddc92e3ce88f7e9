package io.github.newsmodel.json;

import java.io.IOException;
import java.util.Objects;

/**
 * Reading from or writing to a stream, reader, writer or file failed.
 *
 * <p>See {@link io.github.newsmodel.json.NewsJson} for an example of reading.
 */
public class NewsJsonIoException extends NewsJsonException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was being read or written
   * @param cause the I/O failure
   */
  public NewsJsonIoException(String message, IOException cause) {
    super(message + ": " + cause.getMessage(), "", 0, 0, cause);
  }

  /**
   * Returns the I/O failure.
   *
   * @return the cause
   */
  @Override
  public synchronized IOException getCause() {
    // the constructor always passes a non-null IOException, and a cause can only be set once
    return (IOException) Objects.requireNonNull(super.getCause());
  }
}
