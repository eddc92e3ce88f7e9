package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.party.SourceRoles;
import io.github.newsmodel.time.NewsDateTime;

/**
 * The seed page (shared/seeds/000_7d5e853e204050af.txt) as an article: Russian, rubric "Лента
 * новостей", published 2023-11-28T19:00:00+06:00, 759 views, photo credit "Фото: gov.kz", relayed
 * from El.kz citing МИД РК. URLs are made up on example.kz; the page gives none.
 */
final class SeedArticle {
  static final String HEADLINE =
      "Казахстан принял участие во Второй конференции государств-участников ДЗЯО";
  static final String PARAGRAPH_1 =
      "Заместитель Премьер-Министра – Министр иностранных дел Республики Казахстан Мурат Нуртлеу"
          + " принял участие во Второй конференции государств-участников Договора о запрещении"
          + " ядерного оружия (ДЗЯО), передает El.kz со ссылкой на МИД РК.";
  static final String PARAGRAPH_2 =
      "М. Нуртлеу выступил на сессии высокого уровня конференции и обратил внимание международной"
          + " аудитории к пагубным последствиям, к которым могут привести испытания ядерного оружия"
          + " и его применение.";
  static final String URL = "https://example.kz/news/2023/11/28/dzyao";
  static final String PHOTO_16X9 = "https://example.kz/images/dzyao-1200x675.jpg";
  static final String PHOTO_1X1 = "https://example.kz/images/dzyao-675x675.jpg";
  static final String PHOTO_THUMB = "https://example.kz/images/dzyao-160x90.jpg";

  private SeedArticle() {}

  static Article article() {
    return Article.builder("example-kz-2023-11-28-dzyao", HEADLINE)
        .canonicalUrl(URL)
        .language("ru")
        .section("Лента новостей")
        .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
        .addKeyword("ДЗЯО")
        .addKeyword("ядерное разоружение")
        .addBlock(Paragraph.of(PARAGRAPH_1))
        .addBlock(Paragraph.of(PARAGRAPH_2))
        .addSource(
            Source.builder("El.kz").addRole(SourceRoles.RELAYED_FROM).url("https://el.kz").build())
        .addSource(Source.of("МИД РК", SourceRoles.ORIGINATOR))
        .addEntity(Entity.builder(EntityKind.PERSON, "Мурат Нуртлеу").rel("about").build())
        .addEntity(
            Entity.builder(EntityKind.PLACE, "Казахстан")
                .uri("https://www.wikidata.org/wiki/Q232")
                .rel("mentions")
                .build())
        .engagement(Engagement.views(759, null))
        .addMedia(
            Media.builder(MediaKind.IMAGE, "photo-1")
                .caption("Мурат Нуртлеу на конференции")
                .creditLine("Фото: gov.kz")
                .addRendition(
                    Rendition.builder(PHOTO_THUMB)
                        .width(160)
                        .height(90)
                        .purpose("thumbnail")
                        .build())
                .addRendition(Rendition.builder(PHOTO_16X9).width(1200).height(675).build())
                .addRendition(
                    Rendition.builder(PHOTO_1X1).width(675).height(675).purpose("1x1").build())
                .build())
        .build();
  }
}
