package io.github.newsmodel.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeTest {

  record Rendition(@MediaType @Nullable String mimeType) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "image/jpeg",
        "video/mp4; codecs=\"avc1.42E01E\"",
        "application/vnd.iptc.ninjs+json",
        "text/html; charset=utf-8",
        "text/html;charset=UTF-8",
        "multipart/form-data; boundary=\"a b\\\"c\"",
        "audio/mpeg",
        "image/svg+xml",
        "application/vnd.api+json; ext=\"https://example.com/ext\"; profile=x",
        "video/mp4 ; codecs=avc1"
      })
  void wellFormedMediaTypesPass(String mediaType) {
    assertThat(NewsValidator.shared().validate(new Rendition(mediaType)).problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "image",
        "image/",
        "/jpeg",
        "image/jpeg ",
        " image/jpeg",
        "image/jpeg;",
        "image/jpeg; charset",
        "image/jpeg; charset=",
        "image/jpeg; =x",
        "image/jp eg",
        "image/jpeg; a=\"unterminated",
        "imäge/jpeg",
        "image/*",
        "*/*",
        "image/jpeg; a=\"x\" b=c",
        "image//jpeg",
        "image/jpeg/x",
        "-image/jpeg",
        "text/plain; a=\"tab\u0001\""
      })
  void malformedMediaTypesFail(String mediaType) {
    assertThat(NewsValidator.shared().validate(new Rendition(mediaType)).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("mimeType", "media.type"));
  }

  @Test
  void nameLengthLimitIs127() {
    String ok = "application/" + "a".repeat(127);
    String tooLong = "application/" + "a".repeat(128);
    assertThat(NewsValidator.shared().validate(new Rendition(ok)).isValid()).isTrue();
    assertThat(NewsValidator.shared().validate(new Rendition(tooLong)).isValid()).isFalse();
  }

  @Test
  void nullIsValid() {
    assertThat(NewsValidator.shared().validate(new Rendition(null)).isValid()).isTrue();
  }
}
