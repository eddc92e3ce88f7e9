package io.github.newsmodel.article;

import static io.github.newsmodel.fixtures.Reports.assertNoProblems;
import static io.github.newsmodel.fixtures.Reports.assertOnlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.time.NewsDateTime;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rights, Engagement, RelatedArticle and AlternateId. */
class ArticlePartsTest {

  private static final Extensions EXT = Extensions.of(Map.of("k", JsonValue.number(1)));
  private static final NewsDateTime AS_OF = NewsDateTime.parse("2023-11-29T08:00:00+06:00");

  @Nested
  class RightsTest {
    private Rights full() {
      return Rights.builder()
          .copyrightHolder("Example.kz")
          .copyrightNotice("© Example.kz, 2023")
          .usageTerms("Перепечатка только с активной ссылкой.\nБез изменений.")
          .rightsUrl("https://example.kz/rights")
          .extensions(EXT)
          .build();
    }

    @Test
    void everySetterReachesItsAccessorAndRoundTrips() {
      Rights rights = full();

      assertThat(rights.copyrightHolder()).isEqualTo("Example.kz");
      assertThat(rights.copyrightNotice()).isEqualTo("© Example.kz, 2023");
      assertThat(rights.usageTerms()).startsWith("Перепечатка");
      assertThat(rights.rightsUrl()).isEqualTo("https://example.kz/rights");
      assertThat(rights.extensions()).isEqualTo(EXT);
      assertThat(rights.toBuilder().build()).isEqualTo(rights).hasSameHashCodeAs(rights);
      assertNoProblems(rights);
    }

    @Test
    void emptyRightsAreAllowed() {
      Rights empty = Rights.builder().build();

      assertThat(empty.copyrightHolder()).isNull();
      assertThat(empty.extensions().isEmpty()).isTrue();
      assertNoProblems(empty);
    }

    @Test
    void builderChangesAfterBuildDoNotLeak() {
      Rights.Builder builder = Rights.builder().copyrightHolder("a");
      Rights built = builder.build();
      builder.copyrightHolder("b");

      assertThat(built.copyrightHolder()).isEqualTo("a");
    }

    @Test
    void constraintsReportPathAndCode() {
      assertOnlyError(
          full().toBuilder().rightsUrl("example.kz/rights").build(), "rightsUrl", "url.scheme");
      assertOnlyError(
          full().toBuilder().copyrightHolder("a\nb").build(), "copyrightHolder", "text.control");
      assertNoProblems(full().toBuilder().copyrightNotice("a\nb").build());
    }

