package io.github.newsmodel.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** How feed readers and writers behave at their edges: one pass, empty feeds, closing. */
class FeedProtocolTest {

  private static final NewsJson JSON = NewsJson.defaults();
  private static final String ARTICLE = "{\"id\":\"a\",\"headline\":\"h\"}";

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aReaderCanBeIteratedOnlyOnce() {
    try (ArticleReader reader = ArticleReader.ndjson(utf8(ARTICLE), JSON)) {
      assertThat(reader.iterator().hasNext()).isTrue();
      assertThatThrownBy(reader::iterator)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already iterated");
    }
  }

  @Test
  void hasNextDoesNotConsumeAndNextPastTheEndThrows() {
    try (ArticleReader reader = ArticleReader.ndjson(utf8(ARTICLE + "\n" + ARTICLE), JSON)) {
      Iterator<RecordResult> records = reader.iterator();
      assertThat(records.hasNext()).isTrue();
      assertThat(records.hasNext()).isTrue();
      assertThat(records.next().record()).isEqualTo(1);
      assertThat(records.next().record()).isEqualTo(2);
      assertThat(records.hasNext()).isFalse();
      assertThat(records.hasNext()).isFalse();
      assertThatThrownBy(records::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void emptyFeedsHaveNoRecords() {
    try (ArticleReader reader = ArticleReader.ndjson(utf8(""), JSON)) {
      assertThat(reader.stream().toList()).isEmpty();
    }
    try (ArticleReader reader = ArticleReader.ndjson(utf8("\n \t\r\n\n"), JSON)) {
      assertThat(reader.stream().toList()).isEmpty();
    }
    try (ArticleReader reader = ArticleReader.array(utf8(" [ ] "), JSON)) {
      assertThat(reader.stream().toList()).isEmpty();
    }
  }

  @Test
  void anEmptyDocumentIsNotAnArrayFeed() {
    try (ArticleReader reader = ArticleReader.array(utf8(""), JSON)) {
      assertThat(reader.stream().toList())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.record()).isEqualTo(1);
                assertThat(r.line()).isEqualTo(1);
                assertThat(r.result().problems())
                    .extracting(JsonProblem::message)
                    .containsExactly("expected a JSON array of articles, found an empty document");
              });
    }
    try (ArticleReader reader = ArticleReader.array(utf8("\n\n\"x\""), JSON)) {
      assertThat(reader.stream().toList())
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.result().problems())
                      .extracting(JsonProblem::message)
                      .containsExactly("expected a JSON array of articles, found value_string"));
    }
  }

  @Test
  void arrayRecordsCarryTheLineTheyStartOn() {
    String feed = "[\n" + ARTICLE + ",\n\n" + ARTICLE + "\n]";
    try (ArticleReader reader = ArticleReader.array(utf8(feed), JSON)) {
      assertThat(reader.stream().toList())
          .extracting(RecordResult::record, RecordResult::line)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 4));
    }
  }

  @Test
  void aBrokenArrayElementIsSkippedAndTheNextOneRead() {
    String feed =
        "[{\"id\":\"a\",\"media\":[{\"x\":[1,[2]]}],\"headline\":\"h\"}, " + ARTICLE + "]";
    try (ArticleReader reader = ArticleReader.array(utf8(feed), JSON)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(records).hasSize(2);
      assertThat(records.get(0).result().isValid()).isFalse();
      assertThat(records.get(1).result().isValid()).isTrue();
    }
  }

  @Test
  void closingTheStreamClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    ArticleReader reader = ArticleReader.ndjson(in, JSON);
    try (var records = reader.stream()) {
      assertThat(records.count()).isEqualTo(1);
    }
    assertThat(closed).isTrue();
  }

  @Test
  void recordResultsAreOneBased() {
    ReadResult<Article> none = ReadResult.failed(List.of());
    assertThatThrownBy(() -> new RecordResult(0, 1, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RecordResult record 0 at line 1 is not positive; expected 1-based values");
    assertThatThrownBy(() -> new RecordResult(1, 0, none))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RecordResult(1, 1, none).line()).isEqualTo(1);
  }

  @Test
  void writersWriteEmptyFeedsAndRefuseWritesAfterClose() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArticleWriter writer = ArticleWriter.array(out, JSON);
    writer.close();
    writer.close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
    Article article = JSON.readArticle(ARTICLE);
    assertThatThrownBy(() -> writer.write(article))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (ArticleWriter ndjson = ArticleWriter.ndjson(lines, JSON)) {
      ndjson.write(article);
      ndjson.write(article);
      assertThat(ndjson.written()).isEqualTo(2);
    }
    assertThat(lines.toString(StandardCharsets.UTF_8))
        .isEqualTo(JSON.write(article) + "\n" + JSON.write(article) + "\n");
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    try (ArticleWriter two = ArticleWriter.array(array, JSON)) {
      two.write(article);
      two.write(article);
    }
    assertThat(array.toString(StandardCharsets.UTF_8))
        .isEqualTo("[\n" + JSON.write(article) + ",\n" + JSON.write(article) + "\n]\n");
  }
}
