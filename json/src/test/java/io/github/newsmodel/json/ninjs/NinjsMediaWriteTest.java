package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.media.FocalPoint;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import org.junit.jupiter.api.Test;

/** Media and related articles built in code are written as ninjs associations, member by member. */
class NinjsMediaWriteTest {

  private static final Media PHOTO =
      Media.builder(MediaKind.IMAGE, "photo")
          .title("T")
          .caption("C")
          .altText("A")
          .creditLine("By")
          .copyrightNotice("(c)")
          .usageTerms("U")
          .language("ru")
          .licenseUrl("https://l.kz")
          .addRendition(Rendition.builder("https://e.kz/a.jpg").width(10).build())
          .build();

  private static final RelatedArticle RELATED =
      RelatedArticle.builder("https://e.kz/r").rel("see").headline("R").build();

  @Test
  void everyMediaMemberHasItsNinjsPlace() {
    Article article =
        Article.builder("a", "h")
            .addMedia(
                PHOTO.toBuilder()
                    .creator(Party.person("P"))
                    .focalPoint(FocalPoint.of(0.5, 0.5))
                    .build())
            .addRelated(RELATED)
            .build();
    NinjsWriteResult result = Ninjs.defaults().write(article, NinjsVersion.V3_1);
    assertThat(result.json())
        .isEqualTo(
            "{\"uri\":\"a\",\"headlines\":[{\"role\":\"main\",\"value\":\"h\"}],\"associations\":["
                + "{\"name\":\"photo\",\"uri\":\"https://e.kz/a.jpg\",\"type\":\"picture\","
                + "\"headlines\":[{\"role\":\"main\",\"value\":\"T\"}],\"descriptions\":["
                + "{\"role\":\"caption\",\"value\":\"C\"},{\"role\":\"alt\",\"value\":\"A\"}],"
                + "\"by\":\"By\",\"copyrightNotice\":\"(c)\",\"usageTerms\":\"U\",\"language\":\"ru\","
                + "\"rightsInfo\":{\"linkedRights\":\"https://l.kz\"},\"renditions\":[{\"name\":\"r0\","
                + "\"href\":\"https://e.kz/a.jpg\",\"width\":10}]},{\"name\":\"related0\","
                + "\"uri\":\"https://e.kz/r\",\"type\":\"text\",\"rel\":\"see\","
                + "\"headlines\":[{\"value\":\"R\"}]}]}");
    assertThat(result.dropped())
        .extracting(JsonProblem::pointer)
        .containsExactly("/media/0/creator", "/media/0/focalPoint");
  }

  @Test
  void writtenMediaAndRelatedArticlesReadBackEqual() {
    Article article = Article.builder("a", "h").addMedia(PHOTO).addRelated(RELATED).build();
    String json = Ninjs.defaults().write(article, NinjsVersion.V3_1).json();
    Article back = Ninjs.defaults().read(json).value().orElseThrow();
    Media media = back.media().get(0);
    // the uri is taken from the first rendition; extensions keep the ninjs layout (list slots,
    // rendition names), so the members are compared through the text, which leaves them out
    assertThat(media.uri()).isEqualTo("https://e.kz/a.jpg");
    assertThat(media.toBuilder().uri(null).extensions(Extensions.empty()).build())
        .hasToString(PHOTO.toString());
    assertThat(back.related())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.url()).isEqualTo("https://e.kz/r");
              assertThat(r.rel()).isEqualTo("see");
              assertThat(r.headline()).isEqualTo("R");
            });
  }

  @Test
  void eachMediaKindHasItsNinjsType() {
    for (MediaKind kind : new MediaKind[] {MediaKind.VIDEO, MediaKind.AUDIO, MediaKind.GRAPHIC}) {
      Media media = Media.builder(kind, "m").addRendition(Rendition.of("https://e.kz/m")).build();
      String json =
          Ninjs.defaults()
              .write(Article.builder("a", "h").addMedia(media).build(), NinjsVersion.V3_1)
              .json();
      String type =
          kind == MediaKind.VIDEO ? "video" : kind == MediaKind.AUDIO ? "audio" : "graphic";
      assertThat(json).contains("\"type\":\"" + type + "\"");
      assertThat(Ninjs.defaults().read(json).value().orElseThrow().media().get(0).kind())
          .isEqualTo(kind);
    }
  }
}
