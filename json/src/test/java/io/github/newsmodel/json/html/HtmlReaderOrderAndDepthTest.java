package io.github.newsmodel.json.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.json.JsonProblem;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Block order when loose text precedes a block, media ids of figures wherever they sit, what is
 * reported inside inline content, and the depth from which elements are flattened.
 */
class HtmlReaderOrderAndDepthTest {

  private static List<String> messages(String html) {
    return HtmlBodies.toBlocks(html).warnings().stream().map(JsonProblem::message).toList();
  }

  private static String nest(int levels, String tag, String inner) {
    return ("<" + tag + ">").repeat(levels) + inner + ("</" + tag + ">").repeat(levels);
  }

  @Test
  void looseTextBeforeABlockBecomesAParagraphBeforeIt() {
    Paragraph loose = Paragraph.of("a");
    assertThat(HtmlBodies.toBlocks("a<blockquote>q</blockquote>").blocks())
        .containsExactly(loose, new Quote(List.of(Inline.text("q")), null));
    assertThat(HtmlBodies.toBlocks("a<ul><li>i</li></ul>").blocks())
        .containsExactly(loose, new ListBlock(false, List.of(List.of(Inline.text("i")))));
    assertThat(HtmlBodies.toBlocks("a<figure data-media-id=\"m1\"></figure>").blocks())
        .containsExactly(loose, MediaReference.of("m1"));
    assertThat(HtmlBodies.toBlocks("a<img src=\"https://ex.com/i.jpg\">").blocks())
        .containsExactly(loose, MediaReference.of("https://ex.com/i.jpg"));
  }

  @Test
  void aFigureGivesItsMediaIdToAnImageWithoutOneWhereverTheFigureSits() {
    String figure = "<figure data-media-id=\"m1\"><img src=\"https://ex.com/i.jpg\"></figure>";
    assertThat(HtmlBodies.toBlocks(figure).blocks()).containsExactly(MediaReference.of("m1"));
    assertThat(HtmlBodies.toBlocks("<ul><li>a" + figure + "</li></ul>").blocks())
        .containsExactly(
            new ListBlock(false, List.of(List.of(Inline.text("a")))), MediaReference.of("m1"));
    assertThat(
            HtmlBodies.toBlocks(
                    "<ul><li><figure data-media-id=\"m1\"><img data-media-id=\"m2\"></figure></li></ul>")
                .blocks())
        .endsWith(MediaReference.of("m2"));
    assertThat(
            HtmlBodies.toBlocks(
                    "<ul><li><figure><img src=\"https://ex.com/j.jpg\"></figure></li></ul>")
                .blocks())
        .endsWith(MediaReference.of("https://ex.com/j.jpg"));
  }

  @Test
  void scriptableAttributesAreReportedOnImagesListItemsAndInlineElements() {
    assertThat(messages("<ul><li onclick=\"x\">i</li></ul>"))
        .containsExactly("dropped attribute onclick=\"x\" at ul[0] > li[0]");
    assertThat(messages("<img src=\"https://ex.com/i.jpg\" onerror=\"x\">"))
        .containsExactly("dropped attribute onerror=\"x\" at img[0]");
    assertThat(messages("<p>a<img src=\"https://ex.com/i.jpg\" onload=\"x\"></p>"))
        .containsExactly("dropped attribute onload=\"x\" at p[0] > img[0]");
    assertThat(messages("<p>a<em style=\"color:red\">e</em></p>"))
        .containsExactly("dropped attribute style=\"color:red\" at p[0] > em[0]");
  }

  @Test
  void activeContentInsideInlineContentIsDroppedAndReported() {
    HtmlConversion conversion = HtmlBodies.toBlocks("<p>a<script>alert(1)</script>b</p>");
    assertThat(conversion.blocks()).containsExactly(Paragraph.of("ab"));
    assertThat(conversion.warnings())
        .extracting(JsonProblem::code, JsonProblem::message)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "html.dropped", "dropped element <script> with its content at p[0] > script[0]"));
  }

  @Test
  void unknownBlockElementsAreUnwrappedWithAWarningButContainersAreNot() {
    HtmlConversion conversion =
        HtmlBodies.toBlocks(
            "<div><section><span>x</span><table><tr><td>y</td></tr></table></section></div>");
    assertThat(conversion.blocks()).containsExactly(Paragraph.of("xy"));
    assertThat(conversion.warnings())
        .extracting(JsonProblem::message)
        .startsWith(
            "element <span> is not allowed; its content is kept at div[0] > section[0] > span[0]",
            "element <table> is not allowed; its content is kept at div[0] > section[0] > table[1]");
  }

  /**
   * Elements down to depth 200 (the body's children are at depth 1) are kept; deeper, flattened.
   */
  @Test
  void elementsAtDepth200AreKeptAndDeeperOnesFlattened() {
    // the innermost element of each shape sits at depth levels + 1, + 2, + 1, + 2 and + 0
    assertKeptUpTo(199, levels -> nest(levels, "div", "<p>x</p>"));
    assertKeptUpTo(199, levels -> "<p>" + nest(levels, "em", "x") + "</p>");
    assertKeptUpTo(
        198, levels -> "<blockquote><p>" + nest(levels, "em", "x") + "</p></blockquote>");
    assertKeptUpTo(199, levels -> "<blockquote>" + nest(levels, "em", "x") + "</blockquote>");
    assertKeptUpTo(198, levels -> "<ul><li>" + nest(levels, "em", "x") + "</li></ul>");
    assertKeptUpTo(200, levels -> nest(levels, "em", "x"));
  }

  private static void assertKeptUpTo(int levels, IntFunction<String> html) {
    String kept = html.apply(levels);
    String flattened = html.apply(levels + 1);
    assertThat(HtmlBodies.toBlocks(kept).warnings()).as(kept).isEmpty();
    assertThat(HtmlBodies.toBlocks(flattened).warnings())
        .as(flattened)
        .extracting(JsonProblem::code)
        .containsExactly("html.too-deep");
  }

  @Test
  void warningPathsNameTheTwelveInnermostElements() {
    String message = messages(nest(15, "section", "<script></script>")).get(0);
    assertThat(message)
        .isEqualTo(
            "dropped element <script> with its content at "
                + "section[0] > ".repeat(11)
                + "script[0]");
  }
}
