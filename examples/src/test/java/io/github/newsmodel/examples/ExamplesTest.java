package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.html.HtmlBodies;
import io.github.newsmodel.json.html.HtmlConversion;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private static String capture(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void seedArticleCarriesThePageAndIsValid() {
    Article article = SeedArticleExample.article();

    assertThat(article.headline())
        .isEqualTo("Казахстан принял участие во Второй конференции государств-участников ДЗЯО");
    assertThat(article.section()).isEqualTo("Лента новостей");
    assertThat(article.firstPublished().text()).isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(article.engagement().views()).isEqualTo(759L);
    assertThat(article.media().get(0).creditLine()).isEqualTo("Фото: gov.kz");
    assertThat(article.sources())
        .extracting(s -> s.name() + " " + s.roles())
        .containsExactly("El.kz [relayedFrom]", "МИД РК [originator]");
    assertThat(article.entities())
        .extracting(Entity::name)
        .contains("Мурат Нуртлеу", "Касым-Жомарт Токаев", "ООН", "ICAN", "Казахстан", "Кирибати");
    assertThat(article.shareLinks())
        .singleElement()
        .satisfies(l -> assertThat(l.platform()).isEqualTo(SharePlatform.TELEGRAM));
    assertThat(article.followLinks())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.label())
                    .isEqualTo("Подпишитесь на наш Telegram-канал и узнавайте новости первыми!"));
    assertThat(NewsValidator.shared().validate(article).problems()).isEmpty();
  }

  @Test
  void brokenCopyHasFourErrorsAndAWarningInEveryLanguage() {
    Article broken = ValidationExample.brokenArticle();

    ValidationReport english = NewsValidator.shared().validate(broken, Locale.ENGLISH);
    ValidationReport russian = NewsValidator.shared().validate(broken, Locale.forLanguageTag("ru"));

    assertThat(english.errors())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "canonicalUrl", "language", "urgency", "media[0].renditions[0].width");
    assertThat(english.warnings()).extracting(Problem::path).containsExactly("firstPublished");
    assertThat(russian.problems())
        .extracting(Problem::code)
        .containsExactlyInAnyOrderElementsOf(
            english.problems().stream().map(Problem::code).toList());
    assertThat(russian.problems())
        .extracting(Problem::message)
        .doesNotContainAnyElementsOf(english.problems().stream().map(Problem::message).toList());
  }

  @Test
  void validationExamplePrintsBothLanguages() {
    String out = capture(ValidationExample::run);

    assertThat(out)
        .contains(
            "seed article [en]: valid, 0 error(s), 0 warning(s)",
            "broken copy [en]: invalid, 4 error(s), 1 warning(s)",
            "broken copy [ru]: invalid, 4 error(s), 1 warning(s)",
            "ERROR media[0].renditions[0].width [range]");
  }

  @Test
  void shareLinksForEveryPlatform() {
    var links =
        ShareLinksExample.links(SeedArticleExample.ARTICLE_URL, SeedArticleExample.HEADLINE);

    assertThat(links)
        .extracting(l -> l.platform().id())
        .containsExactly(
            "telegram",
            "whatsapp",
            "facebook",
            "x",
            "linkedin",
            "vk",
            "ok",
            "reddit",
            "viber",
            "email");
    assertThat(links)
        .allSatisfy(
            l ->
                assertThat(l.recognize())
                    .hasValueSatisfying(r -> assertThat(r.toString()).contains("news.example.kz")));
    assertThat(links).extracting(ShareLink::url).allSatisfy(u -> assertThat(u).isPrintable());
    assertThat(capture(ShareLinksExample::run).lines()).hasSize(10);
  }

  // ---- the following need the native JSON engine (NewsJson)

  @Test
  void nativeJsonRoundTripsTheSeedArticle() {
    String out = capture(NativeJsonExample::run);

    assertThat(out)
        .contains(
            "\"headline\"",
            "read back: valid, equal to the original: true",
            "broken document: invalid",
            "/headline",
            "/canonicalUrl",
            "/media/0/renditions/0/width");
  }

  @Test
  void ndjsonFeedExampleCountsRecords() {
    NewsJson json = NewsJson.defaults();

    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    NdjsonFeedExample.Counts counts =
        NdjsonFeedExample.stream(
            new ByteArrayInputStream(
                NdjsonFeedExample.sampleFeed(json).getBytes(StandardCharsets.UTF_8)),
            json,
            new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(counts).isEqualTo(new NdjsonFeedExample.Counts(3, 2));
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "record 1 (line 1): valid",
            "record 2 (line 2): valid",
            "record 3 (line 4): invalid",
            "3 records, 2 valid");
  }

  @Test
  void ninjsExampleReadsThirtyOneAndReportsWhatTwentyTwoDrops() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    NinjsExample.Outcome outcome =
        NinjsExample.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(outcome.detected()).isEqualTo(NinjsVersion.V3_1);
    assertThat(outcome.readValid()).isTrue();
    assertThat(outcome.droppedFor22())
        .extracting(JsonProblem::pointer)
        .containsExactly("/eventdetails");
    assertThat(outcome.droppedFor22())
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo("ninjs.dropped");
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(outcome.droppedFromSeed())
        .extracting(JsonProblem::pointer)
        .containsExactly("/followLinks/0/label", "/followLinks/0/language");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("\"version\" : \"2.2\"", "\"versioncreated\"", "/eventdetails [ninjs.dropped]");
  }

  @Test
  void schemaOrgExampleGivesJsonLdScriptGoogleWarningsAndOpenGraph() {
    SchemaOrgExample.Outcome outcome =
        SchemaOrgExample.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(outcome.jsonLd())
        .contains(
            "\"@type\" : \"NewsArticle\"", "\"datePublished\" : \"2023-11-28T19:00:00+06:00\"");
    assertThat(outcome.scriptTag())
        .startsWith("<script type=\"application/ld+json\">\n{")
        .endsWith("\n</script>");
    assertThat(outcome.googleWarnings())
        .extracting(JsonProblem::code)
        .containsExactly("google.image.ratios", "google.author.missing");
    assertThat(outcome.metaTags())
        .contains(
            "<meta property=\"og:title\" content=\"" + SeedArticleExample.HEADLINE + "\">",
            "<meta property=\"og:locale\" content=\"ru_RU\">",
            "<meta property=\"og:image:width\" content=\"1200\">");
    assertThat(outcome.readBackValid()).isTrue();
  }

  @Test
  void htmlBodyExampleDropsActiveContentAndWritesCanonicalHtml() {
    HtmlConversion conversion =
        HtmlBodyExample.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String html = HtmlBodies.toHtml(conversion.blocks());

    assertThat(conversion.blocks()).hasSize(5);
    assertThat(conversion.warnings())
        .extracting(JsonProblem::code)
        .contains("html.dropped", "html.unwrapped");
    assertThat(conversion.warnings()).allSatisfy(w -> assertThat(w.pointer()).isEqualTo("/body"));
    assertThat(html)
        .startsWith("<h2>Конференция ДЗЯО</h2>")
        .contains(
            "<strong>Мурат Нуртлеу</strong>",
            "<a href=\"https://www.gov.kz/memleket/entities/mfa\">МИД РК</a>")
        .doesNotContain("script", "javascript:", "iframe", "onclick", "onerror", "style=");
    assertThat(HtmlBodies.toHtml(HtmlBodies.toBlocks(html).blocks())).isEqualTo(html);
  }

  @Test
  void demoWalksThroughEveryExample() {
    String out = capture(Demo::run);

    assertThat(out)
        .contains(
            "== 1.",
            "== 2.",
            "== 3.",
            "== 4.",
            "== 5.",
            "== 6.",
            "== 7.",
            "== 8.",
            "== 9.",
            "-> 200 application/json",
            "-> 422 application/problem+json",
            "?format=ninjs -> 200 application/json",
            "/eventdetails [ninjs.dropped]",
            "google.author.missing",
            "og:title",
            "[html.dropped]",
            "Done.");
  }
}
