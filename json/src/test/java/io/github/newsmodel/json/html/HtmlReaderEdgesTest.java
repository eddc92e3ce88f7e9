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

/** How HTML that is not canonical becomes blocks, and the warnings it gives. */
class HtmlReaderEdgesTest {

  private static List<String> messages(HtmlConversion conversion) {
    return conversion.warnings().stream().map(JsonProblem::message).toList();
  }

  @Test
  void aLineBreakInTextIsLaidOutAsOneSpace() {
    HtmlConversion conversion =
        HtmlBodies.toBlocks("<p>one\n\ntwo \r\n three\fend <b>bold\n</b>x</p>loose\ntext");

    assertThat(conversion.blocks())
        .containsExactly(
            new Paragraph(
                List.of(
                    Inline.text("one two three end "),
                    Inline.strong(Inline.text("bold ")),
                    Inline.text("x"))),
            Paragraph.of("loose text"));
  }

  @Test
  void spacesAndTabsWithoutALineBreakStayAsWritten() {
    HtmlConversion conversion = HtmlBodies.toBlocks("<p>a \t b</p>");

    assertThat(conversion.blocks()).containsExactly(Paragraph.of("a \t b"));
  }

  @Test
  void headingLevelsAreKeptAndOnlyH1IsRaisedToLevelTwo() {
    HtmlConversion conversion = HtmlBodies.toBlocks("<h1>a</h1><h2>b</h2><h5>c</h5>");
    assertThat(conversion.blocks())
        .containsExactly(
            new Heading(2, List.of(Inline.text("a"))),
            new Heading(2, List.of(Inline.text("b"))),
            new Heading(5, List.of(Inline.text("c"))));
    assertThat(messages(conversion)).containsExactly("<h1> became a level-2 heading at h1[0]");
  }

  @Test
  void quoteParagraphsAreJoinedByLineBreaksAndATrailingCiteIsTheAttribution() {
    HtmlConversion conversion =
        HtmlBodies.toBlocks("<blockquote><p>a</p><p>b</p><cite>Who</cite>\n </blockquote>");
    assertThat(conversion.blocks())
        .singleElement()
        .isInstanceOfSatisfying(
            Quote.class,
            q -> {
              assertThat(q.attribution()).isEqualTo("Who");
              assertThat(q.content()).startsWith(Inline.text("a"), Inline.lineBreak());
              assertThat(q.content().get(2)).isInstanceOf(Inline.Text.class);
              assertThat(((Inline.Text) q.content().get(2)).value()).startsWith("b");
            });
  }

  @Test
  void aCiteThatIsNotLastStaysInTheQuote() {
    HtmlConversion conversion =
        HtmlBodies.toBlocks("<blockquote><cite>Who</cite> said <b>it</b></blockquote>");
    assertThat(conversion.blocks())
        .singleElement()
        .isInstanceOfSatisfying(
            Quote.class,
            q -> {
              assertThat(q.attribution()).isNull();
              assertThat(q.content())
                  .containsExactly(
                      Inline.text("Who said "),
                      new Inline.Styled(Inline.Style.STRONG, List.of(Inline.text("it"))));
            });
  }

  @Test
  void listChildrenThatAreNotItemsBecomeItemsOrAreDropped() {
    HtmlConversion conversion =
        HtmlBodies.toBlocks("<ol><li>a</li><script>x()</script><div>d <i>e</i></div></ol>");
    assertThat(conversion.blocks())
        .containsExactly(
            new ListBlock(true, List.of(List.of(Inline.text("a")), List.of(Inline.text("d e")))));
    assertThat(messages(conversion))
        .containsExactly(
            "dropped element <script> with its content at ol[0] > script[1]",
            "element <div> is not a list item; its text became an item at ol[0] > div[2]");
    assertThat(HtmlBodies.toBlocks("<ul><li>x</li></ul>").blocks())
        .containsExactly(new ListBlock(false, List.of(List.of(Inline.text("x")))));
  }

