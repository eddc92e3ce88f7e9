package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
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

    assertThat(article.headline()).isEqualTo(
        "Казахстан принял участие во Второй конференции государств-участников ДЗЯО");
    assertThat(article.section()).isEqualTo("Лента новостей");
    assertThat(article.firstPublished().text()).isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(article.engagement().views()).isEqualTo(759L);
    assertThat(article.media().get(0).creditLine()).isEqualTo("Фото: gov.kz");
    assertThat(article.sources()).extracting(s -> s.name() + " " + s.roles())
        .containsExactly("El.kz [relayedFrom]", "МИД РК [originator]");
    assertThat(article.entities()).extracting(Entity::name)
        .contains("Мурат Нуртлеу", "Касым-Жомарт Токаев", "ООН", "ICAN", "Казахстан", "Кирибати");
    assertThat(article.shareLinks()).singleElement()
        .satisfies(l -> assertThat(l.platform()).isEqualTo(SharePlatform.TELEGRAM));
    assertThat(article.followLinks()).singleElement().satisfies(f -> assertThat(f.label())
        .isEqualTo("Подпишитесь на наш Telegram-канал и узнавайте новости первыми!"));
    assertThat(NewsValidator.shared().validate(article).problems()).isEmpty();
  }

  @Test
  void brokenCopyHasFourErrorsAndAWarningInEveryLanguage() {
    Article broken = ValidationExample.brokenArticle();

    ValidationReport english = NewsValidator.shared().validate(broken, Locale.ENGLISH);
    ValidationReport russian = NewsValidator.shared().validate(broken, Locale.forLanguageTag("ru"));

    assertThat(english.errors()).extracting(Problem::path).containsExactlyInAnyOrder(
        "canonicalUrl", "language", "urgency", "media[0].renditions[0].width");
    assertThat(english.warnings()).extracting(Problem::path).containsExactly("firstPublished");
    assertThat(russian.problems()).extracting(Problem::code)
        .containsExactlyInAnyOrderElementsOf(english.problems().stream().map(Problem::code).toList());
    assertThat(russian.problems()).extracting(Problem::message)
        .doesNotContainAnyElementsOf(english.problems().stream().map(Problem::message).toList());
  }

  @Test
  void validationExamplePrintsBothLanguages() {
    String out = capture(ValidationExample::run);

    assertThat(out).contains("seed article [en]: valid, 0 error(s), 0 warning(s)",
        "broken copy [en]: invalid, 4 error(s), 1 warning(s)",
        "broken copy [ru]: invalid, 4 error(s), 1 warning(s)",
        "ERROR media[0].renditions[0].width [range]");
  }

  @Test
  void shareLinksForEveryPlatform() {
    var links = ShareLinksExample.links(SeedArticleExample.ARTICLE_URL, SeedArticleExample.HEADLINE);

    assertThat(links).extracting(l -> l.platform().id()).containsExactly(
        "telegram", "whatsapp", "facebook", "x", "linkedin", "vk", "ok", "reddit", "viber", "email");
    assertThat(links).allSatisfy(l -> assertThat(l.recognize()).hasValueSatisfying(
        r -> assertThat(r.toString()).contains("news.example.kz")));
    assertThat(links).extracting(ShareLink::url).allSatisfy(u -> assertThat(u).isPrintable());
    assertThat(capture(ShareLinksExample::run).lines()).hasSize(10);
  }

  // ---- the following need the native JSON engine (NewsJson)

  @Test
  void nativeJsonRoundTripsTheSeedArticle() {
    String out = capture(NativeJsonExample::run);

    assertThat(out).contains("\"headline\"", "read back: valid, equal to the original: true",
        "broken document: invalid", "/headline", "/canonicalUrl", "/media/0/renditions/0/width");
  }

  @Test
  void ndjsonFeedExampleCountsRecords() {
    NewsJson json = NewsJson.defaults();

    NdjsonFeedExample.Counts counts = NdjsonFeedExample.stream(
        new StringReader(NdjsonFeedExample.sampleFeed(json)), json,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(counts).isEqualTo(new NdjsonFeedExample.Counts(3, 2));
  }

  @Test
  void demoWalksThroughEveryExample() {
    String out = capture(Demo::run);

    assertThat(out).contains("== 1.", "== 2.", "== 3.", "== 4.", "== 5.", "== 6.",
        "-> 200 application/json", "-> 422 application/problem+json", "Done.");
  }
}
