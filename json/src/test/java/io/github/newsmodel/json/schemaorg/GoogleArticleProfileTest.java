package io.github.newsmodel.json.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoogleArticleProfileTest {
  private final SchemaOrg schemaOrg = SchemaOrg.defaults();

  private static Media photo(int... sizes) {
    Media.Builder media = Media.builder(MediaKind.IMAGE, "p");
    for (int i = 0; i < sizes.length; i += 2) {
      media.addRendition(
          Rendition.builder("https://ex.com/" + sizes[i] + "x" + sizes[i + 1] + ".jpg")
              .width(sizes[i])
              .height(sizes[i + 1])
              .build());
    }
    return media.build();
  }

  private static Article.Builder compliant() {
    return Article.builder("g-1", "Compliant")
        .firstPublished(NewsDateTime.parse("2024-01-02T03:04:05+06:00"))
        .modified(NewsDateTime.parse("2024-01-02T04:00:00+06:00"))
        .addAuthor(Party.person("Aigerim Sadykova").withUrl("https://ex.com/authors/aigerim"))
        .addMedia(photo(1600, 900, 1200, 900, 1000, 1000));
  }

  private List<String> findings(Article article) {
    List<JsonProblem> problems = schemaOrg.googleArticleProfile(article);
    assertThat(problems).allMatch(p -> p.severity() == Severity.WARNING);
    return problems.stream().map(p -> p.code() + "@" + p.pointer()).toList();
  }

  @Test
  void compliantArticleHasNoWarnings() {
    assertThat(findings(compliant().build())).isEmpty();
  }

  @Test
  void missingImageAuthorAndDate() {
    Article bare = Article.builder("g-2", "Bare").build();
    assertThat(findings(bare))
        .containsExactly(
            "google.image.missing@/image",
            "google.author.missing@/author",
            "google.date.missing@/datePublished");
  }

  @Test
  void imageBelowFiftyThousandPixels() {
    Article article =
        compliant().media(List.of(photo(1600, 900, 200, 200, 1000, 1000, 1200, 900))).build();
    assertThat(findings(article)).isEmpty();
    Article small = compliant().media(List.of(photo(249, 200))).build();
    assertThat(findings(small))
        .containsExactly("google.image.small@/image/0", "google.image.ratios@/image");
    Article exact = compliant().media(List.of(photo(250, 200))).build();
    assertThat(findings(exact)).containsExactly("google.image.ratios@/image");
  }

  @Test
  void imageWithoutSize() {
    Article article =
        compliant()
            .media(
                List.of(
                    Media.builder(MediaKind.IMAGE, "u")
                        .addRendition(Rendition.of("https://ex.com/u.jpg"))
                        .build()))
            .build();
    assertThat(findings(article))
        .containsExactly("google.image.size.unknown@/image/0", "google.image.ratios@/image");
  }

  @Test
  void datesWithoutOffset() {
    Article article =
        compliant()
            .firstPublished(NewsDateTime.parse("2024-01-02T03:04:05"))
            .modified(NewsDateTime.parse("2024-01-03"))
            .build();
    assertThat(findings(article))
        .containsExactly("google.date.offset@/datePublished", "google.date.offset@/dateModified");
  }

  @Test
  void authorNamesThatAreNotJustOneName() {
    Article article =
        compliant()
            .authors(
                List.of(
                    Party.person("By John Smith").withUrl("https://ex.com/a/1"),
                    Party.person("Ivan Petrov и Anna Ivanova").withUrl("https://ex.com/a/2"),
                    Party.person("Jane Roe")))
            .build();
    assertThat(findings(article))
        .containsExactly(
            "google.author.name@/author/0/name",
            "google.author.multiple@/author/1/name",
            "google.author.url@/author/2");
  }

  @Test
  void longHeadline() {
    Article article = compliant().headline("x".repeat(111)).build();
    assertThat(findings(article)).containsExactly("google.headline.long@/headline");
    assertThat(findings(compliant().headline("ж".repeat(110)).build())).isEmpty();
  }

  @Test
  void imageUrlThatIsNotHttp() {
    Article article =
        compliant()
            .media(
                List.of(
                    Media.builder(MediaKind.IMAGE, "f")
                        .addRendition(
                            Rendition.builder("ftp://ex.com/a.jpg").width(1600).height(900).build())
                        .addRendition(
                            Rendition.builder("HTTP://EX.COM/b.jpg")
                                .width(1200)
                                .height(900)
                                .build())
                        .addRendition(
                            Rendition.builder("Https://ex.com/c.jpg")
                                .width(900)
                                .height(900)
                                .build())
                        .build()))
            .build();
    assertThat(findings(article)).containsExactly("google.image.url@/image/0/contentUrl");
  }

  @Test
  void ratiosWithinOnePercentCount() {
    assertThat(
            findings(compliant().media(List.of(photo(1792, 1000, 1200, 900, 1000, 1000))).build()))
        .isEmpty();
    assertThat(
            findings(compliant().media(List.of(photo(1600, 900, 1210, 900, 1000, 1000))).build()))
        .isEmpty();
    assertThat(
            findings(compliant().media(List.of(photo(1600, 900, 1200, 900, 1000, 1019))).build()))
        .containsExactly("google.image.ratios@/image");
  }
}
