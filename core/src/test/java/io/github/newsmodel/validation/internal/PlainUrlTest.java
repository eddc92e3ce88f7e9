package io.github.newsmodel.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PlainUrl} may only accept what {@link URI} accepts, with the same host. */
class PlainUrlTest {

  private static final long SEED = Long.getLong("newsmodel.seed", 20261128L);
  private static final String URL_CHARS =
      "abcXYZ019-._~!$&'()*+,;=:@/?#%[]{}|\\^`\" <>\t\u0000\u007fжä\u200b";

  @Test
  void recognisesTheUsualFeedUrls() {
    assertThat(PlainUrl.httpHost("https://www.Zakon.kz/politika/6415218-vizit.html?utm=x#top"))
        .isEqualTo("www.zakon.kz");
    assertThat(PlainUrl.httpHost("http://vk.com/share.php?url=https%3A%2F%2Fzakon.kz%2F1"))
        .isEqualTo("vk.com");
    assertThat(PlainUrl.httpHost("https://t.me")).isEqualTo("t.me");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTPS://vk.com/",
        "https://user@vk.com/",
        "https://vk.com:443/",
        "https://vk.com./",
        "https://-vk.com/",
        "https://vk-.com/",
        "https://vk..com/",
        "https://1.2.3.4/",
        "https://vk.123/",
        "https://[::1]/",
        "https://vk.com/a b",
        "https://vk.com/%zz",
        "https://vk.com/a#b#c",
        "https://vk.com/ж",
        "https://vk.com\\@evil.com/",
        "https:///path",
        "tg://msg?text=x",
        "javascript:alert(1)"
      })
  void leavesAnythingUnusualToJavaNetUri(String url) {
    assertThat(PlainUrl.httpHost(url)).isNull();
  }

  @Test
  void everyTailItAcceptsJavaNetUriAcceptsToo() throws URISyntaxException {
    Random random = new Random(SEED);
    int accepted = 0;
    for (int i = 0; i < 50_000; i++) {
      String url = "https://example.com" + randomText(random, "/?#");
      if (PlainUrl.isPlainTail(url, 19)) {
        accepted++;
        URI uri = new URI(url);
        assertThat(uri.getHost()).as("seed %d: %s", SEED, url).isEqualTo("example.com");
      }
    }
    assertThat(accepted).isGreaterThan(5_000);
  }

  @Test
  void everyUrlItAcceptsJavaNetUriReadsWithTheSameHost() throws URISyntaxException {
    Random random = new Random(SEED + 1);
    int accepted = 0;
    for (int i = 0; i < 50_000; i++) {
      String url =
          (random.nextBoolean() ? "https://" : "http://")
              + randomHost(random)
              + (random.nextBoolean() ? "" : randomText(random, "/?#"));
      String host = PlainUrl.httpHost(url);
      if (host != null) {
        accepted++;
        URI uri = new URI(url);
        assertThat(uri.getRawUserInfo()).as(url).isNull();
        assertThat(uri.getPort()).as(url).isEqualTo(-1);
        assertThat(uri.getHost()).as("seed %d: %s", SEED, url).isNotNull();
        assertThat(uri.getHost().toLowerCase(Locale.ROOT)).as(url).isEqualTo(host);
      }
    }
    assertThat(accepted).isGreaterThan(5_000);
  }

  @Test
  void acceptsPlainUrlsWithoutWarningsAndNothingElse() {
    assertThat(PlainUrl.isPlainHttpUrl("https://www.Zakon.kz/politika/6415218-vizit.html?u=x#top"))
        .isTrue();
    assertThat(PlainUrl.isPlainHttpUrl("http://t.me")).isTrue();
    assertThat(PlainUrl.isPlainHttpUrl("https://xn--80ak6aa92e.com/")).isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("https://a.XN--p1ai/")).isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("https://xn.ru/")).isTrue();
    assertThat(PlainUrl.isPlainHttpUrl("https://example.com/" + "a".repeat(8200))).isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("https://" + "a".repeat(63) + ".b" + ".cd".repeat(95)))
        .isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("https://vk.com:443/")).isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("HTTPS://vk.com/")).isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("https://vk.com./")).isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("https://1.2.3.4/")).isFalse();
    assertThat(PlainUrl.isPlainHttpUrl("mailto:a@b.kz")).isFalse();
  }

  @Test
  void everyUrlItCallsPlainTheUrlChecksAcceptWithoutWarning() {
    Random random = new Random(SEED + 2);
    int accepted = 0;
    for (int i = 0; i < 50_000; i++) {
      String host = randomHost(random);
      if (random.nextInt(10) == 0) {
        host = (random.nextBoolean() ? "xn--" : "XN--") + host;
      }
      String url =
          (random.nextInt(20) == 0 ? "Https://" : random.nextBoolean() ? "https://" : "http://")
              + host
              + (random.nextBoolean() ? "" : randomText(random, "/?#"));
      boolean plain = PlainUrl.isPlainHttpUrl(url);
      boolean accepts =
          HttpUrlValidator.problemCode(url, false) == null && !HttpUrlValidator.isHomograph(url);
      if (plain) {
        accepted++;
        assertThat(accepts).as("seed %d: %s", SEED, url).isTrue();
      }
    }
    assertThat(accepted).isGreaterThan(5_000);
  }

  private static String randomHost(Random random) {
    StringBuilder host = new StringBuilder();
    int labels = 1 + random.nextInt(4);
    String chars = "abcxyzABC0129-";
    for (int l = 0; l < labels; l++) {
      if (l > 0) {
        host.append(random.nextInt(30) == 0 ? ":" : ".");
      }
      int length = random.nextInt(40) == 0 ? 64 : 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        host.append(
            random.nextInt(50) == 0
                ? URL_CHARS.charAt(random.nextInt(URL_CHARS.length()))
                : chars.charAt(random.nextInt(chars.length())));
      }
    }
    return host.toString();
  }

  private static String randomText(Random random, String starts) {
    StringBuilder text = new StringBuilder().append(starts.charAt(random.nextInt(starts.length())));
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(10);
      if (pick < 6) {
        text.append((char) ('a' + random.nextInt(26)));
      } else if (pick < 7) {
        text.append('%')
            .append("0aFg".charAt(random.nextInt(4)))
            .append("9Bz".charAt(random.nextInt(3)));
      } else {
        text.append(URL_CHARS.charAt(random.nextInt(URL_CHARS.length())));
      }
    }
    return text.toString();
  }
}
