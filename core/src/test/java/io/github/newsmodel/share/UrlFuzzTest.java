package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.ValidationReport;
import io.github.newsmodel.validation.constraints.HttpUrl;
import io.github.newsmodel.validation.internal.PlainUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes URL checks: {@link HttpUrl} through {@link NewsValidator}, {@link ShareLink#of}, {@link
 * ValidShareLink} and {@link SharePlatform#recognize}. Regression inputs live in {@code
 * src/test/resources/io/github/newsmodel/share/UrlFuzzTestInputs/urlsAndShareLinks/}.
 *
 * <p>Input layout: the first byte picks a built-in platform; the rest, decoded as UTF-8, is the
 * URL, and after the bytes {@code FF FF} (never valid UTF-8) the share text.
 *
 * <p>Invariants: validation never throws and reports only {@code url.*} codes on the path {@code
 * url}; {@code ShareLink.of} either throws IllegalArgumentException with a message or builds a link
 * that validates clean and is recognised as sharing the normalised URL; a URL that {@code
 * PlainUrl.isPlainHttpUrl} calls plain (the validator's fast path) validates clean.
 */
class UrlFuzzTest {

  private static final List<SharePlatform> PLATFORMS = SharePlatform.builtIns();
  private static final NewsValidator VALIDATOR = NewsValidator.shared();

  // plain classes, not records: under Jazzer's instrumentation a record declared in the fuzz
  // test class failed with NoSuchFieldError when constructed
  static final class Link {
    final @HttpUrl String url;

    Link(String url) {
      this.url = url;
    }
  }

  static final class BodyLink {
    final @HttpUrl(allowMailto = true) String url;

    BodyLink(String url) {
      this.url = url;
    }
  }

  @FuzzTest(
      maxDuration = "10m") // applies only with JAZZER_FUZZ=1; regression runs replay the inputs
  void urlsAndShareLinks(byte[] input) {
    SharePlatform platform =
        PLATFORMS.get(input.length == 0 ? 0 : (input[0] & 0xFF) % PLATFORMS.size());
    int split = separator(input);
    String url = utf8(input, Math.min(1, input.length), split);
    @Nullable String text = split < input.length ? utf8(input, split + 2, input.length) : null;

    ValidationReport asLink = VALIDATOR.validate(new Link(url));
    checkReport(asLink);
    checkReport(VALIDATOR.validate(new BodyLink(url)));
    if (PlainUrl.isPlainHttpUrl(url)) {
      // the validator's fast path takes this URL as certainly clean without asking Hibernate
      assertThat(asLink.problems()).as("problems of plain URL %s", url).isEmpty();
    }

    Throwable thrown = catchThrowable(() -> ShareLink.of(platform, url, text));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getMessage()).isNotBlank();
    } else {
      String normalized = ArticleUrls.normalize(url);
      ShareLink link = ShareLink.of(platform, url, text);
      assertThat(link.url()).isASCII();
      assertThat(VALIDATOR.validate(link).problems()).as("problems of %s", link).isEmpty();
      Optional<RecognizedShare> own = link.recognize();
      assertThat(own).as("%s recognises %s", link, normalized).isPresent();
      assertThat(own.orElseThrow().targetUrl()).isEqualTo(normalized);
      assertThat(SharePlatform.recognize(URI.create(link.url()))).isPresent();
    }

    ShareLink asFound = ShareLink.ofUrl(platform, url);
    ValidationReport report = VALIDATOR.validate(asFound);
    assertThat(report.problems())
        .allSatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("url");
              assertThat(p.code()).isIn("share.url", "share.host");
            });
    assertThat(asFound.recognize()).isNotNull();
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return;
    }
    assertThat(SharePlatform.recognize(uri)).isNotNull();
  }

  private static void checkReport(ValidationReport report) {
    for (Problem p : report.problems()) {
      assertThat(p.path()).isEqualTo("url");
      assertThat(p.code()).startsWith("url.");
      assertThat(p.message()).isNotBlank();
    }
  }

  private static int separator(byte[] input) {
    for (int i = 1; i + 1 < input.length; i++) {
      if (input[i] == (byte) 0xFF && input[i + 1] == (byte) 0xFF) {
        return i;
      }
    }
    return input.length;
  }

  private static String utf8(byte[] input, int from, int to) {
    return from >= to
        ? ""
        : new String(Arrays.copyOfRange(input, from, to), StandardCharsets.UTF_8);
  }
}
