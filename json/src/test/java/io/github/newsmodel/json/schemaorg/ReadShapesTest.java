package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadShapesTest {
  private final SchemaOrg schemaOrg = SchemaOrg.defaults();

  private Article valid(String json) {
    ReadResult<Article> result = schemaOrg.read(json);
    assertThat(result.errors()).isEmpty();
    return result.value().orElseThrow();
  }

  private static String codes(ReadResult<Article> result) {
    return String.join(
        ",", result.problems().stream().map(p -> p.code() + "@" + p.pointer()).toList());
  }

  @Test
  void singleObject() {
    Article article =
        valid(
            """
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "One",
         "datePublished": "2024-01-02T03:04:05+06:00", "url": "https://ex.com/1"}
        """);
    assertThat(article.headline()).isEqualTo("One");
    assertThat(article.id()).isEqualTo("https://ex.com/1");
    assertThat(article.canonicalUrl()).isEqualTo("https://ex.com/1");
  }

  @Test
  void arrayOfNodesPicksTheArticleAndPointsIntoIt() {
    ReadResult<Article> result =
        schemaOrg.read(
            """
        [{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []},
         {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Second",
          "datePublished": "2024-01-02T03:04:05"}]
        """);
    assertThat(result.value().orElseThrow().headline()).isEqualTo("Second");
    assertThat(codes(result)).isEqualTo("datetime.offset@/1/datePublished");
  }

  @Test
  void yoastGraphWithIdReferences() {
    ReadResult<Article> result =
        schemaOrg.read(
            """
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "@id": "https://ex.com/#website", "url": "https://ex.com/"},
          {"@type": "Article", "@id": "https://ex.com/p/#article",
           "isPartOf": {"@id": "https://ex.com/p/"},
           "author": {"@id": "https://ex.com/#/schema/person/1"},
           "headline": "Yoast post", "datePublished": "2024-01-02T03:04:05+00:00",
           "mainEntityOfPage": {"@id": "https://ex.com/p/"},
           "publisher": {"@id": "https://ex.com/#organization"},
           "image": {"@id": "https://ex.com/p/#primaryimage"},
           "articleSection": ["News", "World"], "inLanguage": "en-US"},
          {"@type": "WebPage", "@id": "https://ex.com/p/", "url": "https://ex.com/p/",
           "name": "Yoast post", "primaryImageOfPage": {"@id": "https://ex.com/p/#primaryimage"}},
          {"@type": "ImageObject", "@id": "https://ex.com/p/#primaryimage",
           "url": "https://ex.com/img.jpg", "contentUrl": "https://ex.com/img.jpg",
           "width": 1200, "height": -675, "caption": "Cap"},
          {"@type": "Organization", "@id": "https://ex.com/#organization", "name": "Ex",
           "url": "https://ex.com/", "logo": {"@id": "https://ex.com/#/schema/logo/image/"}},
          {"@type": "ImageObject", "@id": "https://ex.com/#/schema/logo/image/",
           "url": "https://ex.com/logo.png"},
          {"@type": "Person", "@id": "https://ex.com/#/schema/person/1", "name": "Jane Doe",
           "url": "https://ex.com/author/jane"}
        ]}
        """);
    Article article = result.value().orElseThrow();
    assertThat(article.id()).isEqualTo("https://ex.com/p/#article");
    assertThat(article.canonicalUrl()).isEqualTo("https://ex.com/p/");
    assertThat(article.authors())
        .containsExactly(
            Party.builder(PartyKind.PERSON, "Jane Doe").url("https://ex.com/author/jane").build());
    assertThat(article.publisher().name()).isEqualTo("Ex");
    assertThat(article.publisher().logoUrl()).isEqualTo("https://ex.com/logo.png");
    assertThat(article.media().get(0).caption()).isEqualTo("Cap");
    assertThat(article.section()).isEqualTo("News");
    assertThat(article.language()).isEqualTo("en-US");
    assertThat(result.errors())
        .extracting(JsonProblem::pointer)
        .containsExactly("/@graph/3/height");
  }

  @Test
  void webPageWhoseMainEntityIsTheArticle() {
    Article article =
        valid(
            """
        {"@context": "https://schema.org", "@type": "WebPage", "url": "https://ex.com/page",
         "mainEntity": {"@type": "BlogPosting", "headline": "Inside the page",
                        "datePublished": "2024-05-06T07:08:09Z"}}
        """);
    assertThat(article.headline()).isEqualTo("Inside the page");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"https://schema.org\"",
        "\"http://schema.org/\"",
        "{\"@vocab\": \"http://schema.org\"}",
        "[\"https://schema.org\", {\"@language\": \"ru\"}]"
      })
  void contextAsStringObjectOrArray(String context) {
    ReadResult<Article> result =
        schemaOrg.read(
            "{\"@context\": " + context + ", \"@type\": \"NewsArticle\", \"headline\": \"H\"}");
    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().headline()).isEqualTo("H");
  }

  @Test
  void missingOrForeignContextIsAWarning() {
    assertThat(codes(schemaOrg.read("{\"@type\": \"NewsArticle\", \"headline\": \"H\"}")))
        .isEqualTo("jsonld.context.missing@");
    assertThat(
            codes(
                schemaOrg.read(
                    "{\"@context\": \"https://example.org/vocab\", \"@type\": \"NewsArticle\", \"headline\": \"H\"}")))
        .isEqualTo("jsonld.context.unknown@/@context");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[\"NewsArticle\", \"Article\"]",
        "[\"WebContent\", \"AnalysisNewsArticle\"]",
        "\"schema:NewsArticle\"",
        "\"https://schema.org/BlogPosting\"",
        "\"OpinionNewsArticle\"",
        "\"ReportageNewsArticle\""
      })
  void typeAsStringOrArray(String type) {
    Article article =
        valid(
            "{\"@context\": \"https://schema.org\", \"@type\": " + type + ", \"headline\": \"T\"}");
    assertThat(article.headline()).isEqualTo("T");
  }

  @Test
  void authorAsStringObjectOrArray() {
    String base =
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"A\", \"author\": ";
    assertThat(valid(base + "\"Jane Doe\"}").authors()).containsExactly(Party.person("Jane Doe"));
    assertThat(valid(base + "{\"@type\": \"Organization\", \"name\": \"Kazinform\"}}").authors())
        .containsExactly(Party.organization("Kazinform"));
    assertThat(
            valid(
                    base
                        + "[\"Jane Doe\", {\"@type\": \"Person\", \"givenName\": \"Ivan\","
                        + " \"familyName\": \"Petrov\", \"sameAs\": [\"\", \"https://www.wikidata.org/wiki/Q1\"]}]}")
                .authors())
        .extracting(Party::name, Party::uri)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("Jane Doe", null),
            org.assertj.core.api.Assertions.tuple(
                "Ivan Petrov", "https://www.wikidata.org/wiki/Q1"));
  }

  @Test
  void datesWithCompactOffsetMissingOffsetOrDateOnly() {
    ReadResult<Article> result =
        schemaOrg.read(
            """
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "D",
         "datePublished": "2021-11-01T10:52:50+0200", "dateModified": "2021-11-01T11:00:00",
         "dateCreated": "2021-11-01"}
        """);
    Article article = result.value().orElseThrow();
    assertThat(article.firstPublished().text()).isEqualTo("2021-11-01T10:52:50+0200");
    assertThat(article.firstPublished().hasOffset()).isTrue();
    assertThat(article.modified().text()).isEqualTo("2021-11-01T11:00:00");
    assertThat(article.created().text()).isEqualTo("2021-11-01");
    assertThat(result.warnings())
        .extracting(p -> p.code() + "@" + p.pointer())
        .containsExactlyInAnyOrder("datetime.offset@/dateModified", "datetime.offset@/dateCreated");
  }

  @Test
  void imageAsUrlArrayOrObjectWithStringSizesAndRelativeUrls() {
    String base =
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"I\","
            + " \"url\": \"https://ex.com/news/1\", \"image\": ";
    assertThat(valid(base + "\"https://ex.com/a.jpg\"}").media().get(0).renditions())
        .extracting(Rendition::url)
        .containsExactly("https://ex.com/a.jpg");
    assertThat(
            valid(base + "[\"https://ex.com/a.jpg\", \"//cdn.ex.com/b.jpg\", \"/c.jpg\"]}").media())
        .extracting(m -> m.renditions().get(0).url())
        .containsExactly(
            "https://ex.com/a.jpg", "https://cdn.ex.com/b.jpg", "https://ex.com/c.jpg");
    Rendition sized =
        valid(
                base
                    + "{\"@type\": \"ImageObject\", \"url\": \"https://ex.com/a.jpg\","
                    + " \"width\": \"768\", \"height\": {\"@type\": \"QuantitativeValue\", \"value\": 512}}}")
            .media()
            .get(0)
            .renditions()
            .get(0);
    assertThat(sized.width()).isEqualTo(768);
    assertThat(sized.height()).isEqualTo(512);
  }

  @Test
  void keywordsAsCommaSeparatedStringOrArray() {
    String base =
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"K\", \"keywords\": ";
    assertThat(valid(base + "\"ДЗЯО, ООН,ДЗЯО , \"}").keywords()).containsExactly("ДЗЯО", "ООН");
    assertThat(valid(base + "[\"a, b\", \"c\"]}").keywords()).containsExactly("a, b", "c");
  }

  @Test
  void headlineFallsBackToNameWithAWarning() {
    ReadResult<Article> result =
        schemaOrg.read(
            "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"name\": \"Named\"}");
    assertThat(result.value().orElseThrow().headline()).isEqualTo("Named");
    assertThat(codes(result)).isEqualTo("jsonld.headline.missing@/headline");
  }

  @Test
  void idFallsBackToAStableHashOfHeadlineAndDate() {
    String json =
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Hash me\","
            + " \"datePublished\": \"2024-01-01T00:00:00Z\"}";
    String id = valid(json).id();
    assertThat(id).matches("jsonld-[0-9a-f]{16}").isEqualTo(valid(json).id());
    assertThat(id).isEqualTo(ArticleReader.stableId("Hash me", "2024-01-01T00:00:00Z"));
    assertThat(valid(json.replace("2024", "2025")).id()).isNotEqualTo(id);
  }

  @Test
  void sourcesAndEntitiesAndCounters() {
    Article article =
        valid(
            """
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "S",
         "isBasedOn": ["https://www.el.kz/news/1", {"@type": "CreativeWork",
                       "publisher": {"@type": "Organization", "name": "Kazinform"}}],
         "sourceOrganization": {"@type": "GovernmentOrganization", "name": "МИД РК"},
         "about": [{"@type": "City", "name": "Астана"}, "Diplomacy"],
         "mentions": {"@type": "Event", "name": "TPNW", "@id": "https://www.wikidata.org/wiki/Q28"},
         "interactionStatistic": [
           {"@type": "InteractionCounter", "interactionType": {"@type": "ReadAction"},
            "userInteractionCount": "759"},
           {"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction",
            "userInteractionCount": 3}],
         "commentCount": 4}
        """);
    assertThat(article.sources())
        .extracting(s -> s.name() + "|" + s.roles() + "|" + s.url())
        .containsExactly(
            "el.kz|[relayedFrom]|https://www.el.kz/news/1",
            "Kazinform|[relayedFrom]|null",
            "МИД РК|[originator]|null");
    assertThat(article.entities())
        .extracting(e -> e.kind() + "|" + e.name() + "|" + e.rel() + "|" + e.uri())
        .containsExactly(
            "PLACE|Астана|about|null",
            "SUBJECT|Diplomacy|about|null",
            "EVENT|TPNW|mentions|https://www.wikidata.org/wiki/Q28");
    assertThat(article.engagement().views()).isEqualTo(759L);
    assertThat(article.engagement().reactions()).isEqualTo(3L);
    assertThat(article.engagement().comments()).isEqualTo(4L);
  }

  @Test
  void bytesAndStreamsReadLikeText() {
    String json =
        "\uFEFF{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Ünïcode ✓\"}";
    byte[] bytes = json.substring(1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(valid(json).headline()).isEqualTo("Ünïcode ✓");
    assertThat(schemaOrg.read(bytes).value().orElseThrow().headline()).isEqualTo("Ünïcode ✓");
    assertThat(
            schemaOrg
                .read(new java.io.ByteArrayInputStream(bytes))
                .value()
                .orElseThrow()
                .headline())
        .isEqualTo("Ünïcode ✓");
  }
}
