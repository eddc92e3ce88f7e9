package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBodiesTest {

  @Test
  void plainTextSplitsAtBlankLinesAndKeepsLineBreaks() {
    assertThat(
            ArticleBodies.toBlocks(
                "One\r\n\r\nTwo\nlines\n \n\n\nThree", "/articleBody", new Sink()))
        .containsExactly(
            Paragraph.of("One"),
            Paragraph.of(Inline.text("Two"), Inline.lineBreak(), Inline.text("lines")),
            Paragraph.of("Three"));
  }

  @Test
  void htmlGoesThroughTheAllowlistingConverterAndReportsWhatItDrops() {
    String html =
        "<p>One &amp; two</p><p>Three<br>four</p><script>alert(1)</script><ul><li>five</li></ul>";
    Sink sink = new Sink();

    assertThat(ArticleBodies.toBlocks(html, "/articleBody", sink))
        .containsExactly(
            Paragraph.of("One & two"),
            Paragraph.of(Inline.text("Three"), Inline.lineBreak(), Inline.text("four")),
            ListBlock.of(false, "five"));
    assertThat(sink.problems())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.pointer()).isEqualTo("/articleBody");
              assertThat(warning.severity())
                  .isEqualTo(io.github.newsmodel.validation.Severity.WARNING);
            });
  }

  @Test
  void textWithAngleBracketsThatAreNotTagsStaysText() {
    assertThat(ArticleBodies.toBlocks("2 < 3 and 5 > 4", "/articleBody", new Sink()))
        .containsExactly(Paragraph.of("2 < 3 and 5 > 4"));
  }

  @Test
  void writingJoinsBlocksWithBlankLinesAndSkipsBlocksWithoutText() {
    List<io.github.newsmodel.body.Block> blocks =
        List.of(
            Heading.of(2, "Title"),
            MediaReference.of("photo-1"),
            Paragraph.of("Body"),
            ListBlock.of(false, "a", "b"));
    assertThat(ArticleBodies.plainText(blocks)).isEqualTo("Title\n\nBody\n\na\nb");
  }

  @Test
  void htmlArticleBodyKeepsParagraphsAndEmphasis() {
    Article article =
        SchemaOrg.defaults()
            .read(
                "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"H\","
                    + " \"articleBody\": \"<p>Первый абзац.</p>\\n<p>Второй <b>абзац</b>.</p>\"}")
            .value()
            .orElseThrow();
    assertThat(article.body())
        .containsExactly(
            Paragraph.of("Первый абзац."),
            Paragraph.of(Inline.text("Второй "), Inline.strong("абзац"), Inline.text(".")));
  }
}
