package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hints a failed fast-path attempt leaves are reused only for exactly the same input. */
class FastHintsTest {

  private static final String HTML = "<div>a</div>";
  private static final String POINTER = "/bodies/0/value";

  @Test
  void reusesTheConversionOfTheSameHtmlAtTheSamePointer() {
    HtmlConversion held = HtmlBodies.toBlocks(HTML, POINTER);
    FastHints hints = FastHints.NONE.withBody(HTML, POINTER, held);
    assertThat(hints.toBlocks(new String(HTML.toCharArray()), POINTER)).isSameAs(held);
    assertThat(hints.toBlocks(HTML, "/bodies/1/value"))
        .isNotSameAs(held)
        .isEqualTo(HtmlBodies.toBlocks(HTML, "/bodies/1/value"));
    assertThat(hints.toBlocks("<div>b</div>", POINTER))
        .isEqualTo(HtmlBodies.toBlocks("<div>b</div>", POINTER));
    assertThat(FastHints.NONE.toBlocks(HTML, POINTER)).isEqualTo(held).isNotSameAs(held);
  }

  @Test
  void reusesTheReportOfAnEqualArticle() {
    Article article = Article.builder("urn:x:1", "bell\u0007").build();
    ValidationReport held = NewsValidator.shared().validate(article, Locale.ENGLISH);
    FastHints hints = FastHints.NONE.withValidation(article, held);
    Article equal = article.toBuilder().build();
    assertThat(hints.validate(NewsValidator.shared(), equal, Locale.ENGLISH)).isSameAs(held);
    Article other = article.toBuilder().headline("other\u0007").build();
    assertThat(hints.validate(NewsValidator.shared(), other, Locale.ENGLISH))
        .isNotSameAs(held)
        .isEqualTo(NewsValidator.shared().validate(other, Locale.ENGLISH));
    assertThat(FastHints.NONE.validate(NewsValidator.shared(), article, Locale.ENGLISH))
        .isEqualTo(held)
        .isNotSameAs(held);
  }

  @Test
  void keepsEachHintWhenTheOtherIsAdded() {
    HtmlConversion conversion = HtmlBodies.toBlocks(HTML, POINTER);
    Article article = Article.builder("urn:x:1", "bell\u0007").build();
    ValidationReport report = NewsValidator.shared().validate(article, Locale.ENGLISH);
    FastHints both =
        FastHints.NONE.withBody(HTML, POINTER, conversion).withValidation(article, report);
    assertThat(both.toBlocks(HTML, POINTER)).isSameAs(conversion);
    assertThat(both.validate(NewsValidator.shared(), article, Locale.ENGLISH)).isSameAs(report);
    FastHints reversed =
        FastHints.NONE.withValidation(article, report).withBody(HTML, POINTER, conversion);
    assertThat(reversed.toBlocks(HTML, POINTER)).isSameAs(conversion);
    assertThat(reversed.validate(NewsValidator.shared(), article, Locale.ENGLISH)).isSameAs(report);
  }
}
