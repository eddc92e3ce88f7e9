package io.github.newsmodel.json.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.body.Embed;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical HTML written for blocks, escapes and embeds in particular. */
class HtmlWriterTest {

  @Test
  void textEscapesAmpersandAndAngleBracketsEvenAlone() {
    assertThat(HtmlBodies.toHtml(List.of(Paragraph.of("&"), Paragraph.of("<"), Paragraph.of(">"))))
        .isEqualTo("<p>&amp;</p><p>&lt;</p><p>&gt;</p>");
    assertThat(HtmlBodies.toHtml(List.of(Paragraph.of("\"a\" & 'b' <c>"))))
        .isEqualTo("<p>\"a\" &amp; 'b' &lt;c&gt;</p>");
  }

  @Test
  void attributesAlsoEscapeQuotes() {
    assertThat(HtmlBodies.toHtml(List.of(MediaReference.of("\""))))
        .isEqualTo("<figure><img data-media-id=\"&quot;\"></figure>");
    assertThat(
            HtmlBodies.toHtml(
                List.of(
                    new Paragraph(
                        List.of(
                            new Inline.Link(
                                "https://e.kz/?q=\"x\"&a=<b>", List.of(Inline.text("l"))))))))
        .isEqualTo("<p><a href=\"https://e.kz/?q=&quot;x&quot;&amp;a=&lt;b&gt;\">l</a></p>");
  }

  @Test
  void anEmbedIsAParagraphLinkingToIt() {
    assertThat(
            HtmlBodies.toHtml(
                List.of(
                    new Embed("https://video.example/v?a=1&b=2", "youtube", "Clip <live>"),
                    Embed.of("https://video.example/w", null))))
        .isEqualTo(
            "<p><a href=\"https://video.example/v?a=1&amp;b=2\">Clip &lt;live&gt;</a></p>"
                + "<p><a href=\"https://video.example/w\">https://video.example/w</a></p>");
  }
}
