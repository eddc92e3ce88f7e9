package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The five real pages' JSON-LD in shared/conformance/schemaorg (see SOURCES.md there). */
class ConformanceTest {

  static Path conformanceDir() {
    String configured = System.getProperty("newsmodel.conformance.dir");
    if (configured == null || configured.isBlank()) {
      fail(
          "system property newsmodel.conformance.dir is not set; run through Maven (the parent POM"
              + " sets it to ${maven.multiModuleProjectDirectory}/../shared/conformance)");
    }
    Path dir = Path.of(configured).resolve("schemaorg").normalize();
    if (!Files.isDirectory(dir)) {
      fail(
          "conformance folder "
              + dir
              + " does not exist; newsmodel.conformance.dir="
              + configured
              + " must point at shared/conformance beside the repository");
    }
    return dir;
  }

  private static Article read(String file) {
    Path path = conformanceDir().resolve(file);
    if (!Files.isRegularFile(path)) {
      fail("conformance file " + path + " is missing");
    }
    ReadResult<Article> result;
    try (InputStream in = Files.newInputStream(path)) {
      result = SchemaOrg.defaults().read(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
    assertThat(result.errors()).as(file).isEmpty();
    return result.value().orElseThrow();
  }

  @Test
  void aktualne() {
    Article article = read("mozilla-readability_aktualne.json");
    assertThat(article.headline())
        .isEqualTo("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout");
    assertThat(article.firstPublished().text()).isEqualTo("2021-11-01T10:52:50+0100");
    assertThat(article.firstPublished().hasOffset()).isTrue();
    assertThat(article.authors()).extracting(Party::name).containsExactly("Aleš Vávra");
    assertThat(article.publisher().name()).isEqualTo("Aktuálně.cz");
    assertThat(article.publisher().logoUrl())
        .isEqualTo("https://asset.stdout.cz/fe/aktualne/img/apple-touch-icon.png");
    assertThat(article.media().get(0).renditions().get(0).url())
        .isEqualTo("https://cdn.xsd.cz/original/9b6b601b440031309c748f864087a138.jpg");
    assertThat(article.media().get(0).creditLine()).isEqualTo("Reuters");
    assertThat(article.entities())
        .extracting(e -> e.name() + " " + e.uri())
        .containsExactly("Fotbal wd:Q2736", "sport wd:Q349");
    assertThat(article.keywords()).hasSize(10).contains("Tomáš Souček");
    assertThat(article.extensions().get("wordcount")).contains(JsonValue.number(672));
    assertThat(article.extensions().get("name")).contains(JsonValue.string("Aktuálně.cz"));
  }

  @Test
  void folha() {
    Article article = read("mozilla-readability_folha.json");
    assertThat(article.headline())
        .isEqualTo("Tite diz que errou ao levar taça da Libertadores a Lula em 2012");
    assertThat(article.firstPublished().text()).isEqualTo("2018-12-21T12:55:00Z");
    assertThat(article.authors())
        .extracting(Party::name)
        .containsExactly("Bruno (Henrique Zecchin) Rodrigues");
    assertThat(article.publisher().name()).isEqualTo("Folha de S.Paulo");
    assertThat(article.publisher().extensions().names()).contains("ethicsPolicy", "masthead");
    Rendition image = article.media().get(0).renditions().get(0);
    assertThat(image.url())
        .isEqualTo(
            "https://f.i.uol.com.br/fotografia/2018/12/21/15454034955c1cfc67131dc_1545403495_3x2_md.jpg");
    assertThat(image.width()).isEqualTo(768);
    assertThat(image.height()).isEqualTo(512);
    assertThat(article.extensions().get("@type"))
        .contains(JsonValue.string("ReportageNewsArticle"));
    assertThat(article.extensions().get("isAccessibleForFree")).contains(JsonValue.FALSE);
    assertThat(article.extensions().names()).contains("hasPart", "contentLocation");
  }

  @Test
  void nbcNewsWithObjectContext() {
    Article article = read("mozilla-readability_schema-org-context-object_nbcnews.json");
    assertThat(article.headline())
        .isEqualTo(
            "South Korean president’s impeachment fails after ruling party lawmakers walk out");
    assertThat(article.firstPublished().text()).isEqualTo("2024-12-06T22:00:40.000Z");
    assertThat(article.modified().text()).isEqualTo("2024-12-07T12:43:39.889Z");
    assertThat(article.authors())
        .extracting(Party::name, Party::role)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("Stella Kim", null),
            org.assertj.core.api.Assertions.tuple("Jennifer Jett", null),
            org.assertj.core.api.Assertions.tuple("Abigail Williams", "contributor"),
            org.assertj.core.api.Assertions.tuple("Beomsu Jo", "contributor"));
    assertThat(article.authors().get(1).url())
        .isEqualTo("https://www.nbcnews.com/author/jennifer-jett-ncpn1278442");
    assertThat(article.publisher().name()).isEqualTo("NBC News");
    Media image = article.media().get(0);
    assertThat(image.renditions().get(0).url())
        .isEqualTo(
            "https://media-cldnry.s-nbcnews.com/image/upload/t_fit-1500w,f_auto,q_auto:best/rockcms/2024-12/241206-yoon-south-korea-mb-0824-656188.jpg");
    assertThat(image.caption()).startsWith("An image of South Korean President Yoon Suk Yeol");
    assertThat(article.section()).isEqualTo("news");
    assertThat(article.body()).isNotEmpty();
    assertThat(article.extensions().names()).contains("articleId", "identifier", "thumbnailUrl");
    assertThat(article.authors().get(0).extensions().names()).contains("description");
  }

  @Test
  void theVergeWithThreeCrops() {
    Article article = read("mozilla-readability_theverge.json");
    assertThat(article.headline())
        .isEqualTo("Apple’s Vision Pro hands-on: the Retina display moment for headsets");
    assertThat(article.firstPublished().text()).isEqualTo("2023-06-07T20:54:26.829Z");
    assertThat(article.authors())
        .extracting(Party::name, Party::url)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "Alex Heath", "https://www.theverge.com/authors/alex-heath"));
    assertThat(article.publisher().name()).isEqualTo("The Verge");
    assertThat(article.media()).hasSize(3);
    assertThat(article.media())
        .extracting(m -> m.renditions().get(0).width() + "x" + m.renditions().get(0).height())
        .containsExactly("1400x788", "1400x1050", "1400x1400");
    assertThat(article.media().get(0).renditions().get(0).url())
        .isEqualTo(
            "https://cdn.vox-cdn.com/thumbor/drivgX7R6Ch6WYFWEHgrgiFhCZ8=/0x0:2040x1360/1400x788/filters:focal(1046x614:1047x615)/cdn.vox-cdn.com/uploads/chorus_asset/file/24709755/DSC00889.jpg");
    assertThat(article.body()).hasSizeGreaterThan(5);
    assertThat(article.body().get(0).plainText())
        .startsWith("I still remember using the iPhone 4 for the first time in 2010.");
  }

  @Test
  void liberationWithoutOffsets() {
    ReadResult<Article> result;
    try {
      result =
          SchemaOrg.defaults()
              .read(
                  Files.readAllBytes(
                      conformanceDir().resolve("mozilla-readability_videos-2_liberation.json")));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(result.errors()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.headline())
        .isEqualTo("Screenshot\u00a0: «Vape Wave», «6\u00a0Days», «Alphonse Président»…");
    assertThat(article.firstPublished().text()).isEqualTo("2017-11-24T18:42:20.314667");
    assertThat(article.firstPublished().hasOffset()).isFalse();
    assertThat(result.warnings())
        .extracting(p -> p.code() + " " + p.pointer())
        .contains(
            "datetime.offset /datePublished",
            "datetime.offset /dateModified",
            "datetime.offset /dateCreated");
    assertThat(article.authors())
        .extracting(Party::name)
        .containsExactly("Alexandre Hervaud", "Jérémy Piette");
    assertThat(article.publisher().name()).isEqualTo("Libération");
    Rendition image = article.media().get(0).renditions().get(0);
    assertThat(image.url())
        .isEqualTo("https://statics.liberation.fr/newnext/images/social-placeholder.jpg");
    assertThat(image.width()).isEqualTo(1000);
    assertThat(image.height()).isEqualTo(500);
    assertThat(article.canonicalUrl())
        .isEqualTo(
            "https://next.liberation.fr/culture/2017/11/24/screenshot-vape-wave-6-days-alphonse-president_1612047");
    assertThat(article.keywords()).hasSizeGreaterThan(100).contains("Netflix", "Dieu merci!");
  }
}
