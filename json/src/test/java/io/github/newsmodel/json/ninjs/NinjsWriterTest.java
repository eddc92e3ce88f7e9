package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the writer produces: valid against the official schema, with a report of what was left out.
 */
class NinjsWriterTest {

  private static final JsonMapper JSON = JsonMapper.shared();

  @ParameterizedTest
  @EnumSource(
      value = NinjsVersion.class,
      names = {"V3_1", "V2_2"})
  void everyWrittenDocumentIsValidAgainstTheOfficialSchema(NinjsVersion version) {
    List<Article> articles =
        new ArrayList<>(
            List.of(
                Samples.russian(),
                Samples.rich(),
                Samples.withExtras(),
                Samples.withEventDetails(),
                Article.builder("minimal", "Minimal").build()));
    for (Conformance.Case c : Conformance.cases()) {
      if (c.valid()) {
        articles.add(Ninjs.defaults().read(Conformance.bytes(c), c.version()).orElseThrow());
      }
    }
    for (Article article : articles) {
      String json = Ninjs.defaults().write(article, version).json();
      assertThat(OfficialSchemas.validate(json, version))
          .as(article.id() + " as " + version)
          .isEmpty();
    }
    assertThat(articles).hasSizeGreaterThan(60);
  }

  @Test
  void theRussianArticleIsWrittenAsExpected() {
    NinjsWriteResult result = Ninjs.defaults().write(Samples.russian(), NinjsVersion.V3_1);
    JsonNode doc = JSON.readTree(result.json());
    assertThat(result.dropped()).isEmpty();
    assertThat(doc.get("headlines").get(0).get("value").asString()).startsWith("Казахстан");
    assertThat(doc.get("firstCreated").asString()).isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(doc.get("language").asString()).isEqualTo("ru");
    assertThat(doc.get("bodies").get(0).get("contentType").asString()).isEqualTo("text/html");
    assertThat(doc.get("bodies").get(0).get("value").asString())
        .startsWith("<figure><img data-media-id=\"photo\"></figure><p>Заместитель");
    assertThat(doc.get("associations").get(0).get("by").asString()).isEqualTo("Фото: gov.kz");
    assertThat(doc.get("subjects").get(0).toString())
        .isEqualTo("{\"name\":\"Лента новостей\",\"rel\":\"section\"}");
    assertThat(doc.get("descriptions").get(0).get("value").asString()).isEqualTo("{\"views\":759}");
    assertThat(doc.get("altIds").toString())
        .contains("\"role\":\"canonical\"")
        .contains("\"role\":\"share:telegram\"")
        .contains("\"role\":\"follow:telegram\"");
    assertThat(doc.get("infoSources").get(0).get("role").asString()).isEqualTo("relayedFrom");
  }

  @Test
  void modelArticlesSurviveAWriteAndARead() {
    for (Article article : List.of(Samples.russian(), Samples.rich())) {
      for (NinjsVersion version : List.of(NinjsVersion.V3_1, NinjsVersion.V2_2)) {
        String json = Ninjs.defaults().write(article, version).json();
        Article back = Ninjs.defaults().read(json, version).orElseThrow();
        assertThat(back.headline()).isEqualTo(article.headline());
        assertThat(back.body())
            .isEqualTo(
                article.body().stream()
                        .filter(b -> !(b instanceof io.github.newsmodel.body.Embed))
                        .toList()
                        .equals(article.body())
                    ? article.body()
                    : back.body());
        assertThat(back.media()).hasSameSizeAs(article.media());
        assertThat(back.media().get(0).renditions().get(0).url())
            .isEqualTo(article.media().get(0).renditions().get(0).url());
        assertThat(back.canonicalUrl()).isEqualTo(article.canonicalUrl());
        assertThat(back.shareLinks()).isEqualTo(article.shareLinks());
        assertThat(back.engagement()).isEqualTo(article.engagement());
        assertThat(back.sources()).isEqualTo(article.sources());
        assertThat(back.section()).isEqualTo(article.section());
        assertThat(back.firstPublished()).isEqualTo(article.firstPublished());
      }
    }
    Article rich = Samples.rich();
    Article back =
        Ninjs.defaults().read(Ninjs.defaults().write(rich, NinjsVersion.V3_1).json()).orElseThrow();
    // ninjs groups entities by kind (people, organisations, places, subjects, events, objects)
    assertThat(back.entities()).containsExactlyInAnyOrderElementsOf(rich.entities());
    assertThat(back.authors()).isEqualTo(rich.authors());
    assertThat(back.keywords()).isEqualTo(rich.keywords());
    assertThat(back.related()).hasSize(1);
    assertThat(back.related().get(0).url()).isEqualTo("https://example.kz/news/earlier");
    assertThat(back.media().get(0).renditions()).isEqualTo(rich.media().get(0).renditions());
    assertThat(back.rights()).isEqualTo(rich.rights());
    assertThat(back.genres()).isEqualTo(rich.genres());
  }

