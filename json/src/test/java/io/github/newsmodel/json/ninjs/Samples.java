package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Embed;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
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
import io.github.newsmodel.party.SourceRoles;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Articles built in code, for the writer tests. */
final class Samples {

  static final String CANONICAL =
      "https://www.inform.kz/ru/kazahstan-prinyal-uchastie-vo-vtoroy-konferencii-dzyao";

  private Samples() {}

  /**
   * The article of the seed page: a Russian news item from Kazakhstan with a photo and 759 views.
   */
  static Article russian() {
    return Article.builder(
            "kz-2023-11-28-dzyao",
            "Казахстан принял участие во Второй конференции государств-участников ДЗЯО")
        .language("ru")
        .type("text")
        .section("Лента новостей")
        .canonicalUrl(CANONICAL)
        .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
        .status(PublicationStatus.USABLE)
        .addBlock(MediaReference.of("photo"))
        .addBlock(
            Paragraph.of(
                "Заместитель Премьер-Министра – Министр иностранных дел Республики"
                    + " Казахстан Мурат Нуртлеу принял участие во Второй конференции государств-участников"
                    + " Договора о запрещении ядерного оружия (ДЗЯО), передает El.kz со ссылкой на МИД РК."))
        .addBlock(
            Paragraph.of(
                "М. Нуртлеу выступил на сессии высокого уровня конференции и"
                    + " обратил внимание международной аудитории к пагубным последствиям."))
        .addBlock(
            new Quote(
                List.of(Inline.text("«О мировом единстве за справедливый мир и" + " согласие»")),
                "Касым-Жомарт Токаев"))
        .addMedia(
            Media.builder(MediaKind.IMAGE, "photo")
                .creditLine("Фото: gov.kz")
                .addRendition(
                    Rendition.builder("https://www.inform.kz/photo/dzyao.jpg")
                        .name("original")
                        .mediaType("image/jpeg")
                        .width(1200)
                        .height(800)
                        .build())
                .build())
        .addSource(Source.of("El.kz", SourceRoles.RELAYED_FROM))
        .addSource(Source.of("МИД РК", SourceRoles.ORIGINATOR))
        .engagement(Engagement.views(759, null))
        .addShareLink(ShareLink.of(SharePlatform.TELEGRAM, CANONICAL, null))
        .addFollowLink(FollowLink.of("telegram", "https://t.me/inform_kz"))
        .build();
  }

