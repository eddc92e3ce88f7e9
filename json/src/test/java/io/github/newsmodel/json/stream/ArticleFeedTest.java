package io.github.newsmodel.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing feeds of articles: NDJSON and JSON arrays, bad records, laziness. */
class ArticleFeedTest {

  private static final NewsJson JSON = NewsJson.defaults();

  private static Article article(int n) {
    return Article.builder("id-" + n, "Жаңалық №" + n).language("kk").build();
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ndjsonWithBadRecordsInTheMiddleKeepsGoingWithCorrectIndexesAndLines() {
    String feed =
        JSON.write(article(1))
            + "\n"
            + "\n"
            + "{\"id\":\"x\",\"headline\":5}\n"
            + "{not json\n"
            + JSON.write(article(4))
            + "\n"
            + "{\"id\":\"y\"}\n";
    try (ArticleReader reader = ArticleReader.ndjson(utf8(feed), JSON)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(records).extracting(RecordResult::record).containsExactly(1, 2, 3, 4, 5);
      assertThat(records).extracting(RecordResult::line).containsExactly(1, 3, 4, 5, 6);
      assertThat(records.get(0).result().value()).contains(article(1));
      assertThat(records.get(1).result().problems())
          .extracting(JsonProblem::code, JsonProblem::pointer, JsonProblem::line)
          .contains(org.assertj.core.groups.Tuple.tuple("type.mismatch", "/headline", 3));
      assertThat(records.get(2).result().problems())
          .extracting(JsonProblem::code)
          .containsExactly("json.syntax");
      assertThat(records.get(2).result().problems().get(0).line()).isEqualTo(4);
      assertThat(records.get(3).result().value()).contains(article(4));
      assertThat(records.get(4).result().problems())
          .extracting(JsonProblem::pointer)
          .containsExactly("/headline");
    }
  }

  @Test
  void arrayFeedReadsEveryElementAndReportsBadOnesInPlace() {
    String feed =
        "[\n" + JSON.write(article(1)) + ",\n{\"id\":\"x\"},\n" + JSON.write(article(3)) + "\n]";
    try (ArticleReader reader = ArticleReader.array(utf8(feed), JSON)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(records).extracting(RecordResult::record).containsExactly(1, 2, 3);
      assertThat(records).extracting(RecordResult::line).containsExactly(2, 3, 4);
      assertThat(records.get(1).result().value()).isEmpty();
      assertThat(records.get(2).result().value()).contains(article(3));
    }
  }

  @Test
  void aSyntaxErrorInsideAnArrayEndsTheFeedWithAFinalProblem() {
    String feed = "[" + JSON.write(article(1)) + ", {\"id\": ] , " + JSON.write(article(3)) + "]";
    try (ArticleReader reader = ArticleReader.array(utf8(feed), JSON)) {
      List<RecordResult> records = reader.stream().toList();
      assertThat(records).hasSize(2);
      assertThat(records.get(1).result().problems())
          .extracting(JsonProblem::code)
          .contains("json.syntax");
    }
  }

  @Test
  void aFeedThatIsNotAnArrayGivesOneProblem() {
    try (ArticleReader reader = ArticleReader.array(utf8("{}"), JSON)) {
      assertThat(reader.stream().toList())
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.result().problems())
                      .extracting(JsonProblem::code)
                      .containsExactly("type.mismatch"));
    }
  }

  @Test
  void readingIsLazyTheFirstRecordOfAnEndlessFeedArrives() {
    byte[] line = (JSON.write(article(7)) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream endless =
        new InputStream() {
          private long position;

          @Override
          public int read() {
            return line[(int) (position++ % line.length)] & 0xFF;
          }
        };
    try (ArticleReader reader = ArticleReader.ndjson(endless, JSON)) {
      Iterator<RecordResult> records = reader.iterator();
      assertThat(records.next().result().value()).contains(article(7));
      assertThat(records.next().record()).isEqualTo(2);
    }
    InputStream endlessArray =
        new java.io.SequenceInputStream(
            utf8("["),
            new InputStream() {
              private long position;

              @Override
              public int read() {
                long at = position++;
                return at % (line.length) == line.length - 1
                    ? ','
                    : line[(int) (at % line.length)] & 0xFF;
              }
            });
    try (ArticleReader reader = ArticleReader.array(endlessArray, JSON)) {
      assertThat(reader.iterator().next().result().value()).contains(article(7));
    }
  }

  @Test
  void writtenFeedsReadBackInBothShapes() {
    List<Article> articles = List.of(article(1), article(2), article(3));
    for (boolean array : new boolean[] {false, true}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArticleWriter writer =
          array ? ArticleWriter.array(out, JSON) : ArticleWriter.ndjson(out, JSON)) {
        articles.forEach(writer::write);
        assertThat(writer.written()).isEqualTo(3);
      }
      InputStream in = new ByteArrayInputStream(out.toByteArray());
      try (ArticleReader reader =
          array ? ArticleReader.array(in, JSON) : ArticleReader.ndjson(in, JSON)) {
        assertThat(reader.stream().map(r -> r.result().orElseThrow()).toList())
            .as("array=%s", array)
            .isEqualTo(articles);
      }
    }
  }
}
