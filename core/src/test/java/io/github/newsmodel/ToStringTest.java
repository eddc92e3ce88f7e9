package io.github.newsmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.FocalPoint;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each model type's {@code toString} names every property that is set, with its value, and leaves
 * out optional properties that are absent; {@code toBuilder().build()} gives an equal value.
 */
class ToStringTest {

  private static final Extensions EXT = Extensions.of(Map.of("x-flag", JsonValue.TRUE));
  private static final NewsDateTime DATE = NewsDateTime.parse("2023-11-28T19:00:00+06:00");

  private static final Party PARTY =
      Party.builder(PartyKind.PERSON, "Айгерім")
          .role("author")
          .url("https://e.kz/p")
          .uri("urn:p:1")
          .jobTitle("editor")
          .logoUrl("https://e.kz/logo.png")
          .extensions(EXT)
          .build();
  private static final Source SOURCE =
      Source.builder("El.kz")
          .addRole("originator")
          .url("https://el.kz/")
          .uri("urn:s:1")
          .kind(PartyKind.ORGANIZATION)
          .extensions(EXT)
          .build();
  private static final Entity ENTITY =
      Entity.builder(EntityKind.PLACE, "Астана")
          .uri("urn:e:1")
          .code("KZ-AST")
          .rel("about")
          .relevance(90)
          .confidence(80)
          .creator("editor")
          .language("kk")
          .extensions(EXT)
          .build();
  private static final Rights RIGHTS =
      Rights.builder()
          .copyrightHolder("Example")
          .copyrightNotice("© Example")
          .usageTerms("no resale")
          .rightsUrl("https://e.kz/rights")
          .extensions(EXT)
          .build();
  private static final Engagement ENGAGEMENT =
      Engagement.builder()
          .views(1L)
          .shares(2L)
          .comments(3L)
          .reactions(4L)
          .asOf(DATE)
          .extensions(EXT)
          .build();
  private static final RelatedArticle RELATED =
      RelatedArticle.builder("https://e.kz/r")
          .headline("Related")
          .rel("see-also")
          .id("r1")
          .extensions(EXT)
          .build();
  private static final Media MEDIA =
      Media.builder(MediaKind.IMAGE, "m1")
          .uri("urn:m:1")
          .title("T")
          .caption("C")
          .altText("A")
          .creditLine("Photo")
          .creator(PARTY)
          .copyrightNotice("© M")
          .licenseUrl("https://e.kz/license")
          .usageTerms("U")
          .language("ru")
          .addRendition(Rendition.builder("https://e.kz/m.jpg").build())
          .focalPoint(FocalPoint.of(0.5, 0.5))
          .extensions(EXT)
          .build();

  private static void assertNamesEach(Object value, String type, Map<String, Object> properties) {
    String text = value.toString();
    assertThat(text).startsWith(type + "{").endsWith("}");
    properties.forEach((name, v) -> assertThat(text).contains(name + "=" + v));
  }

  @Test
  void partiesEntitiesRightsEngagementAndRelatedNameEverySetProperty() {
    assertNamesEach(
        PARTY,
        "Party",
        Map.of(
            "kind",
            PartyKind.PERSON,
            "name",
            "Айгерім",
            "role",
            "author",
            "url",
            "https://e.kz/p",
            "uri",
            "urn:p:1",
            "jobTitle",
            "editor",
            "logoUrl",
            "https://e.kz/logo.png",
            "extensions",
            EXT.asMap()));
    assertNamesEach(
        SOURCE,
        "Source",
        Map.of(
            "name",
            "El.kz",
            "roles",
            "[originator]",
            "url",
            "https://el.kz/",
            "uri",
            "urn:s:1",
            "kind",
            PartyKind.ORGANIZATION,
            "extensions",
            EXT.asMap()));
    assertNamesEach(
        ENTITY,
        "Entity",
        Map.of(
            "kind",
            EntityKind.PLACE,
            "name",
            "Астана",
            "uri",
            "urn:e:1",
            "code",
            "KZ-AST",
            "rel",
            "about",
            "relevance",
            90,
            "confidence",
            80,
            "creator",
            "editor",
            "language",
            "kk",
            "extensions",
            EXT.asMap()));
    assertNamesEach(
        RIGHTS,
        "Rights",
        Map.of(
            "copyrightHolder",
            "Example",
            "copyrightNotice",
            "© Example",
            "usageTerms",
            "no resale",
            "rightsUrl",
            "https://e.kz/rights",
            "extensions",
            EXT.asMap()));
    assertNamesEach(
        ENGAGEMENT,
        "Engagement",
        Map.of(
            "views",
            1,
            "shares",
            2,
            "comments",
            3,
            "reactions",
            4,
            "asOf",
            DATE,
            "extensions",
            EXT.asMap()));
    assertNamesEach(
        RELATED,
        "RelatedArticle",
        Map.of(
            "url",
            "https://e.kz/r",
            "headline",
            "Related",
            "rel",
            "see-also",
            "id",
            "r1",
            "extensions",
            EXT.asMap()));
    for (Object value :
        new Object[] {
          PARTY.toBuilder().build(),
          SOURCE.toBuilder().build(),
          ENTITY.toBuilder().build(),
          RIGHTS.toBuilder().build(),
          ENGAGEMENT.toBuilder().build(),
          RELATED.toBuilder().build()
        }) {
      assertThat(value).isIn(PARTY, SOURCE, ENTITY, RIGHTS, ENGAGEMENT, RELATED);
    }
  }