  @Test
  void figuresWithoutAnImageUseTheirMediaIdOrAreDropped() {
    assertThat(HtmlBodies.toBlocks("<figure data-media-id=\"m1\"></figure>").blocks())
        .containsExactly(MediaReference.of("m1"));
    HtmlConversion empty = HtmlBodies.toBlocks("<figure><figcaption>Cap</figcaption></figure>");
    assertThat(empty.blocks()).isEmpty();
    assertThat(messages(empty))
        .containsExactly(
            "figure caption 'Cap' is not kept (a caption belongs to the media item) at figure[0] >"
                + " figcaption[0]",
            "dropped figure without an image at figure[0]");
    HtmlConversion script =
        HtmlBodies.toBlocks("<figure data-media-id=\"f\"><img><script>x</script></figure>");
    assertThat(script.blocks()).containsExactly(MediaReference.of("f"));
    assertThat(messages(script))
        .containsExactly("dropped element <script> inside a figure at figure[0] > script[1]");
  }

  @Test
  void imageIdsComeFromTheImageThenTheFigureThenTheSource() {
    assertThat(
            HtmlBodies.toBlocks(
                    "<figure data-media-id=\"f\"><img data-media-id=\"i\" src=\"https://e.kz/s.jpg\">"
                        + "</figure><figure data-media-id=\"f\"><img src=\"https://e.kz/s.jpg\">"
                        + "</figure><img src=\"https://e.kz/s.jpg\"><img src=\" \">")
                .blocks())
        .containsExactly(
            MediaReference.of("i"),
            MediaReference.of("f"),
            MediaReference.of("https://e.kz/s.jpg"));
  }

  @Test
  void imagesInsideInlineContentFollowTheBlockThatHeldThem() {
    assertThat(HtmlBodies.toBlocks("<p>a<em>b<img data-media-id=\"m\"></em>c</p>").blocks())
        .containsExactly(
            new Paragraph(
                List.of(
                    Inline.text("a"),
                    new Inline.Styled(Inline.Style.EMPHASIS, List.of(Inline.text("b"))),
                    Inline.text("c"))),
            MediaReference.of("m"));
    assertThat(
            HtmlBodies.toBlocks("<h2>t<a href=\"https://e.kz\"><img data-media-id=\"h\"></a></h2>")
                .blocks())
        .containsExactly(
            new Heading(2, List.of(Inline.text("t"), new Inline.Link("https://e.kz", List.of()))),
            MediaReference.of("h"));
    assertThat(
            HtmlBodies.toBlocks(
                    "x<b><img data-media-id=\"l\"></b><p>y<i><img data-media-id=\"p\"></i></p>")
                .blocks())
        .containsExactly(
            new Paragraph(
                List.of(Inline.text("x"), new Inline.Styled(Inline.Style.STRONG, List.of()))),
            MediaReference.of("l"),
            new Paragraph(
                List.of(Inline.text("y"), new Inline.Styled(Inline.Style.EMPHASIS, List.of()))),
            MediaReference.of("p"));
  }

  @Test
  void anImageBetweenParagraphTextSplitsTheParagraph() {
    assertThat(HtmlBodies.toBlocks("<p>a<img data-media-id=\"m\">b</p>").blocks())
        .containsExactly(Paragraph.of("a"), MediaReference.of("m"), Paragraph.of("b"));
    assertThat(
            HtmlBodies.toBlocks(
                    "<p>a<b><img data-media-id=\"n\"></b><img data-media-id=\"m\">b</p>")
                .blocks())
        .containsExactly(
            new Paragraph(
                List.of(Inline.text("a"), new Inline.Styled(Inline.Style.STRONG, List.of()))),
            MediaReference.of("n"),
            MediaReference.of("m"),
            Paragraph.of("b"));
  }

  @Test
  void looseInlineImagesWithoutAnIdAreDropped() {
    HtmlConversion conversion = HtmlBodies.toBlocks("<p>a<em><img src=\"javascript:x\"></em></p>");
    assertThat(conversion.blocks())
        .containsExactly(
            new Paragraph(
                List.of(Inline.text("a"), new Inline.Styled(Inline.Style.EMPHASIS, List.of()))));
    assertThat(messages(conversion))
        .containsExactly(
            "dropped image without a data-media-id or usable src at p[0] > em[0] > img[0]");
  }

