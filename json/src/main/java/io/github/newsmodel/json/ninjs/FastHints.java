package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.ValidationReport;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a streaming attempt ({@link FastRead}) that gave up late had already worked out, for the
 * tree path to reuse rather than work out again: the conversion of the HTML body (jsoup's, for HTML
 * not in the canonical form, is the costly part of a read) and the validation report of the
 * article. Each is reused only for exactly the same input: the same HTML at the same pointer, an
 * equal article. Immutable.
 */
final class FastHints {

  /** No hints: the tree path works everything out itself. */
  static final FastHints NONE = new FastHints(null, null, null, null, null);

  private final @Nullable String html;
  private final @Nullable String pointer;
  private final @Nullable HtmlConversion conversion;
  private final @Nullable Article article;
  private final @Nullable ValidationReport report;

  private FastHints(
      @Nullable String html,
      @Nullable String pointer,
      @Nullable HtmlConversion conversion,
      @Nullable Article article,
      @Nullable ValidationReport report) {
    this.html = html;
    this.pointer = pointer;
    this.conversion = conversion;
    this.article = article;
    this.report = report;
  }

  /** These hints and the conversion of {@code html}, found at {@code pointer}. */
  FastHints withBody(String html, String pointer, HtmlConversion conversion) {
    return new FastHints(html, pointer, conversion, article, report);
  }

  /** These hints and the validation report of {@code article}. */
  FastHints withValidation(Article article, ValidationReport report) {
    return new FastHints(html, pointer, conversion, article, report);
  }

  /** {@link HtmlBodies#toBlocks(String, String)}, or the conversion held for the same input. */
  HtmlConversion toBlocks(String html, String pointer) {
    if (conversion != null && pointer.equals(this.pointer) && html.equals(this.html)) {
      return conversion;
    }
    return HtmlBodies.toBlocks(html, pointer);
  }

  /** {@link NewsValidator#validate(Object, Locale)}, or the report held for an equal article. */
  ValidationReport validate(NewsValidator validator, Article article, Locale locale) {
    if (report != null && article.equals(this.article)) {
      return report;
    }
    return validator.validate(article, locale);
  }
}