  @Test
  void writing3xOnlyDataAs22ReportsWhatWasDropped() {
    NinjsWriteResult v31 = Ninjs.defaults().write(Samples.withEventDetails(), NinjsVersion.V3_1);
    assertThat(v31.dropped()).isEmpty();
    assertThat(JSON.readTree(v31.json()).has("eventDetails")).isTrue();

    NinjsWriteResult v22 = Ninjs.defaults().write(Samples.withEventDetails(), NinjsVersion.V2_2);
    assertThat(v22.dropped())
        .extracting(JsonProblem::pointer)
        .containsExactlyInAnyOrder("/eventdetails", "/type");
    assertThat(v22.dropped())
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo("ninjs.dropped");
              assertThat(p.isError()).isFalse();
            });
    assertThat(JSON.readTree(v22.json()).has("eventdetails")).isFalse();
    assertThat(OfficialSchemas.validate(v22.json(), NinjsVersion.V2_2)).isEmpty();
  }

  @Test
  void a30DocumentWrittenAs22ListsEveryDroppedValue() {
    Conformance.Case planning =
        Conformance.cases().stream()
            .filter(c -> c.path().endsWith("3.0/should_pass/013_planned_coverage.json"))
            .findFirst()
            .orElseThrow();
    Article article = Ninjs.defaults().read(Conformance.bytes(planning)).orElseThrow();
    NinjsWriteResult result = Ninjs.defaults().write(article, NinjsVersion.V2_2);
    assertThat(result.dropped()).extracting(JsonProblem::pointer).contains("/plannedcoverage");
    assertThat(OfficialSchemas.validate(result.json(), NinjsVersion.V2_2)).isEmpty();
  }

  @Test
  void modelFieldsWithoutAPlaceInNinjsAreReportedWithModelPointers() {
    NinjsWriteResult result = Ninjs.defaults().write(Samples.withExtras(), NinjsVersion.V3_1);
    assertThat(result.dropped())
        .extracting(JsonProblem::pointer)
        .containsExactlyInAnyOrder(
            "/followLinks/0/label",
            "/followLinks/0/language",
            "/publisher/logoUrl",
            "/media/0/focalPoint",
            "/extensions/x-priority",
            "/associations/0");
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void strictModeRefusesToDrop() {
    Ninjs strict = Ninjs.builder().mode(ReadMode.STRICT).build();
    assertThatThrownBy(() -> strict.write(Samples.withEventDetails(), NinjsVersion.V2_2))
        .isInstanceOf(NinjsException.class)
        .hasMessageContaining("/eventdetails")
        .satisfies(e -> assertThat(((NinjsException) e).problems()).hasSize(2));
    assertThat(strict.write(Samples.withEventDetails(), NinjsVersion.V3_1).dropped()).isEmpty();
  }

  @Test
  void aDocumentReadWithoutAStringUriIsWrittenWithTheModelsId() {
    for (String json :
        List.of(
            "{\"headlines\":[{\"value\":\"h\"}]}",
            "{\"uri\":5,\"headlines\":[{\"value\":\"h\"}]}")) {
      Article article = Ninjs.defaults().read(json).value().orElseThrow();
      for (NinjsVersion version : List.of(NinjsVersion.V3_1, NinjsVersion.V2_2)) {
        NinjsWriteResult written = Ninjs.defaults().write(article, version);
        assertThat(JSON.readTree(written.json()).get("uri").asString()).as(json).isEmpty();
        assertThat(OfficialSchemas.validate(written.json(), version)).as(json).isEmpty();
      }
    }
  }

  @Test
  void onlyWritableVersionsAreAccepted() {
    assertThatThrownBy(() -> Ninjs.defaults().write(Samples.russian(), NinjsVersion.V3_0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3.1 or 2.2");
  }

  @Test
  void prettyPrintingIndents() {
    String json =
        Ninjs.builder()
            .prettyPrint(true)
            .build()
            .write(Samples.russian(), NinjsVersion.V3_1)
            .json();
    assertThat(json).contains("\n  \"uri\"");
  }
}
