package io.github.newsmodel.json;

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
import java.util.Map;

/** The articles behind the golden files: Russian (the seed story), Kazakh and English. */
public final class SampleArticles {

  static final String SEED_URL = "https://example.kz/news/2023/11/28/kazakhstan-dzyao";

  private SampleArticles() {}

  /** The seed story: Kazakhstan at the Second Meeting of States Parties to the TPNW. */
  public static Article russianSeed() {
    return Article.builder(
            "kz-2023-11-28-dzyao",
            "Казахстан принял участие во Второй конференции государств-участников ДЗЯО")
        .canonicalUrl(SEED_URL)
        .language("ru")
        .type("text")
        .addGenre(Genre.named("Новость"))
        .section("Лента новостей")
        .summary(
            "Глава МИД Казахстана выступил на конференции Договора о запрещении ядерного "
                + "оружия в Нью-Йорке и провёл встречи с руководством ООН и ICAN.")
        .addBlock(
            Paragraph.of(
                "Министр иностранных дел Казахстана Мурат Нуртлеу выступил на "
                    + "второй конференции государств — участников Договора о запрещении ядерного оружия, "
                    + "сообщает El.kz со ссылкой на МИД РК."))
        .addBlock(MediaReference.of("photo-1"))
        .addBlock(
            Paragraph.of(
                "Он напомнил о последствиях ядерных испытаний и призвал к диалогу "
                    + "и мерам доверия ради глобальной безопасности."))
        .addBlock(
            Quote.of(
                "Равный диалог, основанный на Уставе ООН, международном праве и "
                    + "взаимном уважении.",
                "Касым-Жомарт Токаев"))
        .addBlock(Heading.of(2, "Встречи в ООН"))
        .addBlock(
            ListBlock.of(
                false,
                "Генеральный секретарь ООН Антонио Гутерриш",
                "Заместитель Генерального секретаря по вопросам разоружения Изуми Накамицу",
                "Исполнительный директор ICAN Мелиса Парк"))
        .addBlock(
            Paragraph.of(
                Inline.text("Казахстан и "),
                Inline.strong("Кирибати"),
                Inline.text(
                    " предложили создать международный трастовый фонд помощи жертвам "
                        + "ядерных испытаний."),
                Inline.lineBreak(),
                Inline.link("https://www.gov.kz/memleket/entities/mfa", Inline.text("МИД РК"))))
        .addSource(Source.of("El.kz", SourceRoles.RELAYED_FROM).withUrl("https://el.kz"))
        .addSource(Source.of("МИД РК", SourceRoles.ORIGINATOR))
        .addEntity(Entity.of(EntityKind.PERSON, "Мурат Нуртлеу"))
        .addEntity(Entity.of(EntityKind.PERSON, "Касым-Жомарт Токаев"))
        .addEntity(Entity.of(EntityKind.PERSON, "Антонио Гутерриш"))
        .addEntity(Entity.of(EntityKind.PERSON, "Изуми Накамицу"))
        .addEntity(Entity.of(EntityKind.PERSON, "Мелиса Парк"))
        .addEntity(Entity.of(EntityKind.ORGANIZATION, "ООН"))
        .addEntity(Entity.of(EntityKind.ORGANIZATION, "ICAN"))
        .addEntity(Entity.of(EntityKind.ORGANIZATION, "МИД РК"))
        .addEntity(Entity.of(EntityKind.PLACE, "Казахстан"))
        .addEntity(Entity.of(EntityKind.PLACE, "Кирибати"))
        .addKeyword("ДЗЯО")
        .addKeyword("ядерное разоружение")
        .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
        .status(PublicationStatus.USABLE)
        .engagement(Engagement.views(759, null))
        .addMedia(
            Media.builder(MediaKind.IMAGE, "photo-1")
                .creditLine("Фото: gov.kz")
                .addRendition(
                    Rendition.builder("https://example.kz/images/dzyao-1200.jpg")
                        .mediaType("image/jpeg")
                        .width(1200)
                        .height(800)
                        .build())
                .build())
        .addShareLink(ShareLink.of(SharePlatform.TELEGRAM, SEED_URL, null))
        .addFollowLink(
            FollowLink.of("telegram", "https://t.me/example_kz")
                .withLabel("Подпишитесь на наш Telegram-канал и узнавайте новости первыми!", "ru"))
        .build();
  }

