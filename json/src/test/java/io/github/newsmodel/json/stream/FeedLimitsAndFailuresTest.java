package io.github.newsmodel.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.NewsJsonIoException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Feeds at their limits, with broken syntax between records, and over failing streams. */
class FeedLimitsAndFailuresTest {

  private static final NewsJson JSON = NewsJson.defaults();

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static NewsJson withLimits(JsonLimits.Builder limits) {
    return NewsJson.builder().limits(limits.build()).build();
  }

  /** A valid article written in exactly {@code bytes} bytes (padded with spaces). */
  private static String articleOfLength(String id, int bytes) {
    String json = "{\"id\":\"" + id + "\",\"headline\":\"h\"}";
    return json.substring(0, json.length() - 1) + " ".repeat(bytes - json.length()) + "}";
  }

  private static List<RecordResult> ndjson(String feed, NewsJson json) {
    try (ArticleReader reader = ArticleReader.ndjson(utf8(feed), json)) {
      return reader.stream().toList();
    }
  }

  private static List<String> ids(List<RecordResult> records) {
    return records.stream().map(r -> r.result().value().map(Article::id).orElse("-")).toList();
  }

  @Test
  void arrayElementStoppedAtALimitIsSkippedAndTheNextOneRead() {
    NewsJson json = withLimits(JsonLimits.builder().maxArrayLength(2));
    String feed =
        "[{\"id\":\"a\",\"headline\":\"h\",\"keywords\":[\"k1\",\"k2\",\"k3\",{\"x\":[1,[2]]},\"k5\"],"
            + "\"section\":\"s\"},\n{\"id\":\"b\",\"headline\":\"h\"}]";
    try (ArticleReader reader = ArticleReader.array(utf8(feed), json)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(records).extracting(RecordResult::record).containsExactly(1, 2);
      assertThat(records.get(0).result().problems())
          .extracting(JsonProblem::code)
          .containsExactly("limit.array");
      assertThat(records.get(1).result().value().map(Article::id)).contains("b");
      assertThat(records.get(1).result().problems()).isEmpty();
    }
  }

  @Test
  void arrayElementStoppedAtTheProblemLimitIsSkippedToo() {
    NewsJson json = withLimits(JsonLimits.builder().maxProblems(1));
    String feed =
        "[{\"id\":\"a\",\"headline\":5,\"section\":6,\"media\":[{\"x\":{}}],\"summary\":7},"
            + " {\"id\":\"b\",\"headline\":\"h\"}, {\"id\":\"c\",\"headline\":\"h\"}]";
    try (ArticleReader reader = ArticleReader.array(utf8(feed), json)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(ids(records)).containsExactly("-", "b", "c");
      assertThat(records.get(0).result().problems())
          .extracting(JsonProblem::code)
          .endsWith("limit.problems");
    }
  }

  @Test
  void syntaxErrorBetweenArrayElementsEndsTheFeedOnItsLine() {
    String feed =
        "[\n{\"id\":\"a\",\"headline\":\"h\"},\n{\"id\":\"b\",\"headline\":\"h\"}\n"
            + "{\"id\":\"c\",\"headline\":\"h\"}]";
    try (ArticleReader reader = ArticleReader.array(utf8(feed), JSON)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(ids(records)).containsExactly("a", "b", "-");
      assertThat(records.get(2).record()).isEqualTo(3);
      assertThat(records.get(2).line()).isEqualTo(4);
      assertThat(records.get(2).result().problems())
          .extracting(JsonProblem::code, JsonProblem::line)
          .containsExactly(tuple("json.syntax", 4));
    }
  }

  @Test
  void closingAnArrayReaderClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    ArticleReader reader = ArticleReader.array(in, JSON);
    assertThat(reader.stream().count()).isZero();
    reader.close();
    assertThat(closed).isTrue();
  }

  @Test
  void ndjsonLinesOfExactlyTheLimitAreRead() {
    NewsJson json = withLimits(JsonLimits.builder().maxDocumentBytes(200));
    String feed =
        articleOfLength("a", 200)
            + "\n"
            + articleOfLength("b", 201)
            + "\n"
            + articleOfLength("c", 200)
            + "\n"
            + articleOfLength("d", 200);
    List<RecordResult> records = ndjson(feed, json);
    assertThat(ids(records)).containsExactly("a", "-", "c", "d");
    assertThat(records.get(1).result().problems())
        .extracting(JsonProblem::code)
        .containsExactly("limit.document");
  }

  @Test
  void ndjsonLineOverflowingTheWholeBufferIsSkipped() {
    NewsJson json = withLimits(JsonLimits.builder().maxDocumentBytes(1000));
    String feed = "x".repeat(70_000) + "\n" + articleOfLength("b", 100) + "\n";
    List<RecordResult> records = ndjson(feed, json);
    assertThat(ids(records)).containsExactly("-", "b");
    assertThat(records).extracting(RecordResult::line).containsExactly(1, 2);
  }

  @Test
  void ndjsonLineLongerThanTheReadBufferButWithinTheLimitIsRead() {
    NewsJson json = withLimits(JsonLimits.builder().maxDocumentBytes(100_000));
    String feed = articleOfLength("a", 100_000) + "\n" + articleOfLength("b", 100) + "\n";
    List<RecordResult> records =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ndjson(feed, json));
    assertThat(ids(records)).containsExactly("a", "b");
  }

  @Test
  void ndjsonReadFailureNamesTheLineBeingRead() {
    byte[] first = (articleOfLength("a", 100) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          private boolean served;

          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (served) {
              throw new IOException("disk gone");
            }
            served = true;
            System.arraycopy(first, 0, b, off, first.length);
            return first.length;
          }
        };
    try (ArticleReader reader = ArticleReader.ndjson(failing, JSON)) {
      var records = reader.iterator();
      assertThat(records.next().result().value().map(Article::id)).contains("a");
      assertThatThrownBy(records::hasNext)
          .isInstanceOf(NewsJsonIoException.class)
          .hasMessage("reading NDJSON line 2 failed: disk gone")
          .hasRootCauseMessage("disk gone");
    }
  }

  @Test
  void writeFailureNamesTheRecordBeingWritten() {
    Article article = JSON.readArticle("{\"id\":\"a\",\"headline\":\"h\"}");
    OutputStream failsOnSecondRecord =
        new OutputStream() {
          private int writes;

          @Override
          public void write(int b) throws IOException {
            throw new IOException("full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (++writes > 2) {
              throw new IOException("full");
            }
          }
        };
    ArticleWriter writer = ArticleWriter.ndjson(failsOnSecondRecord, JSON);
    writer.write(article);
    assertThatThrownBy(() -> writer.write(article))
        .isInstanceOf(NewsJsonIoException.class)
        .hasMessage("writing feed record 2 failed: full");
  }
}
