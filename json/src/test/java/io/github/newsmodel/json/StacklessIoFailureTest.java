package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * An input that fails with an exception without a stack trace (as some I/O libraries throw, for
 * speed) is still an I/O failure, not a problem with the document.
 */
class StacklessIoFailureTest {

  private static final class StacklessIoException extends IOException {
    private static final long serialVersionUID = 1L;

    StacklessIoException(String message) {
      super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private static final class FailingInput extends InputStream {
    @Override
    public int read() throws IOException {
      throw new StacklessIoException("stream reset");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      throw new StacklessIoException("stream reset");
    }
  }

  @Test
  void aStacklessFailureOfTheInputIsAnIoException() {
    NewsJsonIoException e =
        catchThrowableOfType(
            NewsJsonIoException.class, () -> NewsJson.defaults().read(new FailingInput()));
    assertThat(e.getCause()).isInstanceOf(StacklessIoException.class).hasMessage("stream reset");
    assertThat(e.getCause().getStackTrace()).isEmpty();
  }
}
