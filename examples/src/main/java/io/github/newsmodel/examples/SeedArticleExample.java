package io.github.newsmodel.examples;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.PublicationStatus;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.party.SourceRoles;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import java.io.PrintStream;

/**
 * Builds a complete article with the builders: the news item "Казахстан принял участие во Второй
 * конференции государств-участников ДЗЯО" from a Kazakh news feed, with its rubric, date and
 * offset, view count, credited photo, sources, named people, organisations and places, a Telegram
 * share button and a Telegram follow prompt. The body is a short retelling.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar
 * io.github.newsmodel.examples.SeedArticleExample}
 */
public final class SeedArticleExample {

  /** The article's address; an example domain, as the original address is not part of the seed. */
  public static final String ARTICLE_URL = "https://news.example.kz/ru/news/kazakhstan-dzyao-2023";

  /** The headline, exactly as published. */
  public static final String HEADLINE =
      "Казахстан принял участие во Второй конференции государств-участников ДЗЯО";

  private SeedArticleExample() {}

  /**
   * Builds the article.
   *
   * @return the article; valid
   */
  public static Article article() {
    Media photo =
        Media.builder(MediaKind.IMAGE, "photo-1")
            .caption("Делегация Казахстана на Второй конференции государств-участников ДЗЯО")
            .altText("Министр иностранных дел Казахстана выступает на конференции")
            .creditLine("Фото: gov.kz")
            .language("ru")
            .addRendition(
                Rendition.builder("https://news.example.kz/images/dzyao-2023-1200.jpg")
                    .mediaType("image/jpeg")
                    .width(1200)
                    .height(800)
                    .build())
            .addRendition(
                Rendition.builder("https://news.example.kz/images/dzyao-2023-600.jpg")
                    .mediaType("image/jpeg")
                    .width(600)
                    .height(400)
                    .build())
            .build();

    return Article.builder("kz-2023-11-28-dzyao", HEADLINE)
        .canonicalUrl(ARTICLE_URL)
        .language("ru")
        .type("text")
        .section("Лента новостей")
        .status(PublicationStatus.USABLE)
        .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
        .engagement(Engagement.views(759, null))
        .addSource(
            Source.builder("El.kz")
                .addRole(SourceRoles.RELAYED_FROM)
                .kind(PartyKind.ORGANIZATION)
                .build())
        .addSource(
            Source.builder("МИД РК")
                .addRole(SourceRoles.ORIGINATOR)
                .kind(PartyKind.ORGANIZATION)
                .build())
        .addMedia(photo)
        .addBlock(MediaReference.of("photo-1"))
        .addBlock(
            Paragraph.of(
                "Казахстан представил свою позицию на Второй конференции"
                    + " государств-участников Договора о запрещении ядерного оружия: делегацию возглавил"
                    + " вице-премьер и глава МИД Мурат Нуртлеу. Об этом El.kz сообщает со ссылкой на МИД РК."))
        .addBlock(
            Paragraph.of(
                "В выступлении на сессии высокого уровня министр напомнил, к каким"
                    + " тяжёлым последствиям приводят ядерные испытания и применение ядерного оружия, и"
                    + " призвал к диалогу и новым мерам доверия ради общей безопасности."))
        .addBlock(
            Paragraph.of(
                "Он также рассказал об инициативе Президента Касым-Жомарта Токаева"
                    + " «О мировом единстве за справедливый мир и согласие» и о совместном с Кирибати"
                    + " предложении создать Международный трастовый фонд помощи пострадавшим от ядерных"
                    + " испытаний и восстановления окружающей среды."))
        .addBlock(Heading.of(2, "Встречи на полях конференции"))
        .addBlock(
            Paragraph.of(
                "Мурат Нуртлеу провёл переговоры с Генеральным секретарём ООН"
                    + " Антонио Гутерришем, заместителем Генсекретаря по вопросам разоружения Изуми"
                    + " Накамицу и исполнительным директором ICAN Мелисой Парк. Стороны обсудили ядерное"
                    + " разоружение, режим нераспространения и следующую встречу безъядерных зон,"
                    + " которую планируют провести в Казахстане в 2024 году."))
        .addBlock(
            Paragraph.of(
                "По итогам конференции ожидается политическая декларация, а"
                    + " председательство на следующие два года перейдёт к Казахстану."))
        .addEntity(Entity.of(EntityKind.PERSON, "Мурат Нуртлеу"))
        .addEntity(Entity.of(EntityKind.PERSON, "Касым-Жомарт Токаев"))
        .addEntity(Entity.of(EntityKind.PERSON, "Антонио Гутерриш"))
        .addEntity(Entity.of(EntityKind.PERSON, "Изуми Накамицу"))
        .addEntity(Entity.of(EntityKind.PERSON, "Мелиса Парк"))
        .addEntity(Entity.of(EntityKind.ORGANIZATION, "МИД РК"))
        .addEntity(Entity.of(EntityKind.ORGANIZATION, "ООН"))
        .addEntity(Entity.of(EntityKind.ORGANIZATION, "ICAN"))
        .addEntity(Entity.of(EntityKind.PLACE, "Казахстан"))
        .addEntity(Entity.of(EntityKind.PLACE, "Кирибати"))
        .addEntity(
            Entity.of(
                EntityKind.EVENT,
                "Вторая конференция государств-участников Договора о запрещении ядерного оружия"))
        .addKeyword("ДЗЯО")
        .addKeyword("ядерное разоружение")
        .addKeyword("МИД РК")
        .addShareLink(ShareLink.of(SharePlatform.TELEGRAM, ARTICLE_URL, HEADLINE))
        .addFollowLink(
            FollowLink.of("telegram", "https://t.me/news_example_kz")
                .withLabel("Подпишитесь на наш Telegram-канал и узнавайте новости первыми!", "ru"))
        .build();
  }

  /**
   * Prints a summary of the article.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Article article = article();
    out.println(
        article.section()
            + " · "
            + article.firstPublished().text()
            + " · "
            + article.engagement().views()
            + " просмотров");
    out.println(article.headline());
    out.println(article.media().get(0).creditLine());
    article.sources().forEach(s -> out.println("  source: " + s.name() + " " + s.roles()));
    article.entities().forEach(e -> out.println("  " + e.kind() + ": " + e.name()));
    out.println("  share: " + article.shareLinks().get(0).url());
    out.println(
        "  follow: "
            + article.followLinks().get(0).label()
            + " → "
            + article.followLinks().get(0).url());
  }

  /**
   * Prints a summary of the article.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
