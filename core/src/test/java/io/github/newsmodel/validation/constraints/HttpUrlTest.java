package io.github.newsmodel.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import io.github.newsmodel.validation.ValidationReport;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpUrlTest {

  record Link(@HttpUrl @Nullable String url) {}

  record BodyLink(@HttpUrl(allowMailto = true) @Nullable String url) {}

  record Links(List<@HttpUrl String> links) {}

  private static ValidationReport validate(Object bean) {
    return NewsValidator.shared().validate(bean);
  }

  /** Hostile-URL table: URL, expected code or null when the URL must be accepted. */
  static Stream<Arguments> hostileUrls() {
    return Stream.of(
        // accepted
        arguments("https://example.com", null),
        arguments("http://example.com/path?q=1#frag", null),
        arguments("HTTPS://EXAMPLE.COM", null),
        arguments("HtTp://Example.com/", null),
        arguments("https://example.com:8443/x", null),
        arguments("http://example.com:80", null),
        arguments("https://[::1]:8080/", null),
        arguments("https://[2001:db8::1]/feed", null),
        arguments("https://127.0.0.1/", null),
        arguments("https://пример.рф/", null),
        arguments("https://xn--e1afmkfd.xn--p1ai/", null),
        arguments("https://example.com/новости/статья?q=тест#раздел", null),
        arguments("https://example.com/%0d%0a", null), // encoded CR LF in path is data, not a break
        arguments("https://sub-domain.example.co.uk/a/b", null),
        arguments("https://example.com./", null),
        // scheme tricks
        arguments("javascript:alert(1)", "url.scheme"),
        arguments("JAVASCRIPT:alert(1)", "url.scheme"),
        arguments("jAvAsCrIpT:alert(1)", "url.scheme"),
        arguments("javascript://example.com/%0aalert(1)", "url.scheme"),
        arguments("java%0ascript:alert(1)", "url.scheme"),
        arguments("data:text/html,<script>alert(1)</script>", "url.scheme"),
        arguments("data:text/html;base64,PHNjcmlwdD4=", "url.scheme"),
        arguments("file:///etc/passwd", "url.scheme"),
        arguments("vbscript:msgbox(1)", "url.scheme"),
        arguments("ftp://example.com/file", "url.scheme"),
        arguments("mailto:editor@example.com", "url.scheme"),
        arguments("//evil.com", "url.scheme"),
        arguments("/relative/path", "url.scheme"),
        arguments("relative/path", "url.scheme"),
        arguments("evil.com:443", "url.scheme"),
        // whitespace and control characters
        arguments(" javascript:alert(1)", "url.whitespace"),
        arguments("java\tscript:alert(1)", "url.whitespace"),
        arguments("java\nscript:alert(1)", "url.whitespace"),
        arguments("https://example.com ", "url.whitespace"),
        arguments("https://example.com/a b", "url.whitespace"),
        arguments("https://example.com/\u00A0", "url.whitespace"),
        arguments("https://example.com/\r\nSet-Cookie:x=1", "url.whitespace"),
        arguments("https://exa\u0000mple.com", "url.control"),
        arguments("https://example.com/\u0007", "url.control"),
        arguments("https://example.com/\u007F", "url.control"),
        arguments("https://example.com/\u0085", "url.control"),
        arguments("https://example.com/\u202Egnp.exe", "url.control"),
        arguments("https://exa\u200Bmple.com", "url.control"),
        arguments("\uFEFFhttps://example.com", "url.control"),
        // user info
        arguments("https://user:pass@host.com", "url.userinfo"),
        arguments("https://good.com@evil.com", "url.userinfo"),
        arguments("https://@evil.com", "url.userinfo"),
        // syntax
        arguments("https:\\\\evil.com", "url.syntax"),
        arguments("https://evil.com\\@good.com", "url.syntax"),
        arguments("", "url.syntax"),
        arguments("https://example.com/<script>", "url.syntax"),
        arguments("https://example.com/%zz", "url.syntax"),
        arguments("https://example.com/\uD800", "url.syntax"),
        arguments("https://example.com:0/", "url.syntax"),
        arguments("https://example.com:99999/", "url.syntax"),
        arguments("https://example.com:abc/", "url.syntax"),
        // host
        arguments("https://", "url.host"),
        arguments("https:///path", "url.host"),
        arguments("https:example.com", "url.host"),
        arguments("https:/example.com", "url.host"),
        arguments("https://exa_mple.com", "url.host"),
        arguments("https://-example.com", "url.host"),
        arguments("https://example..com", "url.host"),
        arguments("http://%65vil.com", "url.host"),
        arguments("https://[::1", "url.host"),
        // length
        arguments("https://example.com/" + "a".repeat(10_000), "url.length"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("hostileUrls")
  void hostileUrlTable(String url, @Nullable String expectedCode) {
    ValidationReport report = validate(new Link(url));
    if (expectedCode == null) {
      assertThat(report.problems()).as("URL %s should be accepted", url).isEmpty();
    } else {
      assertThat(report.problems())
          .extracting(Problem::path, Problem::code, Problem::severity)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("url", expectedCode, Severity.ERROR));
    }
  }

  @Test
  void hostileTableHasAtLeastFortyEntries() {
    assertThat(hostileUrls().count()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void nullIsValid() {
    assertThat(validate(new Link(null)).isValid()).isTrue();
  }

  @Test
  void lengthLimitIsInclusive() {
    String prefix = "https://example.com/";
    String atLimit = prefix + "a".repeat(8192 - prefix.length());
    assertThat(atLimit).hasSize(8192);
    assertThat(validate(new Link(atLimit)).isValid()).isTrue();
    assertThat(validate(new Link(atLimit + "a")).problems())
        .extracting(Problem::code)
        .containsExactly("url.length");
  }

  @Test
  void containerElementsReportTheirIndex() {
    ValidationReport report =
        validate(
            new Links(
                List.of("https://a.example", "https://b.example", "javascript:x", "ftp://c")));
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("links[2]", "url.scheme"),
            org.assertj.core.groups.Tuple.tuple("links[3]", "url.scheme"));
  }

  @Test
  void violationMessageIsTheSpecificOne() {
    Problem problem = validate(new Link("https://u@example.com")).problems().get(0);
    assertThat(problem.message())
        .isEqualTo("must not contain a user name or password before the host");
  }

  static Stream<Arguments> mailtoLinks() {
    return Stream.of(
        arguments("mailto:editor@example.com", null),
        arguments("MAILTO:editor@example.com", null),
        arguments("mailto:a@example.com,b@example.org?subject=Hello%20world", null),
        arguments("mailto:%E2%82%AC@example.com", null),
        arguments("mailto:editor@пример.рф", null),
        arguments("https://example.com/contact", null),
        arguments("mailto:", "url.mailto"),
        arguments("mailto:?subject=hi", "url.mailto"),
        arguments("mailto:editor", "url.mailto"),
        arguments("mailto:@example.com", "url.mailto"),
        arguments("mailto:editor@", "url.mailto"),
        arguments("mailto:a@b@example.com", "url.mailto"),
        arguments("mailto:a@example.com%0d%0abcc:victim@example.org", "url.mailto"),
        arguments("mailto:a@exa_mple.com", "url.mailto"),
        arguments("mailto:a@example.com,", "url.mailto"),
        arguments("mailto:a@example.com?subject=<x>", "url.syntax"),
        arguments("mailto:a @example.com", "url.whitespace"),
        arguments("javascript:alert(1)", "url.scheme"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("mailtoLinks")
  void mailtoWhenAllowed(String url, @Nullable String expectedCode) {
    List<Problem> problems = validate(new BodyLink(url)).problems();
    if (expectedCode == null) {
      assertThat(problems).as("link %s should be accepted", url).isEmpty();
    } else {
      assertThat(problems).extracting(Problem::code).containsExactly(expectedCode);
    }
  }
}
