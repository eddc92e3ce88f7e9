package io.github.newsmodel.entity;

import static io.github.newsmodel.fixtures.Reports.assertNoProblems;
import static io.github.newsmodel.fixtures.Reports.assertOnlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityAndGenreTest {

  private static final Extensions EXT = Extensions.of(Map.of("wikidata", JsonValue.string("Q232")));

  private static Entity fullEntity() {
    return Entity.builder(EntityKind.PLACE, "Казахстан")
        .uri("http://www.wikidata.org/entity/Q232")
        .code("KZ")
        .rel("about")
        .relevance(90)
        .confidence(75)
        .creator("editor")
        .language("ru")
        .extensions(EXT)
        .build();
  }

  @Test
  void everySetterReachesItsAccessorAndRoundTrips() {
    Entity e = fullEntity();

    assertThat(e.kind()).isEqualTo(EntityKind.PLACE);
    assertThat(e.name()).isEqualTo("Казахстан");
    assertThat(e.uri()).isEqualTo("http://www.wikidata.org/entity/Q232");
    assertThat(e.code()).isEqualTo("KZ");
    assertThat(e.rel()).isEqualTo("about");
    assertThat(e.relevance()).isEqualTo(90);
    assertThat(e.confidence()).isEqualTo(75);
    assertThat(e.creator()).isEqualTo("editor");
    assertThat(e.language()).isEqualTo("ru");
    assertThat(e.extensions()).isEqualTo(EXT);
    assertThat(e.toBuilder().build()).isEqualTo(e).hasSameHashCodeAs(e);
    assertNoProblems(e);
  }

  @Test
  void factoryAndWithCopies() {
    assertThat(Entity.of(EntityKind.PERSON, "Изуми Накамицу"))
        .isEqualTo(Entity.builder(EntityKind.PERSON, "Изуми Накамицу").build());
    assertThat(fullEntity().withRelevance(10).relevance()).isEqualTo(10);
    assertThat(fullEntity().withUri(null).uri()).isNull();
    assertThat(fullEntity().withRelevance(10).withRelevance(90)).isEqualTo(fullEntity());
  }

  @Test
  void builderChangesAfterBuildDoNotLeak() {
    Entity.Builder builder = Entity.builder(EntityKind.PERSON, "A");
    Entity built = builder.build();
    builder.relevance(5).name("B");

    assertThat(built.relevance()).isNull();
    assertThat(built.name()).isEqualTo("A");
  }

  @Test
  void requiredValuesAreNamedWhenNull() {
    assertThatThrownBy(() -> Entity.builder().name("A").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind is required but was null");
    assertThatThrownBy(() -> Entity.builder().kind(EntityKind.EVENT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name is required but was null");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 50, 100})
  void relevanceAndConfidenceFromZeroToHundredAreAccepted(int value) {
    assertNoProblems(fullEntity().toBuilder().relevance(value).confidence(value).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101, Integer.MIN_VALUE})
  void relevanceOutsideZeroToHundredIsRejected(int value) {
    assertOnlyError(fullEntity().withRelevance(value), "relevance", "range");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101})
  void confidenceOutsideZeroToHundredIsRejected(int value) {
    assertOnlyError(fullEntity().toBuilder().confidence(value).build(), "confidence", "range");
  }

  @Test
  void entityProblemsCarryTheirIndexInsideAnArticle() {
    Article article =
        Article.builder("id", "h")
            .addEntity(Entity.of(EntityKind.PERSON, "Мелиса Парк"))
            .addEntity(fullEntity().withRelevance(101))
            .build();

    assertOnlyError(article, "entities[1].relevance", "range");
  }

  @Test
  void entityNameAndLanguageAreChecked() {
    assertOnlyError(fullEntity().toBuilder().name(" ").build(), "name", "required");
    assertOnlyError(fullEntity().toBuilder().name("ООН\u202E").build(), "name", "text.bidi");
    assertOnlyError(
        fullEntity().toBuilder().language("ru_RU!").build(), "language", "language.tag");
  }

  @Test
  void genreNeedsANameAUriOrACode() {
    assertThat(Genre.named("Интервью").name()).isEqualTo("Интервью");
    assertThat(new Genre(null, "http://cv.iptc.org/newscodes/genre/Interview", null).uri())
        .isNotNull();
    assertThat(new Genre(null, null, "interview").code()).isEqualTo("interview");
    assertThatThrownBy(() -> new Genre(null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("uri")
        .hasMessageContaining("code");
  }

  @Test
  void genreNameIsCheckedWithExactlyOneProblem() {
    assertNoProblems(Genre.named("Новости"));
    assertOnlyError(Genre.named("Новости\u0000"), "name", "text.control");
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(Entity.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Genre.class).suppress(Warning.NULL_FIELDS).verify();
  }
}
