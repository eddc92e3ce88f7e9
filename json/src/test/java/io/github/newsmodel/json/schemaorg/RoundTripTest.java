package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.party.SourceRoles;
import io.github.newsmodel.time.NewsDateTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private final SchemaOrg schemaOrg = SchemaOrg.defaults();

  private Article readBack(Article article) {
    ReadResult<Article> result = schemaOrg.read(schemaOrg.writeJsonLd(article));
    assertThat(result.errors()).isEmpty();
    assertThat(result.value()).isPresent();
    return result.value().orElseThrow();
  }

  @Test
  void paragraphsWhoseTextLooksLikeMarkupStayValidAfterARoundTrip() {
    Article original =
        Article.builder("a", "h")
            .addBlock(Paragraph.of("<2<figwre>x("))
            .addBlock(Paragraph.of("www&.eerson"))
            .build();

    ReadResult<Article> again = schemaOrg.read(schemaOrg.writeJsonLd(original));

    assertThat(again.errors()).isEmpty();
    assertThat(again.orElseThrow().body()).isNotEmpty();
  }

  @Test
  void seedArticleKeepsItsFacts() {
    Article original = SeedArticle.article();
    Article back = readBack(original);

    assertThat(back.id()).isEqualTo(original.id());
    assertThat(back.headline()).isEqualTo(SeedArticle.HEADLINE);
    assertThat(back.language()).isEqualTo("ru");
    assertThat(back.section()).isEqualTo("Лента новостей");
    assertThat(back.canonicalUrl()).isEqualTo(SeedArticle.URL);
    assertThat(back.firstPublished().text()).isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(back.keywords()).containsExactly("ДЗЯО", "ядерное разоружение");
    assertThat(back.body())
        .containsExactly(
            Paragraph.of(SeedArticle.PARAGRAPH_1), Paragraph.of(SeedArticle.PARAGRAPH_2));
    assertThat(back.engagement().views()).isEqualTo(759L);
    assertThat(back.sources())
        .extracting(Source::name, Source::roles, Source::url)
        .containsExactly(
            tuple("El.kz", java.util.List.of(SourceRoles.RELAYED_FROM), "https://el.kz"),
            tuple("МИД РК", java.util.List.of(SourceRoles.ORIGINATOR), null));
    assertThat(back.entities())
        .extracting(Entity::kind, Entity::name, Entity::uri, Entity::rel)
        .containsExactly(
            tuple(EntityKind.PERSON, "Мурат Нуртлеу", null, "about"),
            tuple(EntityKind.PLACE, "Казахстан", "https://www.wikidata.org/wiki/Q232", "mentions"));
    assertThat(back.media()).hasSize(1);
    Media photo = back.media().get(0);
    assertThat(photo.id()).isEqualTo("photo-1");
    assertThat(photo.creditLine()).isEqualTo("Фото: gov.kz");
    assertThat(photo.caption()).isEqualTo("Мурат Нуртлеу на конференции");
    assertThat(photo.renditions())
        .extracting(Rendition::url, Rendition::width, Rendition::height)
        .containsExactly(
            tuple(SeedArticle.PHOTO_16X9, 1200, 675), tuple(SeedArticle.PHOTO_1X1, 675, 675));
  }

  @Test
  void fullArticleKeepsAuthorsPublisherDatesVideoCountersAndRights() {
    Article original =
        Article.builder("full-1", "Headline with \"quotes\" & </script> inside")
            .subheadline("Sub")
            .summary("Summary line one\nline two")
            .canonicalUrl("https://news.example.com/a/1")
            .language("en-GB")
            .firstPublished(NewsDateTime.parse("2024-03-01T00:00:00.120+05:00"))
            .modified(NewsDateTime.parse("2024-03-02T10:00:00+00:00"))
            .addAuthor(
                Party.builder(PartyKind.PERSON, "Aigerim Sadykova")
                    .url("https://news.example.com/authors/aigerim")
                    .jobTitle("Correspondent")
                    .build())
            .addAuthor(Party.organization("Newsroom"))
            .publisher(
                Party.builder(PartyKind.ORGANIZATION, "Example News")
                    .url("https://news.example.com")
                    .logoUrl("https://news.example.com/logo.png")
                    .build())
            .engagement(
                Engagement.builder().views(10L).shares(2L).comments(3L).reactions(4L).build())
            .rights(
                Rights.builder()
                    .copyrightNotice("© Example News")
                    .copyrightHolder("Example News")
                    .rightsUrl("https://news.example.com/terms")
                    .build())
            .addMedia(
                Media.builder(MediaKind.VIDEO, "video-1")
                    .title("Clip")
                    .addRendition(
                        Rendition.builder("https://news.example.com/v.mp4")
                            .mediaType("video/mp4")
                            .width(1920)
                            .height(1080)
                            .duration(Duration.ofSeconds(259))
                            .build())
                    .addRendition(
                        Rendition.builder("https://news.example.com/v.jpg")
                            .purpose("thumbnail")
                            .build())
                    .build())
            .build();

    Article back = readBack(original);

    assertThat(back.headline()).isEqualTo(original.headline());
    assertThat(back.subheadline()).isEqualTo("Sub");
    assertThat(back.summary()).isEqualTo("Summary line one\nline two");
    assertThat(back.firstPublished().text()).isEqualTo("2024-03-01T00:00:00.120+05:00");
    assertThat(back.modified().text()).isEqualTo("2024-03-02T10:00:00+00:00");
    assertThat(back.authors()).isEqualTo(original.authors());
    assertThat(back.publisher()).isEqualTo(original.publisher());
    assertThat(back.engagement()).isEqualTo(original.engagement());
    assertThat(back.rights()).isEqualTo(original.rights());
    Media video = back.media().get(0);
    assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
    assertThat(video.title()).isEqualTo("Clip");
    assertThat(video.renditions().get(0).duration()).isEqualTo(Duration.ofSeconds(259));
    assertThat(video.renditions().get(0).width()).isEqualTo(1920);
    assertThat(video.renditions())
        .extracting(Rendition::url)
        .containsExactly("https://news.example.com/v.mp4", "https://news.example.com/v.jpg");
    assertThat(video.extensions().get("uploadDate").orElseThrow().toString())
        .contains("2024-03-01T00:00:00.120+05:00");
  }

  @Test
  void readThenWriteKeepsUnknownPropertiesAndSubtype() {
    String jsonLd =
        """
        {"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": "H",
         "isAccessibleForFree": false, "wordCount": 672, "speakable": {"cssSelector": [".lead"]}}
        """;
    Article article = schemaOrg.read(jsonLd).value().orElseThrow();
    assertThat(article.extensions().names())
        .containsExactly("@type", "isAccessibleForFree", "wordCount", "speakable");

    String written = schemaOrg.writeJsonLd(article);
    Article again = schemaOrg.read(written).value().orElseThrow();

    assertThat(written).contains("\"@type\":\"OpinionNewsArticle\"", "\"wordCount\":672");
    assertThat(again.extensions()).isEqualTo(article.extensions());
  }
}