  @Test
  void linksKeepOnlyWebAndMailSchemes() {
    HtmlConversion conversion =
        HtmlBodies.toBlocks(
            "<p><a href=\" HTTP://e.kz\">w</a><a href=\"mailto:a@b.kz\">m</a>"
                + "<a href=\"ftp://e.kz\">f</a><a>n</a></p>");
    assertThat(conversion.blocks())
        .containsExactly(
            new Paragraph(
                List.of(
                    new Inline.Link(" HTTP://e.kz", List.of(Inline.text("w"))),
                    new Inline.Link("mailto:a@b.kz", List.of(Inline.text("m"))),
                    Inline.text("fn"))));
    assertThat(messages(conversion))
        .containsExactly(
            "dropped link to 'ftp://e.kz' (only http, https and mailto are kept); its text is kept"
                + " at p[0] > a[2]");
  }

  @Test
  void scriptableAttributesAreReportedAndLongValuesAbbreviated() {
    String long60 = "x".repeat(60);
    String long61 = "y".repeat(61);
    HtmlConversion conversion =
        HtmlBodies.toBlocks(
            "<p onClick=\"a\" style=\""
                + long60
                + "\" srcdoc=\""
                + long61
                + "\" formaction=\"f\""
                + " title=\"t\">p</p>");
    assertThat(conversion.blocks()).containsExactly(Paragraph.of("p"));
    assertThat(messages(conversion))
        .containsExactly(
            "dropped attribute onclick=\"a\" at p[0]",
            "dropped attribute style=\"" + long60 + "\" at p[0]",
            "dropped attribute srcdoc=\"" + "y".repeat(57) + "…\" at p[0]",
            "dropped attribute formaction=\"f\" at p[0]");
  }

  @Test
  void keepsTextAfterANoncharacterThatStartsARunOfText() {
    // jsoup takes a raw U+FFFF at the start of a text run for the end of its input
    HtmlConversion conversion =
        HtmlBodies.toBlocks("<p>\uffffb</p><ul><li>\uffff</li></ul><p>more</p>");
    assertThat(conversion.blocks())
        .containsExactly(
            Paragraph.of("\uffffb"),
            new ListBlock(false, List.of(List.of(Inline.text("\uffff")))),
            Paragraph.of("more"));
    assertThat(conversion.warnings()).isEmpty();
  }

  @Test
  void writesANoncharacterAsAReferenceThatReadsBackTheSame() {
    List<Block> blocks =
        List.of(
            Paragraph.of("\uffffa"),
            new Paragraph(
                List.of(new Inline.Link("https://e.kz/a", List.of(Inline.text("\uffff"))))));
    String html = HtmlBodies.toHtml(blocks);
    assertThat(html).doesNotContain("\uffff").contains("&#xFFFF;a");
    HtmlConversion back = HtmlBodies.toBlocks(html);
    assertThat(back.blocks()).isEqualTo(blocks);
    assertThat(back.exact()).isTrue();
  }

  @Test
  void looseTextAndInlineElementsBecomeOneParagraph() {
    assertThat(HtmlBodies.toBlocks("a <b>b</b><br><hr> c<h2>t</h2>").blocks())
        .containsExactly(
            new Paragraph(
                List.of(
                    Inline.text("a "),
                    new Inline.Styled(Inline.Style.STRONG, List.of(Inline.text("b"))),
                    Inline.text(" c"))),
            new Heading(2, List.of(Inline.text("t"))));
  }

  @Test
  void elementsNestedTooDeeplyAreFlattenedToText() {
    String deep = "<div>".repeat(210) + "<p>x</p>" + "</div>".repeat(210);
    HtmlConversion conversion = HtmlBodies.toBlocks(deep);
    assertThat(conversion.blocks()).containsExactly(Paragraph.of("x"));
    assertThat(conversion.warnings())
        .extracting(JsonProblem::code)
        .containsExactly("html.too-deep");
    assertThat(messages(conversion).get(0))
        .startsWith("elements nested deeper than 200 were flattened to their text at div[0] > ");
    String deepInline = "<p>" + "<b>".repeat(205) + "y" + "</b>".repeat(205) + "</p>";
    HtmlConversion inline = HtmlBodies.toBlocks(deepInline);
    assertThat(inline.warnings()).extracting(JsonProblem::code).containsExactly("html.too-deep");
    assertThat(HtmlBodies.toHtml(inline.blocks())).contains("y");
  }
}
