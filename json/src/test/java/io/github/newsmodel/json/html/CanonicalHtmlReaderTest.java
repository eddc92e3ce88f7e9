package io.github.newsmodel.json.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jsoup-free reader of canonical HTML gives exactly what the jsoup path gives: same blocks,
 * warnings and exactness, on generated canonical HTML, on near misses of it, and on the fuzz
 * corpus.
 */
class CanonicalHtmlReaderTest {

  /** Text pieces; those from {@link #TAME} on need the jsoup path or are changed by it. */
  private static final String[] PIECES = {
    "a",
    "b c",
    "Қазақ",
    "Привет",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "&amp;",
    "&lt;x&gt;",
    "&quot;",
    "&nbsp;",
    "&#65;",
    "\ud83d\ude00",
    "\ufeff",
    "</p>",
    "<br>",
    "x",
    "\u000b",
    "\ud800",
    "\udc00",
    " ",
    "  ",
    "\n",
    "\t",
    "\f",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\r",
    "\r\n",
    "\0",
    "\uffff"
  };

  private static final int TAME = 22;

  /** Link targets; the first five are kept by both paths. */
  private static final String[] HREFS = {
    "https://example.com/a?b=1&c=\"2\"",
    "http://e.kz/",
    "mailto:a@b.kz",
    " HTTPS://x.kz",
    "https://e.kz/<x>",
    "javascript:alert(1)",
    "ftp://x",
    ""
  };

  private static final String[] IDS = {
    "photo-1", "https://e.kz/i.jpg", "http://e.kz/a&b.png", " ", "javascript:x", "a\"b", "a&b", "я"
  };

  /** Whether the document generated now may hold anything, or only what the fast path reads. */
  private boolean wild;

