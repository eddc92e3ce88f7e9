package io.github.newsmodel.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.fixtures.Reports;
import io.github.newsmodel.fixtures.SeedArticle;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.MediaKind;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.party.SourceRoles;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTest {

  private static final NewsDateTime PUBLISHED = NewsDateTime.parse("2023-11-28T19:00:00+06:00");
  private static final NewsDateTime MODIFIED = NewsDateTime.parse("2023-11-28T20:15:00+06:00");
  private static final NewsDateTime CREATED = NewsDateTime.parse("2023-11-28T17:40:00+06:00");
  private static final NewsDateTime EMBARGO = NewsDateTime.parse("2023-11-28T18:00:00+06:00");
  private static final NewsDateTime EXPIRES = NewsDateTime.parse("2024-11-28T00:00:00+06:00");
  private static final Party AUTHOR = Party.person("Айгерим Сапарова");
  private static final Party PUBLISHER = Party.organization("Example.kz");
  private static final Extensions EXTENSIONS =
      Extensions.of(Map.of("x-cms", JsonValue.string("bitrix")));

  /** An article with every field set to something other than its default. */
  static Article everyFieldSet() {
    return Article.builder("id-1", "Заголовок")
        .addAlternateId(AlternateId.of("cms", "4711"))
        .canonicalUrl("https://example.kz/news/1")
        .language("kk-Cyrl-KZ")
        .type("text")
        .addGenre(Genre.named("Интервью"))
        .section("Лента новостей")
        .subheadline("Подзаголовок")
        .summary("Кратко:\nглавное")
        .slugline("dzyao-conf")
        .byline("Айгерим Сапарова, Астана")
        .dateline("Нью-Йорк")
        .addBlock(Heading.of(2, "Итоги"))
        .addBlock(Paragraph.of("Текст."))
        .addAuthor(AUTHOR)
        .publisher(PUBLISHER)
        .addSource(Source.of("El.kz", SourceRoles.RELAYED_FROM))
        .addEntity(Entity.of(EntityKind.PLACE, "Кирибати"))
        .addKeyword("ДЗЯО")
        .firstPublished(PUBLISHED)
        .modified(MODIFIED)
        .created(CREATED)
        .embargoedUntil(EMBARGO)
        .expires(EXPIRES)
        .status(PublicationStatus.WITHHELD)
        .urgency(3)
        .version("2")
        .engagement(Engagement.views(759, MODIFIED))
        .rights(Rights.builder().copyrightHolder("Example.kz").build())
        .editorialNote("Не для публикации")
        .addMedia(
            Media.builder(MediaKind.IMAGE, "p1")
                .addRendition(Rendition.of("https://example.kz/p1.jpg"))
                .build())
        .addShareLink(
            ShareLink.of(SharePlatform.TELEGRAM, "https://example.kz/news/1", "Заголовок"))
        .addFollowLink(FollowLink.of("telegram", "https://t.me/example"))
        .addRelated(RelatedArticle.of("https://example.kz/news/0", "Ранее"))
        .extensions(EXTENSIONS)
        .build();
  }

  @Test
  void everySetterReachesItsAccessor() {
    Article a = everyFieldSet();

    assertThat(a.id()).isEqualTo("id-1");
    assertThat(a.headline()).isEqualTo("Заголовок");
    assertThat(a.alternateIds()).containsExactly(AlternateId.of("cms", "4711"));
    assertThat(a.canonicalUrl()).isEqualTo("https://example.kz/news/1");
    assertThat(a.language()).isEqualTo("kk-Cyrl-KZ");
    assertThat(a.type()).isEqualTo("text");
    assertThat(a.genres()).containsExactly(Genre.named("Интервью"));
    assertThat(a.section()).isEqualTo("Лента новостей");
    assertThat(a.subheadline()).isEqualTo("Подзаголовок");
    assertThat(a.summary()).isEqualTo("Кратко:\nглавное");
    assertThat(a.slugline()).isEqualTo("dzyao-conf");
    assertThat(a.byline()).isEqualTo("Айгерим Сапарова, Астана");
    assertThat(a.dateline()).isEqualTo("Нью-Йорк");
    assertThat(a.body()).containsExactly(Heading.of(2, "Итоги"), Paragraph.of("Текст."));
    assertThat(a.authors()).containsExactly(AUTHOR);
    assertThat(a.publisher()).isEqualTo(PUBLISHER);
    assertThat(a.sources()).containsExactly(Source.of("El.kz", SourceRoles.RELAYED_FROM));
    assertThat(a.entities()).containsExactly(Entity.of(EntityKind.PLACE, "Кирибати"));
    assertThat(a.keywords()).containsExactly("ДЗЯО");
    assertThat(a.firstPublished()).isEqualTo(PUBLISHED);
    assertThat(a.modified()).isEqualTo(MODIFIED);
    assertThat(a.created()).isEqualTo(CREATED);
    assertThat(a.embargoedUntil()).isEqualTo(EMBARGO);
    assertThat(a.expires()).isEqualTo(EXPIRES);
    assertThat(a.status()).isEqualTo(PublicationStatus.WITHHELD);
    assertThat(a.urgency()).isEqualTo(3);
    assertThat(a.version()).isEqualTo("2");
    assertThat(a.engagement()).isEqualTo(Engagement.views(759, MODIFIED));
    assertThat(a.rights()).isEqualTo(Rights.builder().copyrightHolder("Example.kz").build());
    assertThat(a.editorialNote()).isEqualTo("Не для публикации");
    assertThat(a.media()).singleElement().extracting(Media::id).isEqualTo("p1");
    assertThat(a.shareLinks())
        .singleElement()
        .extracting(ShareLink::platform)
        .isEqualTo(SharePlatform.TELEGRAM);
    assertThat(a.followLinks()).containsExactly(FollowLink.of("telegram", "https://t.me/example"));
    assertThat(a.related())
        .containsExactly(RelatedArticle.of("https://example.kz/news/0", "Ранее"));
    assertThat(a.extensions()).isEqualTo(EXTENSIONS);
  }

  @Test
  void fullyPopulatedArticleIsValid() {
    Reports.assertNoProblems(everyFieldSet());
  }

  @Test
  void toBuilderBuildEqualsTheOriginal() {
    Article original = everyFieldSet();

    assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);
    assertThat(SeedArticle.article().toBuilder().build()).isEqualTo(SeedArticle.article());
  }

  @Test
  void minimalArticleHasEmptyListsAndNullOptionals() {
    Article minimal = Article.builder("id", "h").build();

    assertThat(minimal.body()).isEmpty();
    assertThat(minimal.media()).isEmpty();
    assertThat(minimal.keywords()).isEmpty();
    assertThat(minimal.language()).isNull();
    assertThat(minimal.firstPublished()).isNull();
    assertThat(minimal.extensions().isEmpty()).isTrue();
    assertThat(minimal.toBuilder().build()).isEqualTo(minimal);
  }

  @Test
  void toBuilderCanClearOptionalValues() {
    Article cleared =
        everyFieldSet().toBuilder()
            .canonicalUrl(null)
            .language(null)
            .urgency(null)
            .engagement(null)
            .rights(null)
            .publisher(null)
            .build();

    assertThat(cleared.canonicalUrl()).isNull();
    assertThat(cleared.language()).isNull();
    assertThat(cleared.urgency()).isNull();
    assertThat(cleared.engagement()).isNull();
    assertThat(cleared.rights()).isNull();
    assertThat(cleared.publisher()).isNull();
  }

  @Test
  void changingTheListGivenToTheBuilderDoesNotChangeTheArticle() {
    List<Block> body = new ArrayList<>(List.of(Paragraph.of("один")));
    List<String> keywords = new ArrayList<>(List.of("ДЗЯО"));
    Article.Builder builder = Article.builder("id", "h").body(body).keywords(keywords);

    body.add(Paragraph.of("два"));
    keywords.clear();
    Article article = builder.build();

    assertThat(article.body()).containsExactly(Paragraph.of("один"));
    assertThat(article.keywords()).containsExactly("ДЗЯО");
  }

  @Test
  void changingTheBuilderAfterBuildDoesNotChangeTheArticle() {
    Article.Builder builder =
        Article.builder("id", "h").addBlock(Paragraph.of("один")).addKeyword("a");
    Article built = builder.build();

    builder.addBlock(Paragraph.of("два")).addKeyword("b").headline("другой").urgency(1);

    assertThat(built.body()).containsExactly(Paragraph.of("один"));
    assertThat(built.keywords()).containsExactly("a");
    assertThat(built.headline()).isEqualTo("h");
    assertThat(built.urgency()).isNull();
    assertThat(builder.build().body()).hasSize(2);
  }

  @Test
  void changingAToBuilderDoesNotChangeTheOriginal() {
    Article original = everyFieldSet();
    original.toBuilder()
        .addBlock(Paragraph.of("ещё"))
        .addKeyword("ещё")
        .addMedia(Media.builder(MediaKind.VIDEO, "v").build());

    assertThat(original).isEqualTo(everyFieldSet());
  }

  @Test
  void returnedListsAreUnmodifiable() {
    Article a = everyFieldSet();
    List<Function<Article, List<?>>> lists =
        List.of(
            Article::alternateIds,
            Article::genres,
            Article::body,
            Article::authors,
            Article::sources,
            Article::entities,
            Article::keywords,
            Article::media,
            Article::shareLinks,
            Article::followLinks,
            Article::related);

    for (Function<Article, List<?>> list : lists) {
      List<?> values = list.apply(a);
      assertThat(values).isNotEmpty();
      assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> values.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThatThrownBy(() -> a.extensions().asMap().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingIdIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Article.builder().headline("h").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id is required but was null");
    assertThatThrownBy(() -> Article.builder(null, "h"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }

  @Test
  void missingHeadlineIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Article.builder().id("id").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("headline is required but was null");
    assertThatThrownBy(() -> Article.builder("id", "h").build().withHeadline(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("headline");
  }

  @Test
  void nullListElementIsRejectedWhenSetNamingItsIndex() {
    Article.Builder builder = Article.builder("id", "h");

    assertThatThrownBy(
            () -> builder.body(Arrays.asList(Paragraph.of("a"), null, Paragraph.of("c"))))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("body[1]");
    assertThatThrownBy(() -> Article.builder("id", "h").keywords(Arrays.asList("a", null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("keywords[1]");
    assertThatThrownBy(() -> Article.builder("id", "h").media(Arrays.asList((Media) null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("media[0]");
  }

  @Test
  void nullListOrElementGivenToBuilderIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Article.builder("id", "h").body(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("body");
    assertThatThrownBy(() -> Article.builder("id", "h").addBlock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("block");
    assertThatThrownBy(() -> Article.builder("id", "h").addKeyword(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("keyword");
    assertThatThrownBy(() -> Article.builder("id", "h").extensions(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("extensions");
  }

  @Test
  void withMethodsChangeOneValueAndKeepTheRest() {
    Article original = everyFieldSet();
    NewsDateTime later = NewsDateTime.parse("2023-11-29T10:00:00+06:00");
    List<Block> body = List.of(Paragraph.of("новый"));
    List<Media> media = List.of(Media.builder(MediaKind.AUDIO, "a").build());

    assertThat(original.withHeadline("Новый"))
        .isEqualTo(original.toBuilder().headline("Новый").build());
    assertThat(original.withCanonicalUrl("https://example.kz/2").canonicalUrl())
        .isEqualTo("https://example.kz/2");
    assertThat(original.withLanguage("ru").language()).isEqualTo("ru");
    assertThat(original.withModified(later).modified()).isEqualTo(later);
    assertThat(original.withEngagement(null).engagement()).isNull();
    assertThat(original.withBody(body).body()).isEqualTo(body);
    assertThat(original.withMedia(media).media()).isEqualTo(media);
    assertThat(original.withLanguage("ru").toBuilder().language(original.language()).build())
        .isEqualTo(original);
    assertThat(original.language()).isEqualTo("kk-Cyrl-KZ");
  }

  @Test
  void equalsAndHashCodeUseEveryField() {
    EqualsVerifier.forClass(Article.class)
        .suppress(Warning.NULL_FIELDS)
        .withPrefabValues(NewsDateTime.class, PUBLISHED, MODIFIED)
        .verify();
  }

  @Test
  void toStringNamesTheSetFieldsOnly() {
    String text = Article.builder("id-1", "Заголовок").language("ru").build().toString();

    assertThat(text)
        .startsWith("Article{")
        .contains("id=id-1", "headline=Заголовок", "language=ru")
        .doesNotContain("canonicalUrl", "body=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"usable", "USABLE", " Withheld ", "canceled", "cancelled"})
  void publicationStatusIsFoundByCodeInAnyCase(String code) {
    assertThat(PublicationStatus.fromCode(code)).isPresent();
  }

  @Test
  void publicationStatusCodesAreLowerCaseIptc() {
    assertThat(PublicationStatus.USABLE.code()).isEqualTo("usable");
    assertThat(PublicationStatus.CANCELED.code()).isEqualTo("canceled");
    assertThat(PublicationStatus.fromCode("cancelled")).contains(PublicationStatus.CANCELED);
    assertThat(PublicationStatus.fromCode("draft")).isEmpty();
  }
}
