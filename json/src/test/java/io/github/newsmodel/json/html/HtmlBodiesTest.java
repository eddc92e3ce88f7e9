package io.github.newsmodel.json.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.json.JsonProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlBodiesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>a <strong>b</strong></p><h2>t</h2>",
        "<p>Заместитель Премьер-Министра – <em>Мурат Нуртлеу</em></p>",
        "<p>x &amp; y &lt; z &gt; w \"q\" 'a'</p>",
        "<p><a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">link</a> and <a href=\"mailto:a@b.kz\">mail</a></p>",
        "<h3>three</h3><h4>four</h4><h5>five</h5><h6>six</h6>",
        "<blockquote>quoted <strong>text</strong></blockquote>",
        "<blockquote>said<cite>Someone</cite></blockquote>",
        "<ul><li>one</li><li><em>two</em></li></ul><ol><li>first</li></ol>",
        "<p>line<br>break</p>",
        "<figure><img data-media-id=\"featureimage\"></figure>",
        "<figure><img src=\"https://example.com/a.jpg\"></figure>",
        "<p></p>",
        ""
      })
  void canonicalHtmlRoundTripsByteForByte(String html) {
    HtmlConversion conversion = HtmlBodies.toBlocks(html, "/bodies/0/value");
    assertThat(conversion.warnings()).isEmpty();
    assertThat(conversion.exact()).isTrue();
    assertThat(HtmlBodies.toHtml(conversion.blocks())).isEqualTo(html);
  }

  @Test
  void allowlistedElementsBecomeBlocks() {
    List<Block> blocks =
        HtmlBodies.toBlocks(
                "<p>a <strong>b</strong></p><h2>t</h2><blockquote>q<cite>A</cite></blockquote>"
                    + "<ul><li>i</li></ul><figure><img data-media-id=\"m1\"></figure>")
            .blocks();
    assertThat(blocks)
        .containsExactly(
            new Paragraph(List.of(Inline.text("a "), Inline.strong("b"))),
            Heading.of(2, "t"),
            new Quote(List.of(Inline.text("q")), "A"),
            new ListBlock(false, List.of(List.of(Inline.text("i")))),
            MediaReference.of("m1"));
  }

  @Test
  void synonymsAreNormalised() {
    HtmlConversion conversion = HtmlBodies.toBlocks("<p><b>x</b> <i>y</i></p><h1>T</h1>");
    assertThat(HtmlBodies.toHtml(conversion.blocks()))
        .isEqualTo("<p><strong>x</strong> <em>y</em></p><h2>T</h2>");
    assertThat(conversion.exact()).isFalse();
    assertThat(conversion.warnings()).extracting(JsonProblem::code).containsExactly("html.changed");
  }

  @Test
  void hostileContentIsDroppedAndReportedAtTheCallersPointer() {
    String html =
        "<p onclick=\"steal()\">hi<script>alert(1)</script></p>"
            + "<style>p{}</style><iframe src=\"https://evil.example\"></iframe>"
            + "<p><a href=\"javascript:alert(1)\">click</a> <a href=\" JaVaScRiPt:x\">y</a></p>"
            + "<p style=\"color:red\">s</p><img src=\"x.png\" onerror=\"boom()\">";
    HtmlConversion conversion = HtmlBodies.toBlocks(html, "/bodies/0/value");
    String out = HtmlBodies.toHtml(conversion.blocks());
    assertThat(out)
        .doesNotContain(
            "script",
            "style",
            "iframe",
            "onclick",
            "javascript",
            "JaVaScRiPt",
            "onerror",
            "steal",
            "alert");
    assertThat(out).startsWith("<p>hi</p><p>click y</p><p>s</p>");
    assertThat(conversion.warnings())
        .hasSizeGreaterThanOrEqualTo(7)
        .allSatisfy(
            w -> {
              assertThat(w.pointer()).isEqualTo("/bodies/0/value");
              assertThat(w.code()).isEqualTo("html.dropped");
              assertThat(w.isError()).isFalse();
            });
    assertThat(conversion.warnings()).anySatisfy(w -> assertThat(w.message()).contains("p[0]"));
  }

  @Test
  void mediaIdComesFromDataMediaIdThenSrc() {
    assertThat(
            HtmlBodies.toBlocks(
                    "<figure data-media-id=\"f\"><img src=\"https://x.kz/a.jpg\">"
                        + "<figcaption>c</figcaption></figure>")
                .blocks())
        .containsExactly(MediaReference.of("f"));
    assertThat(HtmlBodies.toBlocks("<p>a<img src=\"https://x.kz/b.jpg\">b</p>").blocks())
        .containsExactly(
            Paragraph.of("a"), MediaReference.of("https://x.kz/b.jpg"), Paragraph.of("b"));
  }

  @Test
  void unknownElementsAreUnwrappedKeepingText() {
    HtmlConversion conversion = HtmlBodies.toBlocks("<div><p><span>x</span>y</p></div>");
    assertThat(conversion.blocks()).containsExactly(Paragraph.of("xy"));
    assertThat(conversion.warnings())
        .extracting(JsonProblem::code)
        .containsExactly("html.unwrapped");
  }

  @Test
  void deepNestingAndMalformedInputDoNotFail() {
    String deep = "<b>".repeat(5000) + "x" + "</b>".repeat(5000);
    HtmlConversion conversion = HtmlBodies.toBlocks("<p>" + deep + "</p><p>unclosed <em>a");
    assertThat(conversion.blocks()).isNotEmpty();
    assertThat(HtmlBodies.toHtml(conversion.blocks())).contains("x").contains("unclosed");
    assertThat(HtmlBodies.toBlocks("<<<>>>&&&<p</p>").blocks()).isNotNull();
  }

  @Test
  void anEmptyNonItemInAListBecomesAnEmptyItemThatRoundTrips() {
    HtmlConversion conversion = HtmlBodies.toBlocks("<ul><li>x</li><figure></figure></ul>");
    assertThat(conversion.blocks())
        .containsExactly(new ListBlock(false, List.of(List.of(Inline.text("x")), List.of())));
    HtmlConversion again = HtmlBodies.toBlocks(HtmlBodies.toHtml(conversion.blocks()));
    assertThat(again.blocks()).isEqualTo(conversion.blocks());
    assertThat(again.exact()).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @ValueSource(
      strings = {
        "<figure data-media-id=\"javascript:alert(1)\"></figure>",
        "<p>a <strong>b<img data-media-id=\" JavaScript:x\"></strong></p>",
        "<p><em><figure><img src=\"javascript:x\"></figure></em></p>"
      })
  void javascriptImageIdsAreDroppedOnEveryPath(String html) {
    HtmlConversion conversion = HtmlBodies.toBlocks(html);
    assertThat(conversion.blocks()).noneMatch(b -> b instanceof MediaReference);
    assertThat(conversion.warnings()).extracting(JsonProblem::code).contains("html.dropped");
    HtmlConversion again = HtmlBodies.toBlocks(HtmlBodies.toHtml(conversion.blocks()));
    assertThat(again.blocks()).isEqualTo(conversion.blocks());
  }

  @Test
  void aLinkThatTheParserNestsInAnotherLinkIsUnwrappedSoTheCanonicalHtmlReadsBack() {
    // jsoup gives up re-closing the open <a> after several reopenings in nested lists, leaving the
    // second link inside the first; canonical <a><a></a></a> would not read back as nested links
    String html =
        "<a href=\"mailto:a@b.kz\">x<ol><li><ol><li><ol><li><ol><li>"
            + "<p>y<a href=\"https://example.com/\">z</a>";
    HtmlConversion conversion = HtmlBodies.toBlocks(html, "/body");
    String canonical = HtmlBodies.toHtml(conversion.blocks());
    assertThat(canonical)
        .contains("<a href=\"mailto:a@b.kz\">yz</a>")
        .doesNotContain("example.com");
    assertThat(conversion.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("html.unwrapped");
              assertThat(w.pointer()).isEqualTo("/body");
              assertThat(w.message()).contains("link inside a link");
            });
    HtmlConversion again = HtmlBodies.toBlocks(canonical);
    assertThat(again.blocks()).isEqualTo(conversion.blocks());
    assertThat(again.exact()).isTrue();
    assertThat(again.warnings()).isEmpty();
  }
}
