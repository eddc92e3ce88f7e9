package io.github.newsmodel.benchmarks;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
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
import java.util.Locale;

/**
 * The articles the benchmarks read and write: the seed page (Russian), a short English wire item
 * and a large article with 100 paragraphs and 30 renditions.
 */
public final class Payloads {

  /** The payloads by name, as JMH {@code @Param} values. */
  public enum Name {
    /** The seed page: a Russian article of about 8 KB. */
    SEED,
    /** A short English wire item. */
    WIRE,
    /** A large article: 100 paragraphs, 30 renditions. */
    LARGE
  }

  private Payloads() {}

  /**
   * Returns the article named {@code name}.
   *
   * @param name the payload
   * @return the article
   */
  public static Article article(Name name) {
    switch (name) {
      case SEED:
        return seed();
      case WIRE:
        return wire();
      case LARGE:
        return large();
      default:
        throw new IllegalArgumentException("unknown payload " + name);
    }
  }

  private static final String[] SEED_PARAGRAPHS = {
    "Вице-премьер и глава МИД Казахстана Мурат Нуртлеу выступил на Второй конференции государств –"
        + " участников Договора о запрещении ядерного оружия, сообщает El.kz со ссылкой на"
        + " внешнеполитическое ведомство.",
    "В своей речи на сессии высокого уровня министр напомнил о тяжёлых последствиях ядерных"
        + " испытаний и применения ядерного оружия и призвал расширять диалог и меры доверия ради"
        + " глобальной безопасности.",
    "Он также представил инициативу Президента Касым-Жомарта Токаева «О мировом единстве за"
        + " справедливый мир и согласие», озвученную в сентябре в штаб-квартире ООН.",
    "По словам министра, Казахстан вместе с Кирибати подготовил предложения о Международном"
        + " трастовом фонде помощи пострадавшим от ядерных испытаний и восстановления природы.",
    "В Нью-Йорке Нуртлеу встретился с Генеральным секретарём ООН Антонио Гутерришем, который"
        + " отметил заметную роль Казахстана в нынешней геополитической обстановке.",
    "С заместителем Генсека ООН по разоружению Изуми Накамицу обсуждались нераспространение,"
        + " сотрудничество безъядерных зон и очередная встреча этих зон в Казахстане в 2024 году.",
    "Отдельно говорили о предложении создать Международное агентство по биологической"
        + " безопасности.",
    "Исполнительный директор ICAN Мелиса Парк подтвердила готовность поддерживать"
        + " разоруженческие инициативы Казахстана.",
    "Казахстанская делегация провела два мероприятия о помощи жертвам ядерных испытаний и"
        + " восстановлении окружающей среды, а также организовала участие граждан Казахстана и"
        + " жителей тихоокеанских островов, пострадавших от испытаний.",
    "По итогам конференции ожидается политическая декларация, а председательство на два года"
        + " перейдёт к Казахстану."
  };

