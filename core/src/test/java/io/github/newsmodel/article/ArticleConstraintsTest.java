package io.github.newsmodel.article;

import static io.github.newsmodel.fixtures.Reports.assertNoProblems;
import static io.github.newsmodel.fixtures.Reports.assertOnlyError;
import static io.github.newsmodel.fixtures.Reports.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.fixtures.Reports;
import io.github.newsmodel.fixtures.SeedArticle;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleConstraintsTest {

  private static Article.Builder article() {
    return Article.builder("id", "Заголовок");
  }

  @Test
  void blankIdIsRequired() {
    assertOnlyError(Article.builder(" ", "h").build(), "id", "required");
  }

  @Test
  void blankHeadlineIsRequired() {
    assertOnlyError(Article.builder("id", "").build(), "headline", "required");
  }

  @Test
  void headlineWithBidiOverrideIsRejected() {
    assertOnlyError(
        article().headline("Казахстан \u202Eнавсхазак").build(), "headline", "text.bidi");
  }

  @Test
  void headlineWithControlCharacterIsRejected() {
    assertOnlyError(article().headline("Казахстан\u0007").build(), "headline", "text.control");
  }

  @Test
  void headlineWithLineBreakIsRejectedButSummaryMayHaveOne() {
    assertOnlyError(article().headline("две\nстроки").build(), "headline", "text.control");
    assertNoProblems(article().summary("две\nстроки").editorialNote("a\r\nb").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"headline", "subheadline", "summary", "section"})
  void zeroWidthCharactersInDisplayedTextAreAWarning(String field) {
    String text = "Казах\u200Bстан";
    Article.Builder builder = article();
    switch (field) {
      case "headline" -> builder.headline(text);
      case "subheadline" -> builder.subheadline(text);
      case "summary" -> builder.summary(text);
      default -> builder.section(text);
    }
    ValidationReport report = validate(builder.build());
    assertThat(report.isValid()).isTrue();
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactly(tuple(field, "text.invisible", Severity.WARNING));
  }

  @Test
  void headlineWithBidiOverrideAndZeroWidthSpaceHasAnErrorAndAWarning() {
    ValidationReport report = validate(article().headline("\u202Eабв\u200B").build());
    assertThat(report.isValid()).isFalse();
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactlyInAnyOrder(
            tuple("headline", "text.bidi", Severity.ERROR),
            tuple("headline", "text.invisible", Severity.WARNING));
  }

  @Test
  void summaryWithBidiIsolateIsRejected() {
    assertOnlyError(article().summary("\u2066скрыто\u2069").build(), "summary", "text.bidi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://example.kz/news/1", "http://example.kz", "https://пример.қаз/жаңалық"})
  void httpCanonicalUrlIsAccepted(String url) {
    assertNoProblems(article().canonicalUrl(url).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://example.kz/1", "javascript:alert(1)", "//example.kz/1", "data:text/html,x"})
  void canonicalUrlWithoutHttpSchemeIsRejected(String url) {
    assertOnlyError(article().canonicalUrl(url).build(), "canonicalUrl", "url.scheme");
  }

  @Test
  void canonicalUrlWithSpaceIsRejected() {
    assertOnlyError(
        article().canonicalUrl("https://example.kz/a b").build(), "canonicalUrl", "url.whitespace");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "kk", "kk-Cyrl-KZ", "en-US", "ru-RU"})
  void wellFormedLanguageTagIsAccepted(String tag) {
    assertNoProblems(article().language(tag).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru_RU!", "", "русский", "en--US"})
  void malformedLanguageTagIsRejected(String tag) {
    assertOnlyError(article().language(tag).build(), "language", "language.tag");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 9})
  void urgencyFromOneToNineIsAccepted(int urgency) {
    assertNoProblems(article().urgency(urgency).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, -1, Integer.MAX_VALUE})
  void urgencyOutsideOneToNineIsRejectedWithItsOwnCode(int urgency) {
    Problem problem =
        assertOnlyError(article().urgency(urgency).build(), "urgency", "urgency.range");

    assertThat(problem.message()).contains("1").contains("9");
  }

  @Test
  void negativeViewsAreRejectedOnEngagementPath() {
    assertOnlyError(
        article().engagement(Engagement.views(-1, null)).build(), "engagement.views", "range");
  }

  @Test
  void zeroViewsAreAccepted() {
    assertNoProblems(article().engagement(Engagement.views(0, null)).build());
  }

  @Test
  void modifiedBeforeFirstPublishedIsRejectedOnModified() {
    Article article =
        article()
            .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
            .modified(NewsDateTime.parse("2023-11-28T18:59:59+06:00"))
            .build();

    assertOnlyError(article, "modified", "dates.order");
  }

  @Test
  void modifiedAfterFirstPublishedIsAccepted() {
    assertNoProblems(
        article()
            .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
            .modified(NewsDateTime.parse("2023-11-28T19:00:01+06:00"))
            .build());
  }

  @Test
  void modifiedAtTheSameInstantWrittenInUtcIsAccepted() {
    assertNoProblems(
        article()
            .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
            .modified(NewsDateTime.parse("2023-11-28T13:00:00Z"))
            .build());
  }

  @Test
  void modifiedLaterLocallyButEarlierAsAnInstantIsRejected() {
    // 20:00 at +08:00 is 12:00 UTC, an hour before 19:00 at +06:00 (13:00 UTC).
    Article article =
        article()
            .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
            .modified(NewsDateTime.parse("2023-11-28T20:00:00+08:00"))
            .build();

    assertOnlyError(article, "modified", "dates.order");
  }

  @Test
  void onlyOneDateNeedsNoOrder() {
    assertNoProblems(article().modified(NewsDateTime.parse("2000-01-01T00:00:00Z")).build());
    assertNoProblems(article().firstPublished(NewsDateTime.parse("2030-01-01T00:00:00Z")).build());
  }

  @Test
  void blankKeywordIsRequiredAtItsIndex() {
    assertOnlyError(
        article().addKeyword("ДЗЯО").addKeyword(" ").build(), "keywords[1]", "required");
  }

  @Test
  void keywordWithControlCharacterIsRejectedAtItsIndex() {
    assertOnlyError(article().addKeyword("a\u0000").build(), "keywords[0]", "text.control");
  }

  @Test
  void genreNameIsCheckedAtItsIndex() {
    assertOnlyError(
        article().addGenre(Genre.named("ok")).addGenre(Genre.named("\u202Dx")).build(),
        "genres[1].name",
        "text.bidi");
  }

  @Test
  void authorsAndPublisherAreValidatedOnTheirPaths() {
    assertOnlyError(article().addAuthor(Party.person(" ")).build(), "authors[0].name", "required");
    assertOnlyError(
        article().publisher(Party.organization("Example").withUrl("example.kz")).build(),
        "publisher.url",
        "url.scheme");
  }

  @Test
  void rightsAreValidatedOnTheirPath() {
    assertOnlyError(
        article().rights(Rights.builder().rightsUrl("javascript:x").build()).build(),
        "rights.rightsUrl",
        "url.scheme");
  }

  @Test
  void relatedArticlesAreValidatedAtTheirIndex() {
    assertOnlyError(
        article()
            .addRelated(RelatedArticle.of("https://example.kz/1", "ok"))
            .addRelated(RelatedArticle.of("mailto:news@example.kz", "почта"))
            .build(),
        "related[1].url",
        "url.scheme");
  }

  @Test
  void shareLinkToAnotherHostIsRejectedOnItsUrl() {
    Article article =
        article()
            .addShareLink(
                ShareLink.ofUrl(
                    SharePlatform.TELEGRAM,
                    "https://evil.example/share/url?url=https%3A%2F%2Fexample.kz"))
            .build();

    assertOnlyError(article, "shareLinks[0].url", "share.host");
  }

  @Test
  void shareLinkBuiltForTheCanonicalUrlIsAccepted() {
    assertNoProblems(
        article()
            .addShareLink(
                ShareLink.of(SharePlatform.TELEGRAM, "https://example.kz/news/1", "Заголовок"))
            .build());
  }

  @Test
  void followLinkUrlMustBeHttp() {
    assertOnlyError(
        article().addFollowLink(FollowLink.of("telegram", "tg://resolve?domain=x")).build(),
        "followLinks[0].url",
        "url.scheme");
    assertNoProblems(article().addFollowLink(FollowLink.of("telegram", "https://t.me/x")).build());
  }

  @Test
  void followLinkLabelAndLanguageAreChecked() {
    assertOnlyError(
        article()
            .addFollowLink(FollowLink.of("telegram", "https://t.me/x").withLabel("ok", "ru_RU!"))
            .build(),
        "followLinks[0].language",
        "language.tag");
    assertOnlyError(
        article()
            .addFollowLink(FollowLink.of("telegram", "https://t.me/x").withLabel("\u202Eok", "ru"))
            .build(),
        "followLinks[0].label",
        "text.bidi");
  }

  @Test
  void followLinkServiceMustNotBeBlank() {
    assertOnlyError(
        article().addFollowLink(FollowLink.of(" ", "https://t.me/x")).build(),
        "followLinks[0].service",
        "required");
  }

  @Test
  void independentFaultsAreEachReportedOnce() {
    ValidationReport report =
        Reports.validate(article().canonicalUrl("ftp://x").language("?").urgency(0).build());

    assertThat(report.problems())
        .extracting(Problem::path)
        .containsExactly("canonicalUrl", "language", "urgency");
  }

  @Test
  void urgencyMessageIsLocalised() {
    Article article = article().urgency(10).build();

    String english =
        Reports.VALIDATOR.validate(article, Locale.ENGLISH).problems().get(0).message();
    String russian =
        Reports.VALIDATOR
            .validate(article, Locale.forLanguageTag("ru"))
            .problems()
            .get(0)
            .message();
    String kazakh =
        Reports.VALIDATOR
            .validate(article, Locale.forLanguageTag("kk"))
            .problems()
            .get(0)
            .message();

    assertThat(english).isEqualTo("urgency must be from 1 (most urgent) to 9 (least urgent)");
    assertThat(russian).isNotBlank().isNotEqualTo(english);
    assertThat(kazakh).isNotBlank().isNotEqualTo(english).isNotEqualTo(russian);
  }

  @Test
  void seedArticleStaysValidAfterEveryWithCopyThatKeepsValidValues() {
    Article seed = SeedArticle.article();

    assertNoProblems(seed.withLanguage("kk"));
    assertNoProblems(seed.withModified(NewsDateTime.parse("2023-11-29T09:00:00+06:00")));
    assertNoProblems(seed.withCanonicalUrl("https://example.kz/other"));
    assertNoProblems(seed.withEngagement(Engagement.views(760, null)));
  }
}