  @Test
  void mediaNamesEverySetProperty() {
    assertNamesEach(
        MEDIA,
        "Media",
        Map.ofEntries(
            Map.entry("kind", MediaKind.IMAGE),
            Map.entry("id", "m1"),
            Map.entry("uri", "urn:m:1"),
            Map.entry("title", "T"),
            Map.entry("caption", "C"),
            Map.entry("altText", "A"),
            Map.entry("creditLine", "Photo"),
            Map.entry("creator", PARTY),
            Map.entry("copyrightNotice", "© M"),
            Map.entry("licenseUrl", "https://e.kz/license"),
            Map.entry("usageTerms", "U"),
            Map.entry("language", "ru"),
            Map.entry("renditions", MEDIA.renditions()),
            Map.entry("focalPoint", FocalPoint.of(0.5, 0.5)),
            Map.entry("extensions", EXT.asMap())));
    assertThat(MEDIA.toBuilder().build()).isEqualTo(MEDIA);
  }

  @Test
  void absentOptionalPropertiesAreLeftOut() {
    assertThat(Party.person("P").toString()).isEqualTo("Party{kind=PERSON, name=P}");
    assertThat(Media.builder(MediaKind.VIDEO, "v").build().toString())
        .isEqualTo("Media{kind=VIDEO, id=v}");
    assertThat(Entity.of(EntityKind.SUBJECT, "t").toString())
        .isEqualTo("Entity{kind=SUBJECT, name=t}");
    assertThat(Rights.builder().build().toString()).isEqualTo("Rights{}");
    assertThat(Engagement.builder().build().toString()).isEqualTo("Engagement{}");
    assertThat(RelatedArticle.of("https://e.kz/", null).toString())
        .isEqualTo("RelatedArticle{url=https://e.kz/}");
    assertThat(Source.builder("S").build().toString()).isEqualTo("Source{name=S}");
    assertThat(Article.builder("a", "h").build().toString()).isEqualTo("Article{id=a, headline=h}");
  }

  @Test
  void articleNamesEverySetProperty() {
    ShareLink share = ShareLink.of(SharePlatform.TELEGRAM, "https://e.kz/a", "t");
    FollowLink follow = FollowLink.of("telegram", "https://t.me/e");
    Article article =
        Article.builder("a1", "Headline")
            .addAlternateId(AlternateId.of("guid", "g1"))
            .canonicalUrl("https://e.kz/a")
            .language("ru")
            .type("text")
            .addGenre(Genre.named("News"))
            .section("World")
            .subheadline("Sub")
            .summary("Sum")
            .slugline("slug")
            .byline("By")
            .dateline("Astana")
            .addBlock(Paragraph.of("p"))
            .addAuthor(PARTY)
            .publisher(Party.organization("Pub"))
            .addSource(SOURCE)
            .addEntity(ENTITY)
            .addKeyword("k")
            .firstPublished(DATE)
            .modified(DATE)
            .created(DATE)
            .embargoedUntil(DATE)
            .expires(DATE)
            .status(PublicationStatus.USABLE)
            .urgency(3)
            .version("2")
            .engagement(ENGAGEMENT)
            .rights(RIGHTS)
            .editorialNote("note")
            .addMedia(MEDIA)
            .addShareLink(share)
            .addFollowLink(follow)
            .addRelated(RELATED)
            .extensions(EXT)
            .build();
    assertNamesEach(
        article,
        "Article",
        Map.ofEntries(
            Map.entry("id", "a1"),
            Map.entry("alternateIds", article.alternateIds()),
            Map.entry("canonicalUrl", "https://e.kz/a"),
            Map.entry("language", "ru"),
            Map.entry("type", "text"),
            Map.entry("genres", article.genres()),
            Map.entry("section", "World"),
            Map.entry("headline", "Headline"),
            Map.entry("subheadline", "Sub"),
            Map.entry("summary", "Sum"),
            Map.entry("slugline", "slug"),
            Map.entry("byline", "By"),
            Map.entry("dateline", "Astana"),
            Map.entry("body", article.body()),
            Map.entry("authors", article.authors()),
            Map.entry("publisher", Party.organization("Pub")),
            Map.entry("sources", article.sources()),
            Map.entry("entities", article.entities()),
            Map.entry("keywords", "[k]"),
            Map.entry("firstPublished", DATE),
            Map.entry("modified", DATE),
            Map.entry("created", DATE),
            Map.entry("embargoedUntil", DATE),
            Map.entry("expires", DATE),
            Map.entry("status", PublicationStatus.USABLE),
            Map.entry("urgency", 3),
            Map.entry("version", "2"),
            Map.entry("engagement", ENGAGEMENT),
            Map.entry("rights", RIGHTS),
            Map.entry("editorialNote", "note"),
            Map.entry("media", article.media()),
            Map.entry("shareLinks", article.shareLinks()),
            Map.entry("followLinks", article.followLinks()),
            Map.entry("related", article.related()),
            Map.entry("extensions", EXT.asMap())));
    assertThat(article.toBuilder().build()).isEqualTo(article);
  }
}