  private static Article seed() {
    String url = "https://example.kz/news/2023/11/28/kazakhstan-tpnw-conference";
    String headline = "Казахстан принял участие во Второй конференции государств-участников ДЗЯО";
    Article.Builder builder =
        Article.builder("example.kz:news:2023-11-28:tpnw", headline)
            .canonicalUrl(url)
            .language("ru")
            .type("text")
            .section("Лента новостей")
            .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
            .status(PublicationStatus.USABLE)
            .publisher(Party.organization("Example.kz"))
            .addSource(Source.of("El.kz", SourceRoles.RELAYED_FROM).withUrl("https://el.kz/"))
            .addSource(Source.of("МИД РК", SourceRoles.ORIGINATOR))
            .engagement(Engagement.views(759, null))
            .addMedia(
                Media.builder(MediaKind.IMAGE, "photo-1")
                    .caption("Мурат Нуртлеу на конференции ДЗЯО")
                    .creditLine("Фото: gov.kz")
                    .addRendition(
                        Rendition.builder("https://example.kz/images/tpnw-1200.jpg")
                            .mediaType("image/jpeg")
                            .width(1200)
                            .height(675)
                            .sizeBytes(184_233L)
                            .purpose("16x9")
                            .build())
                    .build())
            .addShareLink(ShareLink.of(SharePlatform.TELEGRAM, url, headline))
            .addFollowLink(
                FollowLink.of("telegram", "https://t.me/example_kz")
                    .withLabel(
                        "Подпишитесь на наш Telegram-канал и узнавайте новости первыми!", "ru"))
            .addBlock(MediaReference.of("photo-1"));
    for (String paragraph : SEED_PARAGRAPHS) {
      builder.addBlock(Paragraph.of(paragraph));
    }
    for (String person :
        new String[] {
          "Мурат Нуртлеу",
          "Касым-Жомарт Токаев",
          "Антонио Гутерриш",
          "Изуми Накамицу",
          "Мелиса Парк"
        }) {
      builder.addEntity(Entity.of(EntityKind.PERSON, person));
    }
    for (String organization : new String[] {"ООН", "ICAN", "МИД РК"}) {
      builder.addEntity(Entity.of(EntityKind.ORGANIZATION, organization));
    }
    builder.addEntity(Entity.of(EntityKind.PLACE, "Казахстан"));
    builder.addEntity(Entity.of(EntityKind.PLACE, "Кирибати"));
    builder.addKeyword("ДЗЯО").addKeyword("ядерное разоружение").addKeyword("ООН");
    return builder.build();
  }

  private static Article wire() {
    return Article.builder(
            "urn:newsml:example.com:20261127:wire-001",
            "Central bank holds rates steady for third month")
        .language("en")
        .type("text")
        .firstPublished(NewsDateTime.parse("2026-11-27T09:30:00+00:00"))
        .urgency(3)
        .addAuthor(Party.person("Jane Reporter"))
        .addBlock(
            Paragraph.of(
                "The central bank kept its benchmark rate unchanged on Friday, citing easing"
                    + " inflation and steady growth."))
        .addBlock(
            Paragraph.of(
                Inline.text("Markets had "),
                Inline.emphasis(Inline.text("widely")),
                Inline.text(" expected the decision.")))
        .addKeyword("economy")
        .build();
  }

  private static Article large() {
    Article.Builder builder =
        Article.builder("example.com:large:1", "A long read: one hundred paragraphs")
            .canonicalUrl("https://example.com/long-read")
            .language("en")
            .section("Features")
            .firstPublished(NewsDateTime.parse("2026-01-15T06:00:00.000+01:00"))
            .modified(NewsDateTime.parse("2026-01-15T08:45:12.500+01:00"))
            .addGenre(Genre.named("Feature"))
            .rights(Rights.builder().copyrightHolder("Example Media").build())
            .addBlock(Heading.of(2, "Beginnings"));
    for (int i = 1; i <= 100; i++) {
      builder.addBlock(
          Paragraph.of(
              Inline.text("Paragraph " + i + ": "),
              Inline.text(
                  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"
                      + " incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis"
                      + " nostrud exercitation ullamco laboris. "),
              Inline.link("https://example.com/ref/" + i, Inline.text("reference " + i))));
      if (i % 20 == 0) {
        builder.addBlock(Quote.of("A quotation number " + i, "Someone " + i));
      }
    }
    Media.Builder video = Media.builder(MediaKind.VIDEO, "video-1").caption("Highlights");
    for (int i = 0; i < 30; i++) {
      int width = 320 + 64 * i;
      video.addRendition(
          Rendition.builder(String.format(Locale.ROOT, "https://cdn.example.com/v/1-%d.mp4", width))
              .mediaType("video/mp4")
              .width(width)
              .height(width * 9 / 16)
              .sizeBytes(5_000_000_000L + i)
              .duration(Duration.ofSeconds(95))
              .videoCodec("avc1.640028")
              .frameRate(29.97)
              .bitrate(2_500_000L + 100_000L * i)
              .purpose(i == 0 ? "thumbnail" : "16x9")
              .build());
    }
    builder.addMedia(video.build()).addBlock(MediaReference.of("video-1"));
    builder.addAuthor(
        Party.builder(PartyKind.PERSON, "Alex Writer").url("https://example.com/alex").build());
    return builder.build();
  }
}
