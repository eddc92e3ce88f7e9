package io.github.newsmodel.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.constraints.HttpUrl;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpUrlValidatorTest {

  record UriLink(@HttpUrl URI url) {}

  @Test
  void problemCodeIsUsableWithoutBeanValidation() {
    assertThat(HttpUrlValidator.problemCode("https://example.com/", false)).isNull();
    assertThat(HttpUrlValidator.problemCode("mailto:a@example.com", false)).isEqualTo("url.scheme");
    assertThat(HttpUrlValidator.problemCode("mailto:a@example.com", true)).isNull();
  }

  @Test
  void punycodeHomographsAreFoundInAnyLetterCase() {
    assertThat(HttpUrlValidator.isHomograph("https://xn--pple-43d.com/")).isTrue();
    assertThat(HttpUrlValidator.isHomograph("https://XN--PPLE-43D.com/")).isTrue();
    assertThat(HttpUrlValidator.isHomograph("https://www.Xn--pple-43d.com:8080/")).isTrue();
    assertThat(HttpUrlValidator.isHomograph("https://www.apple.com/")).isFalse();
    assertThat(HttpUrlValidator.isHomograph("https://www.xn--80ak6aa92e.com/")).isFalse();
  }

  @Test
  void whitespaceAndControlClassification() {
    assertThat(HttpUrlValidator.isWhitespace('\t')).isTrue();
    assertThat(HttpUrlValidator.isWhitespace('\u2028')).isTrue();
    assertThat(HttpUrlValidator.isWhitespace('a')).isFalse();
    assertThat(HttpUrlValidator.isControl('\u0000')).isTrue();
    assertThat(HttpUrlValidator.isControl('\u009F')).isTrue();
    assertThat(HttpUrlValidator.isControl('\u2066')).isTrue();
    assertThat(HttpUrlValidator.isControl('é')).isFalse();
  }

  @Test
  void uriValuesAreCheckedToo() {
    assertThat(
            NewsValidator.shared()
                .validate(new UriLink(URI.create("https://example.com")))
                .isValid())
        .isTrue();
    assertThat(
            NewsValidator.shared()
                .validate(new UriLink(URI.create("file:///etc/passwd")))
                .problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("url", "url.scheme"));
    assertThat(
            NewsValidator.shared()
                .validate(new UriLink(URI.create("https://u:p@example.com")))
                .problems())
        .extracting(Problem::code)
        .containsExactly("url.userinfo");
  }
}
