package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Paragraph;
import org.junit.jupiter.api.Test;

class ScriptTagTest {
  private static final String HOSTILE =
      "Ends </script><script>alert(1)</script> <!-- x \u2028 «ё» 👋";

  @Test
  void scriptCannotBeClosedEarlyAndJsonMeansTheSame() {
    Article article =
        Article.builder("s-1", HOSTILE).addBlock(Paragraph.of("a </SCRIPT b")).build();
    String tag = SchemaOrg.defaults().scriptTag(article);

    assertThat(tag).startsWith("<script type=\"application/ld+json\">\n").endsWith("\n</script>");
    String inner = tag.substring(tag.indexOf('\n') + 1, tag.lastIndexOf('\n'));
    assertThat(inner.toLowerCase(java.util.Locale.ROOT)).doesNotContain("</script", "<!--");
    assertThat(inner).doesNotContain("\u2028").contains("<\\/script>", "\\u003c!--", "👋");
    assertThat(inner).contains("a <\\/SCRIPT b");

    Article back = SchemaOrg.defaults().read(inner).value().orElseThrow();
    assertThat(back.headline()).isEqualTo(HOSTILE);
    assertThat(back.body()).containsExactly(Paragraph.of("a </SCRIPT b"));
  }

  @Test
  void prettyPrintedJsonLdReadsBack() {
    SchemaOrg pretty = SchemaOrg.builder().prettyPrint(true).build();
    String json = pretty.writeJsonLd(SeedArticle.article());
    assertThat(json).contains("\n  \"headline\"");
    assertThat(pretty.read(json).value().orElseThrow().headline()).isEqualTo(SeedArticle.HEADLINE);
  }
}
