package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newsmodel.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failing streams and files surface as NewsJsonIoException with the original cause. */
class IoFailuresTest {

  private static final Article ARTICLE = Article.builder("a", "h").build();

  private static final class BrokenOutput extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk full");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("disk full");
    }
  }

  @Test
  void aFailingOutputStreamIsAnIoExceptionWithItsCause() {
    NewsJsonIoException e =
        catchThrowableOfType(
            NewsJsonIoException.class,
            () -> NewsJson.defaults().write(ARTICLE, new BrokenOutput()));
    assertThat(e.getMessage()).isEqualTo("reading or writing JSON failed: disk full");
    assertThat(e.getCause()).hasMessage("disk full");
  }

  @Test
  void aFailingWriterIsAnIoExceptionWithItsCause() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int off, int len) throws IOException {
            throw new IOException("closed pipe");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("closed pipe");
          }

          @Override
          public void close() {}
        };
    NewsJsonIoException e =
        catchThrowableOfType(
            NewsJsonIoException.class, () -> NewsJson.defaults().write(ARTICLE, broken));
    assertThat(e.getCause()).hasMessage("closed pipe");
  }

  @Test
  void aFileInAMissingDirectoryCannotBeWritten(@TempDir Path dir) {
    Path file = dir.resolve("missing/a.json");
    NewsJsonIoException e =
        catchThrowableOfType(
            NewsJsonIoException.class, () -> NewsJson.defaults().write(ARTICLE, file));
    assertThat(e.getMessage()).startsWith("cannot write JSON file " + file + ": ");
  }

  @Test
  void aFailingInputStreamIsAnIoExceptionNotAProblem() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("connection reset");
          }
        };
    NewsJsonIoException e =
        catchThrowableOfType(
            NewsJsonIoException.class, () -> NewsJson.defaults().readAndValidate(broken));
    assertThat(e.getCause()).hasMessage("connection reset");
  }

  @Test
  void malformedUtf8IsASyntaxProblem() {
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    ReadResult<Article> result = NewsJson.defaults().readAndValidate(bad);
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("json.syntax");
  }
}