  private String text(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(4);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(wild ? PIECES.length : TAME)]);
    }
    return text.toString();
  }

  private List<Inline> inlines(Random random, int depth, boolean inLink) {
    List<Inline> content = new ArrayList<>();
    int count = random.nextInt(depth > 3 ? 2 : 5);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(10);
      if (kind < 5 || depth > 4) {
        content.add(Inline.text(text(random)));
      } else if (kind == 5) {
        content.add(Inline.lineBreak());
      } else if (kind == 6) {
        content.add(new Inline.Styled(Inline.Style.STRONG, inlines(random, depth + 1, inLink)));
      } else if (kind == 7) {
        content.add(new Inline.Styled(Inline.Style.EMPHASIS, inlines(random, depth + 1, inLink)));
      } else if (!inLink || (wild && random.nextInt(8) == 0)) { // now and then a nested link
        String href = HREFS[random.nextInt(wild ? HREFS.length : 5)];
        content.add(new Inline.Link(href, inlines(random, depth + 1, true)));
      }
    }
    return content;
  }

  private Block block(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return new Heading(2 + random.nextInt(5), inlines(random, 0, false));
      case 1:
        return new Quote(
            inlines(random, 0, false), random.nextBoolean() ? null : text(random).strip());
      case 2:
        List<List<Inline>> items = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
          items.add(inlines(random, 0, false));
        }
        return new ListBlock(random.nextBoolean(), items);
      case 3:
        String id = IDS[random.nextInt(wild ? IDS.length : 3)];
        return id.isBlank() ? Paragraph.of("blank id") : MediaReference.of(id);
      default:
        return new Paragraph(inlines(random, 0, false));
    }
  }

  private List<Block> blocks(Random random) {
    wild = random.nextInt(3) == 0;
    List<Block> blocks = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      blocks.add(block(random));
    }
    return blocks;
  }

  private static void sameAsJsoup(String html) {
    assertThat(HtmlBodies.toBlocks(html, "/body"))
        .as("conversion of %s", html)
        .isEqualTo(HtmlBodies.withJsoup(html, "/body"));
  }

  @Test
  void generatedCanonicalHtmlConvertsAsWithJsoup() {
    Random random = new Random(20261127L);
    int fast = 0;
    int total = 3000;
    for (int i = 0; i < total; i++) {
      String html = HtmlBodies.toHtml(blocks(random));
      sameAsJsoup(html);
      if (CanonicalHtmlReader.read(html) != null) {
        fast++;
      }
    }
    // a third of the documents may hold carriage returns, NULs, unsafe links and the like, which
    // need jsoup; the others are read without it
    assertThat(fast).isGreaterThan(total * 3 / 5);
  }

  @Test
  void nearMissesOfCanonicalHtmlConvertAsWithJsoup() {
    Random random = new Random(42L);
    String alphabet = "<>/&\"= apbr;liemgfustrongh2";
    for (int i = 0; i < 3000; i++) {
      StringBuilder html = new StringBuilder(HtmlBodies.toHtml(blocks(random)));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && html.length() > 0; e++) {
        int at = random.nextInt(html.length());
        if (random.nextBoolean()) {
          html.deleteCharAt(at);
        } else {
          html.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      sameAsJsoup(html.toString());
    }
  }

  @Test
  void whatTheCanonicalReaderAcceptsWritesBackByteForByte() {
    long seed = 20261207L;
    Random random = new Random(seed);
    String alphabet = "<>/&\"= apbr;liemgfustrongh2:";
    int accepted = 0;
    for (int i = 0; i < 4000; i++) {
      StringBuilder html = new StringBuilder(HtmlBodies.toHtml(blocks(random)));
      int edits = random.nextInt(3);
      for (int e = 0; e < edits && html.length() > 0; e++) {
        int at = random.nextInt(html.length());
        if (random.nextBoolean()) {
          html.deleteCharAt(at);
        } else {
          html.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      List<Block> blocks = CanonicalHtmlReader.read(html.toString());
      if (blocks != null) {
        accepted++;
        assertThat(HtmlWriter.write(blocks))
            .as("seed %d, %s", seed, html)
            .isEqualTo(html.toString());
      }
    }
    assertThat(accepted).isGreaterThan(1000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<figure><img src=\"photo-1\"></figure>",
        "<figure><img data-media-id=\"https://e.kz/i\"></figure>",
        "<figure><img data-media-id=\"http://e.kz/i\"></figure>",
        "<figure><img src=\"HTTPS://e.kz/i\"></figure>"
      })
  void anImageIdInTheOtherAttributeThanTheWritersIsNotCanonical(String html) {
    assertThat(CanonicalHtmlReader.read(html)).isNull();
    sameAsJsoup(html);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<p></p>",
        "<p>a<strong>b<em>c</em></strong><br><a href=\"https://e.kz/?a=1&amp;b=&quot;\">d</a></p>",
        "<h2>t</h2><h6>u</h6><ul><li>x</li><li></li></ul><ol></ol>",
        "<blockquote>q<cite>A. Author</cite></blockquote><blockquote></blockquote>",
        "<blockquote>q<cite> A.  Author</cite></blockquote>",
        "<blockquote>q<cite></cite></blockquote>",
        "<figure><img data-media-id=\"photo-1\"></figure><figure><img src=\"https://e.kz/i\"></figure>",
        "<figure><img data-media-id=\" \"></figure>",
        "<figure><img src=\"javascript:x\"></figure>",
        "<p><a href=\"javascript:x\">y</a></p>",
        "<p><a href=\"https://a\">x<a href=\"https://b\">y</a></a></p>",
        "<h1>t</h1>",
        "<p>a &amp b</p>",
        "<p>a &nbsp; b</p>",
        "<p>a > b</p>",
        "<p>a\r\nb</p>",
        "text<p>a</p>",
        "<p>a</p> <p>b</p>",
        "<p><strong>unclosed</p>",
        "<p>a</P>"
      })
  void handPickedEdgesConvertAsWithJsoup(String html) {
    sameAsJsoup(html);
  }

  @Test
  void deepNestingGoesToJsoupBeyondTheLimit() {
    int depth = CanonicalHtmlReader.MAX_DEPTH + 5;
    String html = "<p>" + "<strong>".repeat(depth) + "x" + "</strong>".repeat(depth) + "</p>";
    assertThat(CanonicalHtmlReader.read(html)).isNull();
    sameAsJsoup(html);
    String shallow = "<p>" + "<em>".repeat(50) + "x" + "</em>".repeat(50) + "</p>";
    assertThat(CanonicalHtmlReader.read(shallow)).isNotNull();
    sameAsJsoup(shallow);
  }

  @Test
  void readsItsSubsetItselfIntoTheBlocksTheHtmlDescribes() {
    assertThat(
            CanonicalHtmlReader.read(
                "<p>a &amp; b &lt;c&gt;<strong>s</strong><em>e</em><br>"
                    + "<a href=\"https://e.kz/?a=1&amp;b=&quot;q&quot;\">l</a></p>"))
        .containsExactly(
            new Paragraph(
                List.of(
                    Inline.text("a & b <c>"),
                    new Inline.Styled(Inline.Style.STRONG, List.of(Inline.text("s"))),
                    new Inline.Styled(Inline.Style.EMPHASIS, List.of(Inline.text("e"))),
                    Inline.lineBreak(),
                    new Inline.Link("https://e.kz/?a=1&b=\"q\"", List.of(Inline.text("l"))))));
    assertThat(CanonicalHtmlReader.read("<h2>t</h2><h6>u</h6>"))
        .containsExactly(
            new Heading(2, List.of(Inline.text("t"))), new Heading(6, List.of(Inline.text("u"))));
    assertThat(CanonicalHtmlReader.read("<blockquote>q<cite>A. B</cite></blockquote>"))
        .containsExactly(new Quote(List.of(Inline.text("q")), "A. B"));
    assertThat(
            CanonicalHtmlReader.read(
                "<ol><li>x</li></ol><figure><img src=\"https://e.kz/i\"></figure>"))
        .containsExactly(
            new ListBlock(true, List.of(List.of(Inline.text("x")))),
            MediaReference.of("https://e.kz/i"));
    assertThat(CanonicalHtmlReader.read("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>a\rb</p>",
        "<p>a\u0000b</p>",
        "<p>a\uffffb</p>",
        "<h2",
        "<h1>t</h1>",
        "<h7>t</h7>",
        "<p>a",
        "<p>a<br>",
        "<p><strong>",
        "<p>a > b</p>",
        "<p><a href=\"https://e.kz/<x\">y</a></p>",
        "<p>a &nbsp; b</p>",
        "<blockquote>q<cite> A</cite></blockquote>",
        "<blockquote>q<cite>A </cite></blockquote>",
        "<blockquote>q<cite>A  B</cite></blockquote>",
        "<blockquote>q<cite>A\u00a0B</cite></blockquote>"
      })
  void givesUpOnHtmlOutsideItsSubset(String html) {
    assertThat(CanonicalHtmlReader.read(html)).isNull();
    sameAsJsoup(html);
  }

  @Test
  void inlineNestingUpToTheLimitIsReadAndDeeperGoesToJsoup() {
    int limit = CanonicalHtmlReader.MAX_DEPTH;
    for (String tag : new String[] {"strong", "em"}) {
      String atLimit =
          "<p>" + ("<" + tag + ">").repeat(limit) + "x" + ("</" + tag + ">").repeat(limit) + "</p>";
      String beyond =
          "<p>"
              + ("<" + tag + ">").repeat(limit + 1)
              + "x"
              + ("</" + tag + ">").repeat(limit + 1)
              + "</p>";
      assertThat(CanonicalHtmlReader.read(atLimit)).as(tag).isNotNull();
      assertThat(CanonicalHtmlReader.read(beyond)).as(tag).isNull();
    }
    String linkBeyond =
        "<p>"
            + "<em>".repeat(limit)
            + "<a href=\"https://e.kz/\">x</a>"
            + "</em>".repeat(limit)
            + "</p>";
    assertThat(CanonicalHtmlReader.read(linkBeyond)).isNull();
    assertThat(
            CanonicalHtmlReader.read(linkBeyond.replaceFirst("<em>", "").replaceFirst("</em>", "")))
        .isNotNull();
  }

  static Stream<Path> corpus() throws IOException {
    Path folder =
        Path.of(
            "src/test/resources/io/github/newsmodel/json/html/HtmlBodiesFuzzTestInputs/toBlocks");
    return Files.list(folder).sorted();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void fuzzCorpusAndItsCanonicalFormConvertAsWithJsoup(Path input) throws IOException {
    String html = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
    sameAsJsoup(html);
    sameAsJsoup(HtmlBodies.toHtml(HtmlBodies.toBlocks(html).blocks()));
  }
}
