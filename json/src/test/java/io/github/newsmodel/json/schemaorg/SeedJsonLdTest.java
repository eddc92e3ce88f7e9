package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SeedJsonLdTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void seedArticleIsWrittenWithExactlyTheExpectedMembers() {
    String json = SchemaOrg.defaults().writeJsonLd(SeedArticle.article());
    String expected =
        """
        {
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          "identifier": "example-kz-2023-11-28-dzyao",
          "headline": "%s",
          "articleBody": "%s\\n\\n%s",
          "articleSection": "Лента новостей",
          "keywords": ["ДЗЯО", "ядерное разоружение"],
          "inLanguage": "ru",
          "datePublished": "2023-11-28T19:00:00+06:00",
          "image": [
            {"@type": "ImageObject", "identifier": "photo-1",
             "contentUrl": "%s", "url": "%s", "width": 1200, "height": 675,
             "caption": "Мурат Нуртлеу на конференции", "creditText": "Фото: gov.kz"},
            {"@type": "ImageObject", "identifier": "photo-1",
             "contentUrl": "%s", "url": "%s", "width": 675, "height": 675,
             "caption": "Мурат Нуртлеу на конференции", "creditText": "Фото: gov.kz"}
          ],
          "interactionStatistic": [
            {"@type": "InteractionCounter", "interactionType": "https://schema.org/ReadAction",
             "userInteractionCount": 759}
          ],
          "isBasedOn": [
            {"@type": "CreativeWork", "url": "https://el.kz",
             "publisher": {"@type": "Organization", "name": "El.kz"}}
          ],
          "sourceOrganization": [{"@type": "Organization", "name": "МИД РК"}],
          "about": [{"@type": "Person", "name": "Мурат Нуртлеу"}],
          "mentions": [
            {"@type": "Place", "name": "Казахстан", "sameAs": "https://www.wikidata.org/wiki/Q232"}
          ],
          "mainEntityOfPage": {"@type": "WebPage", "@id": "%s"},
          "url": "%s"
        }
        """
            .formatted(
                SeedArticle.HEADLINE,
                SeedArticle.PARAGRAPH_1,
                SeedArticle.PARAGRAPH_2,
                SeedArticle.PHOTO_16X9,
                SeedArticle.PHOTO_16X9,
                SeedArticle.PHOTO_1X1,
                SeedArticle.PHOTO_1X1,
                SeedArticle.URL,
                SeedArticle.URL);
    JsonNode actual = MAPPER.readTree(json);
    assertThat(actual).isEqualTo(MAPPER.readTree(expected));
    assertThat(List.copyOf(actual.propertyNames()))
        .containsExactly(
            "@context",
            "@type",
            "identifier",
            "headline",
            "articleBody",
            "articleSection",
            "keywords",
            "inLanguage",
            "datePublished",
            "image",
            "interactionStatistic",
            "isBasedOn",
            "sourceOrganization",
            "about",
            "mentions",
            "mainEntityOfPage",
            "url");
  }

  @Test
  void seedArticleMeetsGoogleGuidanceExceptAuthorAndFourByThree() {
    assertThat(SchemaOrg.defaults().googleArticleProfile(SeedArticle.article()))
        .extracting(p -> p.code() + " " + p.pointer())
        .containsExactly("google.image.ratios /image", "google.author.missing /author");
  }
}
