package io.github.newsmodel.media;

import static io.github.newsmodel.fixtures.Reports.assertNoProblems;
import static io.github.newsmodel.fixtures.Reports.assertOnlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.fixtures.Reports;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.validation.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTest {

  private static final Extensions EXT = Extensions.of(Map.of("exif", JsonValue.bool(true)));
  private static final Rendition LARGE =
      Rendition.builder("https://example.kz/p/large.jpg")
          .name("large")
          .mediaType("image/jpeg")
          .width(1200)
          .height(800)
          .sizeBytes(240_000L)
          .build();
  private static final Rendition THUMB = Rendition.of("https://example.kz/p/thumb.jpg");

  static Media fullMedia() {
    return Media.builder(MediaKind.IMAGE, "photo-1")
        .uri("urn:example:photo-1")
        .title("Конференция")
        .caption("Делегация Казахстана\nна конференции")
        .altText("Люди в зале заседаний")
        .creditLine("Фото: gov.kz")
        .creator(Party.person("Фотограф"))
        .copyrightNotice("© gov.kz")
        .licenseUrl("https://creativecommons.org/licenses/by/4.0/")
        .usageTerms("Только с указанием источника")
        .language("ru")
        .addRendition(LARGE)
        .addRendition(THUMB)
        .focalPoint(FocalPoint.of(0.5, 0.3))
        .extensions(EXT)
        .build();
  }

  static Rendition fullRendition() {
    return Rendition.builder("https://example.kz/v/1080.mp4")
        .name("1080p")
        .mediaType("video/mp4; codecs=\"avc1.640028\"")
        .width(1920)
        .height(1080)
        .sizeBytes(0L)
        .duration(Duration.ofSeconds(95))
        .purpose("web")
        .videoCodec("h264")
        .frameRate(29.97)
        .bitrate(4_500_000L)
        .extensions(EXT)
        .build();
  }

  @Test
  void everyMediaSetterReachesItsAccessor() {
    Media m = fullMedia();

    assertThat(m.kind()).isEqualTo(MediaKind.IMAGE);
    assertThat(m.id()).isEqualTo("photo-1");
    assertThat(m.uri()).isEqualTo("urn:example:photo-1");
    assertThat(m.title()).isEqualTo("Конференция");
    assertThat(m.caption()).isEqualTo("Делегация Казахстана\nна конференции");
    assertThat(m.altText()).isEqualTo("Люди в зале заседаний");
    assertThat(m.creditLine()).isEqualTo("Фото: gov.kz");
    assertThat(m.creator()).isEqualTo(Party.person("Фотограф"));
    assertThat(m.copyrightNotice()).isEqualTo("© gov.kz");
    assertThat(m.licenseUrl()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(m.usageTerms()).isEqualTo("Только с указанием источника");
    assertThat(m.language()).isEqualTo("ru");
    assertThat(m.renditions()).containsExactly(LARGE, THUMB);
    assertThat(m.focalPoint()).isEqualTo(FocalPoint.of(0.5, 0.3));
    assertThat(m.extensions()).isEqualTo(EXT);
    assertNoProblems(m);
  }

  @Test
  void everyRenditionSetterReachesItsAccessor() {
    Rendition r = fullRendition();

    assertThat(r.url()).isEqualTo("https://example.kz/v/1080.mp4");
    assertThat(r.name()).isEqualTo("1080p");
    assertThat(r.mediaType()).isEqualTo("video/mp4; codecs=\"avc1.640028\"");
    assertThat(r.width()).isEqualTo(1920);
    assertThat(r.height()).isEqualTo(1080);
    assertThat(r.sizeBytes()).isZero();
    assertThat(r.duration()).isEqualTo(Duration.ofSeconds(95));
    assertThat(r.purpose()).isEqualTo("web");
    assertThat(r.videoCodec()).isEqualTo("h264");
    assertThat(r.frameRate()).isEqualTo(29.97);
    assertThat(r.bitrate()).isEqualTo(4_500_000L);
    assertThat(r.extensions()).isEqualTo(EXT);
    assertNoProblems(r);
  }

  @Test
  void toBuilderBuildEqualsTheOriginal() {
    assertThat(fullMedia().toBuilder().build())
        .isEqualTo(fullMedia())
        .hasSameHashCodeAs(fullMedia());
    assertThat(fullRendition().toBuilder().build()).isEqualTo(fullRendition());
    assertThat(THUMB.toBuilder().build()).isEqualTo(THUMB);
  }

  @Test
  void withCopiesChangeOneValue() {
    Media media = fullMedia();

    assertThat(media.withCaption("Другая").caption()).isEqualTo("Другая");
    assertThat(media.withCaption("Другая").withCaption(media.caption())).isEqualTo(media);
    assertThat(media.withRenditions(List.of(THUMB)).renditions()).containsExactly(THUMB);
    assertThat(LARGE.withUrl("https://example.kz/x.jpg").url())
        .isEqualTo("https://example.kz/x.jpg");
    assertThat(LARGE.withUrl("https://example.kz/x.jpg").width()).isEqualTo(1200);
  }

  @Test
  void renditionListGivenToBuilderIsCopied() {
    List<Rendition> renditions = new ArrayList<>(List.of(LARGE));
    Media.Builder builder = Media.builder(MediaKind.IMAGE, "p").renditions(renditions);
    renditions.add(THUMB);
    Media built = builder.build();
    builder.addRendition(THUMB).caption("позже");

    assertThat(built.renditions()).containsExactly(LARGE);
    assertThat(built.caption()).isNull();
    assertThatThrownBy(() -> built.renditions().add(THUMB))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requiredMediaValuesAreNamedWhenNull() {
    assertThatThrownBy(() -> Media.builder().id("x").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind is required but was null");
    assertThatThrownBy(() -> Media.builder().kind(MediaKind.IMAGE).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id is required but was null");
    assertThatThrownBy(
            () ->
                Media.builder(MediaKind.IMAGE, "p").renditions(Arrays.asList(LARGE, null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("renditions[1]");
    assertThatThrownBy(() -> Media.builder(MediaKind.IMAGE, "p").addRendition(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rendition");
  }

  @Test
  void renditionUrlIsRequired() {
    assertThatThrownBy(() -> Rendition.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("url");
    assertThatThrownBy(() -> LARGE.withUrl(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("url");
  }

  @Test
  void zeroRenditionWidthIsRejectedInsideAnArticle() {
    Article article =
        Article.builder("id", "h")
            .addMedia(
                Media.builder(MediaKind.IMAGE, "p")
                    .addRendition(LARGE.toBuilder().width(0).build())
                    .build())
            .build();

    assertOnlyError(article, "media[0].renditions[0].width", "range");
  }

  @Test
  void javascriptRenditionUrlIsRejectedInsideAnArticle() {
    Article article =
        Article.builder("id", "h")
            .addMedia(
                fullMedia().withRenditions(List.of(LARGE, THUMB.withUrl("javascript:alert(1)"))))
            .build();

    assertOnlyError(article, "media[0].renditions[1].url", "url.scheme");
  }

  @ParameterizedTest
  @CsvSource({"width", "height", "frameRate", "bitrate"})
  void nonPositiveRenditionNumbersAreRejected(String field) {
    Rendition.Builder builder = fullRendition().toBuilder();
    switch (field) {
      case "width" -> builder.width(-5);
      case "height" -> builder.height(0);
      case "frameRate" -> builder.frameRate(0.0);
      default -> builder.bitrate(-1L);
    }

    assertOnlyError(builder.build(), field, "range");
  }

  @Test
  void negativeSizeIsRejectedButZeroIsAccepted() {
    assertOnlyError(fullRendition().toBuilder().sizeBytes(-1L).build(), "sizeBytes", "range");
    assertNoProblems(fullRendition().toBuilder().sizeBytes(0L).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/jpeg", "image/svg+xml", "text/html; charset=utf-8", "video/mp4"})
  void wellFormedMediaTypeIsAccepted(String type) {
    assertNoProblems(LARGE.toBuilder().mediaType(type).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpeg", "image/", "/jpeg", "image/jpeg;", "image jpeg", ""})
  void malformedMediaTypeIsRejected(String type) {
    assertOnlyError(LARGE.toBuilder().mediaType(type).build(), "mediaType", "media.type");
  }

  @Test
  void mediaConstraintsReportPathAndCode() {
    assertOnlyError(fullMedia().toBuilder().id(" ").build(), "id", "required");
    assertOnlyError(
        fullMedia().toBuilder().licenseUrl("ftp://x.kz/l").build(), "licenseUrl", "url.scheme");
    assertOnlyError(fullMedia().toBuilder().language("ru_RU!").build(), "language", "language.tag");
    assertOnlyError(
        fullMedia().toBuilder().creditLine("Фото:\u0085gov.kz").build(),
        "creditLine",
        "text.control");
    assertOnlyError(
        fullMedia().toBuilder().creator(Party.person("")).build(), "creator.name", "required");
    assertNoProblems(fullMedia().toBuilder().altText("строка\nещё").build());
  }

  @Test
  void focalPointInsideTheUnitSquareIsAccepted() {
    assertNoProblems(FocalPoint.of(0, 0));
    assertNoProblems(FocalPoint.of(1, 1));
    assertNoProblems(fullMedia().toBuilder().focalPoint(FocalPoint.of(0.25, 0.75)).build());
  }

  @Test
  void focalPointOutsideTheUnitSquareIsRejectedOnItsCoordinate() {
    assertOnlyError(FocalPoint.of(1.01, 0.5), "x", "range");
    assertOnlyError(FocalPoint.of(0.5, -0.01), "y", "range");
    assertOnlyError(
        fullMedia().toBuilder().focalPoint(FocalPoint.of(0.5, 2)).build(), "focalPoint.y", "range");
  }

  @Test
  void focalPointNotANumberIsRejected() {
    Problem problem = Reports.onlyProblem(FocalPoint.of(Double.NaN, 0.5));

    assertThat(problem.path()).isEqualTo("x");
    assertThat(problem.code()).isEqualTo("range");
  }

  @Test
  void focalPointRecordAccessors() {
    FocalPoint point = FocalPoint.of(0.2, 0.8);

    assertThat(point.x()).isEqualTo(0.2);
    assertThat(point.y()).isEqualTo(0.8);
    assertThat(point).isEqualTo(new FocalPoint(0.2, 0.8));
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(Media.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Rendition.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(FocalPoint.class).verify();
  }
}
