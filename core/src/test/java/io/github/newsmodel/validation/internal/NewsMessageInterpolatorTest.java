package io.github.newsmodel.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class NewsMessageInterpolatorTest {

  private static NewsMessageInterpolator forLocale(String tag) {
    return new NewsMessageInterpolator(
        new ParameterMessageInterpolator(), Locale.forLanguageTag(tag));
  }

  @Test
  void mapsLocalesToSupportedOnes() {
    assertThat(NewsMessageInterpolator.supported(Locale.forLanguageTag("ru-RU")))
        .isEqualTo(Locale.forLanguageTag("ru"));
    assertThat(NewsMessageInterpolator.supported(Locale.forLanguageTag("kk-KZ")))
        .isEqualTo(Locale.forLanguageTag("kk"));
    assertThat(NewsMessageInterpolator.supported(Locale.ENGLISH)).isEqualTo(Locale.ROOT);
    assertThat(NewsMessageInterpolator.supported(Locale.CHINESE)).isEqualTo(Locale.ROOT);
    assertThat(forLocale("ru-RU").locale()).isEqualTo(Locale.forLanguageTag("ru"));
  }

  @Test
  void resolvesOurKeysAndKeepsEverythingElse() {
    NewsMessageInterpolator en = forLocale("en");
    assertThat(en.resolveKeys("{newsmodel.required}")).isEqualTo("is required");
    assertThat(en.resolveKeys("Title {newsmodel.required}!")).isEqualTo("Title is required!");
    assertThat(en.resolveKeys("{unknown.key} and {min}")).isEqualTo("{unknown.key} and {min}");
    assertThat(en.resolveKeys("\\{newsmodel.required}")).isEqualTo("\\{newsmodel.required}");
    assertThat(en.resolveKeys("unclosed {newsmodel.required"))
        .isEqualTo("unclosed {newsmodel.required");
    assertThat(en.resolveKeys("plain")).isEqualTo("plain");
    assertThat(en.resolveKeys("{jakarta.validation.constraints.Size.message}"))
        .isEqualTo("size must be between {min} and {max}");
  }

  @Test
  void resolvesInTheFixedLocale() {
    assertThat(forLocale("kk").resolveKeys("{newsmodel.url.host}"))
        .isEqualTo("дұрыс хост атауы болуы керек");
    assertThat(forLocale("ru").resolveKeys("{newsmodel.url.host}"))
        .isEqualTo("должен содержать корректное имя хоста");
    assertThat(forLocale("fr").resolveKeys("{newsmodel.url.host}"))
        .isEqualTo("must contain a valid host name");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> new NewsMessageInterpolator(null, Locale.ENGLISH))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("delegate");
    assertThatThrownBy(() -> new NewsMessageInterpolator(new ParameterMessageInterpolator(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("locale");
  }
}
