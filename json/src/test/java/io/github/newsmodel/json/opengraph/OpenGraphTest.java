package io.github.newsmodel.json.opengraph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.PartyKind;
import io.github.newsmodel.time.NewsDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenGraphTest {

  private static Article seed() {
    return Article.builder(
            "seed", "Казахстан принял участие во Второй конференции государств-участников ДЗЯО")
        .canonicalUrl("https://example.kz/news/2023/11/28/dzyao")
        .language("ru")
        .section("Лента новостей")
        .summary("Мурат Нуртлеу\nвыступил на конференции")
        .firstPublished(NewsDateTime.parse("2023-11-28T19:00:00+06:00"))
        .modified(NewsDateTime.parse("2023-11-28T20:15:00+06:00"))
        .addKeyword("ДЗЯО")
        .addKeyword("ООН")
        .addAuthor(Party.builder(PartyKind.PERSON, "Айгерим").url("https://example.kz/a/1").build())
        .addAuthor(Party.person("Redakciya"))
        .publisher(Party.organization("Example.kz"))
        .addMedia(
            Media.builder(MediaKind.IMAGE, "photo-1")
                .altText("Мурат Нуртлеу на трибуне")
                .addRendition(
                    Rendition.builder("https://example.kz/i/big-4x3.jpg")
                        .width(2000)
                        .height(1500)
                        .build())
                .addRendition(
                    Rendition.builder("https://example.kz/i/16x9.jpg")
                        .width(1200)
                        .height(675)
                        .mediaType("image/jpeg")
                        .build())
                .build())
        .build();
  }

  @Test
  void seedArticleTagsInOrder() {
    assertThat(OpenGraph.metaTags(seed()))
        .isEqualTo(
            """
            <meta property="og:type" content="article">
            <meta property="og:title" content="Казахстан принял участие во Второй конференции государств-участников ДЗЯО">
            <meta property="og:description" content="Мурат Нуртлеу выступил на конференции">
            <meta property="og:url" content="https://example.kz/news/2023/11/28/dzyao">
            <meta property="og:site_name" content="Example.kz">
            <meta property="og:locale" content="ru_RU">
            <meta property="og:image" content="https://example.kz/i/16x9.jpg">
            <meta property="og:image:type" content="image/jpeg">
            <meta property="og:image:width" content="1200">
            <meta property="og:image:height" content="675">
            <meta property="og:image:alt" content="Мурат Нуртлеу на трибуне">
            <meta property="article:published_time" content="2023-11-28T19:00:00+06:00">
            <meta property="article:modified_time" content="2023-11-28T20:15:00+06:00">
            <meta property="article:section" content="Лента новостей">
            <meta property="article:tag" content="ДЗЯО">
            <meta property="article:tag" content="ООН">
            <meta property="article:author" content="https://example.kz/a/1">
            <meta property="article:author" content="Redakciya">
            """);
  }

  @Test
  void attributeValuesAreEscaped() {
    Article article =
        Article.builder("e", "He said \"hi\" <b>&amp;</b> & 'bye' — Привет 👋").build();
    MetaTag title = OpenGraph.tags(article).get(1);
    assertThat(title)
        .isEqualTo(new MetaTag("og:title", "He said \"hi\" <b>&amp;</b> & 'bye' — Привет 👋"));
    assertThat(title.toHtml())
        .isEqualTo(
            "<meta property=\"og:title\" content=\"He said &quot;hi&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;"
                + " &amp; &#39;bye&#39; — Привет 👋\">");
  }

  @Test
  void minimalArticleHasTypeAndTitleOnly() {
    assertThat(OpenGraph.tags(Article.builder("m", "Only").build()))
        .containsExactly(new MetaTag("og:type", "article"), new MetaTag("og:title", "Only"));
  }

  @ParameterizedTest
  @CsvSource({
    "ru, ru_RU", "kk, kk_KZ", "en, en_US", "uk, uk_UA", "ru-KZ, ru_KZ", "en-GB, en_GB",
    "fr, fr_FR", "de, de_DE", "pt, pt_BR", "zh-Hant, zh_TW", "kk-Cyrl-KZ, kk_KZ", "ru_RU, ru_RU"
  })
  void localeMapping(String tag, String expected) {
    assertThat(OgLocales.of(tag)).isEqualTo(expected);
  }

  @Test
  void noLocaleForMissingOrUndefinedLanguage() {
    assertThat(OgLocales.of(null)).isNull();
    assertThat(OgLocales.of(" ")).isNull();
    assertThat(OgLocales.of("und")).isNull();
  }

  @Test
  void bestRenditionPrefersWideThenLargestThenNonThumbnail() {
    Rendition thumb =
        Rendition.builder("https://e/t.jpg").width(3200).height(1800).purpose("thumbnail").build();
    Rendition square = Rendition.builder("https://e/s.jpg").width(3000).height(3000).build();
    Rendition wideSmall = Rendition.builder("https://e/w1.jpg").width(640).height(360).build();
    Rendition wideBig = Rendition.builder("https://e/w2.jpg").width(1920).height(1080).build();
    Rendition named = Rendition.builder("https://e/n.jpg").purpose("16x9").build();
    assertThat(OpenGraph.bestRendition(List.of(thumb, square, wideSmall, wideBig)))
        .isSameAs(wideBig);
    assertThat(OpenGraph.bestRendition(List.of(square, thumb))).isSameAs(square);
    assertThat(OpenGraph.bestRendition(List.of(thumb))).isSameAs(thumb);
    assertThat(OpenGraph.bestRendition(List.of(square, named))).isSameAs(named);
    assertThat(OpenGraph.bestRendition(List.of())).isNull();
  }

  @Test
  void bestRenditionCountsRatiosWithinOnePercentAsWideAndKeepsTheFirstOfEquals() {
    Rendition nearWide = Rendition.builder("https://e/nw.jpg").width(1792).height(1000).build();
    Rendition bigger = Rendition.builder("https://e/b.jpg").width(2000).height(1500).build();
    Rendition unknown = Rendition.of("https://e/u.jpg");
    Rendition first = Rendition.builder("https://e/1.jpg").width(800).height(600).build();
    Rendition second = Rendition.builder("https://e/2.jpg").width(800).height(600).build();
    assertThat(OpenGraph.bestRendition(List.of(bigger, nearWide))).isSameAs(nearWide);
    assertThat(OpenGraph.bestRendition(List.of(bigger, unknown))).isSameAs(bigger);
    assertThat(OpenGraph.bestRendition(List.of(first, second))).isSameAs(first);
  }

  @Test
  void imageFallsBackToCaptionForAltAndSkipsVideos() {
    Article article =
        Article.builder("v", "V")
            .addMedia(
                Media.builder(MediaKind.VIDEO, "v1")
                    .addRendition(Rendition.of("https://e/v.mp4"))
                    .build())
            .addMedia(Media.builder(MediaKind.IMAGE, "empty").build())
            .addMedia(
                Media.builder(MediaKind.IMAGE, "p")
                    .caption("Caption\n  text")
                    .addRendition(Rendition.of("https://e/p.jpg"))
                    .build())
            .build();
    assertThat(OpenGraph.tags(article))
        .contains(
            new MetaTag("og:image", "https://e/p.jpg"), new MetaTag("og:image:alt", "Caption text"))
        .noneMatch(tag -> tag.property().equals("og:image:width"));
  }
}
