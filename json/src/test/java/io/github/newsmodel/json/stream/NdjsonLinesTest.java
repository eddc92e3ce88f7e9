package io.github.newsmodel.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How NDJSON lines are cut from the input: buffer edges, long lines, line ends, slow streams. */
class NdjsonLinesTest {

  private static final NewsJson JSON = NewsJson.defaults();

  private static Article article(int n, int paragraphs) {
    Article.Builder builder = Article.builder("id-" + n, "Заголовок " + n);
    for (int i = 0; i < paragraphs; i++) {
      builder.addBlock(Paragraph.of("Абзац " + i + " статьи " + n + ": " + "текст ".repeat(20)));
    }
    return builder.build();
  }

  private static List<RecordResult> read(byte[] feed, NewsJson json, boolean trickle) {
    InputStream in = new ByteArrayInputStream(feed);
    if (trickle) {
      in =
          new InputStream() {
            private final ByteArrayInputStream source = new ByteArrayInputStream(feed);

            @Override
            public int read() {
              return source.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
              return source.read(b, off, Math.min(len, 7));
            }
          };
    }
    try (ArticleReader reader = ArticleReader.ndjson(in, json)) {
      return reader.stream().toList();
    }
  }

  @Test
  void recordsOfEverySizeAcrossBufferEdgesReadBackEqual() {
    List<Article> articles = new ArrayList<>();
    StringBuilder feed = new StringBuilder();
    for (int n = 0; n < 60; n++) {
      // sizes from a few hundred bytes to well over the 64 KB read buffer
      Article article = article(n, n % 7 == 0 ? 400 : n % 5);
      articles.add(article);
      feed.append(JSON.write(article)).append(n % 3 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = feed.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(4 * 64 * 1024);
    for (boolean trickle : new boolean[] {false, true}) {
      List<RecordResult> records = read(bytes, JSON, trickle);
      assertThat(records).hasSize(articles.size());
      for (int i = 0; i < records.size(); i++) {
        assertThat(records.get(i).line()).isEqualTo(i + 1);
        assertThat(records.get(i).result().value()).contains(articles.get(i));
        assertThat(records.get(i).result().isValid()).isTrue();
      }
    }
  }

  @Test
  void overlongLinesAreSkippedAndTheFeedGoesOn() {
    NewsJson small =
        NewsJson.builder().limits(JsonLimits.builder().maxDocumentBytes(300).build()).build();
    String ok = JSON.write(Article.builder("a", "h").build());
    String longLine = JSON.write(article(1, 40));
    String feed = ok + "\n" + longLine + "\n\n" + ok + "\n" + longLine;
    for (boolean trickle : new boolean[] {false, true}) {
      List<RecordResult> records = read(feed.getBytes(StandardCharsets.UTF_8), small, trickle);
      assertThat(records).extracting(RecordResult::line).containsExactly(1, 2, 4, 5);
      assertThat(records).extracting(RecordResult::record).containsExactly(1, 2, 3, 4);
      assertThat(records.get(0).result().isValid()).isTrue();
      assertThat(records.get(1).result().problems())
          .extracting(JsonProblem::code, JsonProblem::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("limit.document", 2));
      assertThat(records.get(2).result().isValid()).isTrue();
      assertThat(records.get(3).result().problems())
          .extracting(JsonProblem::code)
          .containsExactly("limit.document");
    }
  }

  @Test
  void aLastLineWithoutLineFeedAndBlankLinesAreHandled() {
    String ok = JSON.write(Article.builder("a", "h").build());
    String feed = "\n \t\r\n" + ok + "\r\n\n" + ok;
    List<RecordResult> records = read(feed.getBytes(StandardCharsets.UTF_8), JSON, false);
    assertThat(records).extracting(RecordResult::line).containsExactly(3, 5);
    assertThat(records).allSatisfy(r -> assertThat(r.result().isValid()).isTrue());
    assertThat(read(new byte[0], JSON, false)).isEmpty();
    assertThat(read("\n\n".getBytes(StandardCharsets.UTF_8), JSON, false)).isEmpty();
  }

  @Test
  void problemsAreLocatedOnTheFeedLine() {
    String feed =
        JSON.write(Article.builder("a", "h").build())
            + "\n"
            + "{\"id\":\"b\",\"headline\":\"h\",\"urgency\":\"x\"}\n";
    List<RecordResult> records = read(feed.getBytes(StandardCharsets.UTF_8), JSON, true);
    assertThat(records.get(1).result().problems())
        .extracting(JsonProblem::line, JsonProblem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 36));
  }
}