  /** A Kazakh story exercising the remaining fields, with extension properties. */
  public static Article kazakh() {
    return Article.builder("kk-2024-03-01-nauryz", "Астанада Наурыз мерекесіне дайындық басталды")
        .addAlternateId(AlternateId.of("guid", "urn:example:kk:2024:0301"))
        .canonicalUrl("https://example.kz/kk/news/nauryz")
        .language("kk-Cyrl-KZ")
        .type("text")
        .addGenre(new Genre("Репортаж", "http://cv.iptc.org/newscodes/genre/Feature", "feature"))
        .section("Қоғам")
        .subheadline("Қала көшелері мерекелік безендірілуде")
        .summary("Елорда әкімдігі Наурыз мерекесіне арналған іс-шаралар жоспарын жариялады.")
        .slugline("nauryz-astana")
        .byline("Айгүл Серікова")
        .dateline("Астана")
        .addBlock(
            Paragraph.of(
                "Наурыз мейрамына арналған концерттер мен жәрмеңкелер 21 наурызда " + "басталады."))
        .addBlock(ListBlock.of(true, "Концерт", "Жәрмеңке", "Наурыз көже 🍲"))
        .addBlock(Embed.of("https://www.youtube.com/watch?v=abc123", "youtube"))
        .addAuthor(
            Party.builder(PartyKind.PERSON, "Айгүл Серікова")
                .role("тілші")
                .jobTitle("Арнаулы тілші")
                .url("https://example.kz/authors/aigul")
                .build())
        .publisher(
            Party.builder(PartyKind.ORGANIZATION, "Example KZ")
                .logoUrl("https://example.kz/logo.png")
                .extensions(Extensions.of(Map.of("x-rating", JsonValue.number(5))))
                .build())
        .addEntity(
            Entity.builder(EntityKind.PLACE, "Астана")
                .uri("https://www.wikidata.org/wiki/Q1520")
                .relevance(90)
                .confidence(75)
                .language("kk")
                .build())
        .addEntity(Entity.builder(EntityKind.EVENT, "Наурыз").code("nauryz").rel("about").build())
        .addKeyword("Наурыз")
        .firstPublished(NewsDateTime.parse("2024-03-01T00:00:00.120+05:00"))
        .modified(NewsDateTime.parse("2024-03-01T10:15:00+05:00"))
        .created(NewsDateTime.parse("2024-02-29T18:00:00+00:00"))
        .embargoedUntil(NewsDateTime.parse("2024-02-29T23:00:00+05:00"))
        .expires(NewsDateTime.parse("2024-04-01T00:00:00+05:00"))
        .status(PublicationStatus.USABLE)
        .urgency(4)
        .version("2")
        .engagement(
            Engagement.builder()
                .views(12_345L)
                .shares(67L)
                .comments(8L)
                .reactions(90L)
                .asOf(NewsDateTime.parse("2024-03-02T09:00:00+05:00"))
                .build())
        .rights(
            Rights.builder()
                .copyrightHolder("Example KZ")
                .copyrightNotice("© 2024 Example KZ")
                .usageTerms("Сілтеме міндетті")
                .rightsUrl("https://example.kz/rights")
                .build())
        .editorialNote("Фотоларды жаңарту керек")
        .addMedia(
            Media.builder(MediaKind.VIDEO, "video-1")
                .uri("urn:example:video:1")
                .title("Наурыз дайындығы")
                .caption("Көшелерді безендіру")
                .altText("Жұмысшылар шамдар іліп жатыр")
                .creator(Party.builder(PartyKind.PERSON, "Ерлан Оспанов").build())
                .copyrightNotice("© Example KZ")
                .licenseUrl("https://creativecommons.org/licenses/by/4.0/")
                .usageTerms("Тек редакциялық мақсатта")
                .language("kk")
                .addRendition(
                    Rendition.builder("https://cdn.example.kz/v/1080.mp4")
                        .name("1080p")
                        .mediaType("video/mp4")
                        .width(1920)
                        .height(1080)
                        .sizeBytes(5_000_000_000L)
                        .duration(Duration.ofSeconds(90))
                        .purpose("web")
                        .videoCodec("avc1.640028")
                        .frameRate(29.97)
                        .bitrate(8_000_000L)
                        .extensions(Extensions.of(Map.of("x-cdn", JsonValue.string("edge-1"))))
                        .build())
                .focalPoint(FocalPoint.of(0.5, 0.25))
                .build())
        .addShareLink(
            ShareLink.of(SharePlatform.WHATSAPP, "https://example.kz/kk/news/nauryz", "Наурыз"))
        .addRelated(
            RelatedArticle.builder("https://example.kz/kk/news/nauryz-2023")
                .headline("Наурыз 2023")
                .rel("previous")
                .id("kk-2023-nauryz")
                .build())
        .extensions(Extensions.of(orderedExtensions()))
        .build();
  }

  /** Two extension properties in the golden file's order; Map.of would vary it per JVM run. */
  private static Map<String, JsonValue> orderedExtensions() {
    Map<String, JsonValue> extensions = new java.util.LinkedHashMap<>();
    extensions.put(
        "x-flags~v1", JsonValue.array(java.util.List.of(JsonValue.TRUE, JsonValue.NULL)));
    extensions.put("x-legacy/id", JsonValue.number(42));
    return extensions;
  }

  /** A short English story. */
  public static Article english() {
    return Article.builder(
            "en-2024-05-10-steppe", "Rare steppe eagles return to central Kazakhstan")
        .canonicalUrl("https://example.com/news/steppe-eagles")
        .language("en")
        .section("Environment")
        .addBlock(
            Paragraph.of(
                Inline.text("Rangers counted "),
                Inline.emphasis(Inline.text("forty")),
                Inline.text(" nesting pairs this spring.")))
        .addBlock(Quote.of("It is the best season in a decade.", "Field ranger"))
        .addAuthor(Party.builder(PartyKind.ORGANIZATION, "Example Newsroom").build())
        .firstPublished(NewsDateTime.parse("2024-05-10T08:30:00Z"))
        .status(PublicationStatus.WITHHELD)
        .addShareLink(
            ShareLink.of(
                SharePlatform.X,
                "https://example.com/news/steppe-eagles",
                "Steppe eagles are back 🦅"))
        .build();
  }
}