    @Test
    void nullExtensionsAreRejected() {
      assertThatThrownBy(() -> Rights.builder().extensions(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("extensions");
    }

    @Test
    void equalsContract() {
      EqualsVerifier.forClass(Rights.class).suppress(Warning.NULL_FIELDS).verify();
    }
  }

  @Nested
  class EngagementTest {
    private Engagement full() {
      return Engagement.builder()
          .views(759L)
          .shares(12L)
          .comments(3L)
          .reactions(40L)
          .asOf(AS_OF)
          .extensions(EXT)
          .build();
    }

    @Test
    void everySetterReachesItsAccessorAndRoundTrips() {
      Engagement e = full();

      assertThat(e.views()).isEqualTo(759L);
      assertThat(e.shares()).isEqualTo(12L);
      assertThat(e.comments()).isEqualTo(3L);
      assertThat(e.reactions()).isEqualTo(40L);
      assertThat(e.asOf()).isEqualTo(AS_OF);
      assertThat(e.extensions()).isEqualTo(EXT);
      assertThat(e.toBuilder().build()).isEqualTo(e).hasSameHashCodeAs(e);
      assertNoProblems(e);
    }

    @Test
    void viewsFactorySetsViewsAndAsOfOnly() {
      Engagement e = Engagement.views(759, null);

      assertThat(e.views()).isEqualTo(759L);
      assertThat(e.asOf()).isNull();
      assertThat(e.shares()).isNull();
      assertThat(e).isEqualTo(Engagement.builder().views(759L).build());
    }

    @Test
    void everyNegativeCounterIsRejectedOnItsOwnPath() {
      assertOnlyError(full().toBuilder().views(-1L).build(), "views", "range");
      assertOnlyError(full().toBuilder().shares(-1L).build(), "shares", "range");
      assertOnlyError(full().toBuilder().comments(-1L).build(), "comments", "range");
      assertOnlyError(full().toBuilder().reactions(Long.MIN_VALUE).build(), "reactions", "range");
    }

    @Test
    void zeroCountersAreAccepted() {
      assertNoProblems(
          Engagement.builder().views(0L).shares(0L).comments(0L).reactions(0L).build());
    }

    @Test
    void builderChangesAfterBuildDoNotLeak() {
      Engagement.Builder builder = Engagement.builder().views(1L);
      Engagement built = builder.build();
      builder.views(2L);

      assertThat(built.views()).isEqualTo(1L);
    }

    @Test
    void equalsContract() {
      EqualsVerifier.forClass(Engagement.class)
          .suppress(Warning.NULL_FIELDS)
          .withPrefabValues(NewsDateTime.class, AS_OF, NewsDateTime.parse("2020-01-01"))
          .verify();
    }
  }

  @Nested
  class RelatedArticleTest {
    private RelatedArticle full() {
      return RelatedArticle.builder("https://example.kz/news/0")
          .headline("Ранее")
          .rel("seeAlso")
          .id("n-0")
          .extensions(EXT)
          .build();
    }

    @Test
    void everySetterReachesItsAccessorAndRoundTrips() {
      RelatedArticle r = full();

      assertThat(r.url()).isEqualTo("https://example.kz/news/0");
      assertThat(r.headline()).isEqualTo("Ранее");
      assertThat(r.rel()).isEqualTo("seeAlso");
      assertThat(r.id()).isEqualTo("n-0");
      assertThat(r.extensions()).isEqualTo(EXT);
      assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
      assertNoProblems(r);
    }

    @Test
    void ofSetsUrlAndHeadline() {
      assertThat(RelatedArticle.of("https://example.kz/1", "h"))
          .isEqualTo(RelatedArticle.builder("https://example.kz/1").headline("h").build());
    }

    @Test
    void missingUrlIsRejectedNamingTheField() {
      assertThatThrownBy(() -> RelatedArticle.builder().build())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("url is required but was null");
      assertThatThrownBy(() -> RelatedArticle.builder(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("url");
    }

    @Test
    void constraintsReportPathAndCode() {
      assertOnlyError(full().toBuilder().url("javascript:void(0)").build(), "url", "url.scheme");
      assertOnlyError(full().toBuilder().headline("\u202Ex").build(), "headline", "text.bidi");
    }

    @Test
    void equalsContract() {
      EqualsVerifier.forClass(RelatedArticle.class).suppress(Warning.NULL_FIELDS).verify();
    }
  }

  @Nested
  class AlternateIdTest {
    @Test
    void factoryAndAccessors() {
      AlternateId id = AlternateId.of("cms", "4711");

      assertThat(id.role()).isEqualTo("cms");
      assertThat(id.value()).isEqualTo("4711");
      assertThat(AlternateId.of(null, "x").role()).isNull();
      assertNoProblems(id);
    }

    @Test
    void nullValueIsRejectedNamingTheField() {
      assertThatThrownBy(() -> AlternateId.of("cms", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("value");
    }

    @Test
    void blankValueIsRejectedNamingTheField() {
      assertThatThrownBy(() -> AlternateId.of("cms", "  "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value must not be blank");
    }

    @Test
    void equalsContract() {
      EqualsVerifier.forClass(AlternateId.class).suppress(Warning.NULL_FIELDS).verify();
    }
  }
}