  /** Every model field ninjs has a place for. */
  static Article rich() {
    return Article.builder("urn:newsml:example.kz:2024:rich", "Rich headline")
        .addAlternateId(AlternateId.of("internal", "42"))
        .canonicalUrl("https://example.kz/news/rich")
        .language("kk-Cyrl-KZ")
        .type("text")
        .addGenre(new Genre("Analysis", "http://cv.iptc.org/newscodes/genre/Analysis", "analysis"))
        .section("Экономика")
        .subheadline("A deck")
        .summary("The summary.")
        .slugline("rich-slug")
        .byline("By A. Writer")
        .dateline("Astana")
        .body(
            List.of(
                Heading.of(2, "Part one"),
                new Paragraph(
                    List.of(
                        Inline.text("See "),
                        Inline.link("https://example.kz/a", Inline.text("this")),
                        Inline.text(" and "),
                        Inline.strong("that"))),
                ListBlock.of(true, "one", "two"),
                MediaReference.of("video1"),
                Embed.of("https://www.youtube.com/watch?v=abc", "youtube")))
        .addAuthor(Party.person("Айгерим Сапарова"))
        .addAuthor(Party.organization("Newsroom"))
        .publisher(
            Party.builder(PartyKind.ORGANIZATION, "Example Media")
                .uri("https://example.kz")
                .url("https://example.kz")
                .build())
        .addSource(Source.of("Reuters", SourceRoles.AGENCY))
        .addEntity(
            Entity.builder(EntityKind.SUBJECT, "Economy")
                .uri("http://cv.iptc.org/newscodes/mediatopic/04000000")
                .code("04000000")
                .relevance(90)
                .confidence(70)
                .creator("machine")
                .build())
        .addEntity(Entity.of(EntityKind.PERSON, "Kassym-Jomart Tokayev"))
        .addEntity(Entity.of(EntityKind.ORGANIZATION, "UN"))
        .addEntity(
            Entity.builder(EntityKind.PLACE, "Astana")
                .extensions(
                    Extensions.empty()
                        .with(
                            "ninjs:geoJSON",
                            JsonValue.object(
                                Map.of(
                                    "type",
                                    JsonValue.string("Point"),
                                    "coordinates",
                                    JsonValue.array(
                                        List.of(
                                            JsonValue.number("71.43"),
                                            JsonValue.number("51.13")))))))
                .build())
        .addEntity(Entity.of(EntityKind.EVENT, "Conference"))
        .addEntity(Entity.of(EntityKind.OBJECT, "Treaty"))
        .addKeyword("nuclear")
        .addKeyword("diplomacy")
        .firstPublished(NewsDateTime.parse("2024-03-01T10:00:00+05:00"))
        .modified(NewsDateTime.parse("2024-03-01T11:00:00+05:00"))
        .created(NewsDateTime.parse("2024-03-01T09:00:00+05:00"))
        .embargoedUntil(NewsDateTime.parse("2024-03-01T09:30:00+05:00"))
        .expires(NewsDateTime.parse("2025-03-01T00:00:00Z"))
        .status(PublicationStatus.USABLE)
        .urgency(3)
        .version("2")
        .engagement(Engagement.builder().views(1200L).shares(15L).comments(3L).build())
        .rights(
            Rights.builder()
                .copyrightHolder("Example Media")
                .copyrightNotice("© 2024")
                .usageTerms("Editorial use only")
                .rightsUrl("https://example.kz/rights")
                .build())
        .editorialNote("Check the figures")
        .addMedia(
            Media.builder(MediaKind.VIDEO, "video1")
                .uri("https://example.kz/media/video1")
                .title("The video")
                .caption("A caption")
                .altText("Alt text")
                .creditLine("Example Media")
                .copyrightNotice("© 2024")
                .usageTerms("Editorial")
                .language("ru")
                .licenseUrl("https://example.kz/license")
                .addRendition(
                    Rendition.builder("https://example.kz/media/video1.mp4")
                        .name("hd")
                        .mediaType("video/mp4")
                        .width(1920)
                        .height(1080)
                        .sizeBytes(12_345_678L)
                        .duration(Duration.ofMillis(93_500))
                        .videoCodec("avc1")
                        .frameRate(29.97)
                        .bitrate(4_500_000L)
                        .build())
                .build())
        .addRelated(
            RelatedArticle.builder("https://example.kz/news/earlier")
                .headline("Earlier story")
                .rel("seeAlso")
                .id("earlier")
                .build())
        .shareLinks(
            List.of(ShareLink.of(SharePlatform.FACEBOOK, "https://example.kz/news/rich", null)))
        .build();
  }

  /** Model content ninjs cannot hold, to see it reported. */
  static Article withExtras() {
    return Article.builder("extras", "Extras")
        .addFollowLink(FollowLink.of("telegram", "https://t.me/x").withLabel("Подпишитесь", "ru"))
        .publisher(
            Party.builder(PartyKind.ORGANIZATION, "P").logoUrl("https://x.kz/logo.png").build())
        .addMedia(Media.builder(MediaKind.IMAGE, "m").focalPoint(FocalPoint.of(0.5, 0.5)).build())
        .extensions(Extensions.empty().with("x-priority", JsonValue.number(2)))
        .build();
  }

  /** Only what 3.x can carry: events and planning data kept from a ninjs 3.1 document. */
  static Article withEventDetails() {
    JsonValue details =
        JsonValue.object(
            Map.of(
                "eventStatus",
                JsonValue.string("http://cv.iptc.org/newscodes/eventstatus/confirmed")));
    return Article.builder("urn:event:1", "An event")
        .type("event")
        .extensions(Extensions.empty().with("ninjs:eventDetails", details))
        .build();
  }
}
