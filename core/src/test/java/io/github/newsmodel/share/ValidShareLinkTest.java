package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidShareLinkTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @Test
  void builtShareLinksOfEveryPlatformAreValid() {
    for (SharePlatform platform : SharePlatform.builtIns()) {
      ShareLink link = ShareLink.of(platform, "https://пример.рф/новости?id=1", "Сәлем 👍");
      assertThat(validator.validate(link)).as(platform.id()).isEmpty();
    }
  }

  @Test
  void linkOnForeignHostIsReportedOnUrlWithHostTemplate() {
    Set<ConstraintViolation<ShareLink>> violations =
        validator.validate(
            ShareLink.ofUrl(SharePlatform.TELEGRAM, "https://evil.example/share/url?url=x"));
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getPropertyPath()).hasToString("url");
              assertThat(v.getMessageTemplate()).isEqualTo("{newsmodel.share.host}");
            });
  }

  @Test
  void javascriptUrlIsReportedOnUrlWithUrlTemplate() {
    Set<ConstraintViolation<ShareLink>> violations =
        validator.validate(ShareLink.ofUrl(SharePlatform.TELEGRAM, "javascript:alert(1)"));
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getPropertyPath()).hasToString("url");
              assertThat(v.getMessageTemplate()).isEqualTo("{newsmodel.share.url}");
            });
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "telegram | https://t.me/share/url?url=a                  | ",
        "telegram | http://telegram.me/share/url?url=a            | ",
        "telegram | HTTPS://T.ME/share/url?url=a                  | ",
        "x        | https://twitter.com/intent/tweet?url=a        | ",
        "viber    | viber://forward?text=a                        | ",
        "email    | mailto:?body=a                                | ",
        "email    | mailto:editor@example.kz?body=a               | ",
        "telegram | https://t.me.evil.example/share/url?url=a     | share.host",
        "facebook | https://www.facebook.com.evil.example/sharer  | share.host",
        "vk       | https://t.me/share/url?url=a                  | share.host",
        "email    | https://t.me/share/url?url=a                  | share.host",
        "viber    | viber://chat?number=1                         | share.host",
        "viber    | https://t.me/share/url?url=a                  | share.host",
        "telegram | https://user@t.me/share/url?url=a             | share.url",
        "telegram | https://evil.example@t.me/share/url?url=a     | share.url",
        "telegram | JavaScript:alert(1)                           | share.url",
        "telegram | data:text/html,hi                             | share.url",
        "telegram | file:///etc/passwd                            | share.url",
        "telegram | mailto:?body=a                                | share.url",
        "telegram | viber://forward?text=a                        | share.url",
        "telegram | /share/url?url=a                              | share.url",
        "email    | javascript:alert(1)                           | share.url",
      })
  void checksSchemeHostAndHostileUrls(String platformId, String url, String code) {
    ShareLink link = ShareLink.ofUrl(SharePlatform.byId(platformId).orElseThrow(), url);
    Set<ConstraintViolation<ShareLink>> violations = validator.validate(link);
    if (code == null) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.getPropertyPath()).hasToString("url");
                assertThat(v.getMessageTemplate()).isEqualTo("{newsmodel." + code + "}");
              });
    }
  }

  @Test
  void whitespaceAndControlCharactersAreHostile() {
    for (String url :
        new String[] {
          " https://t.me/share/url?url=a",
          "https://t.me/share/url?url=a\r\n",
          "https://t.me/share/url?url=\u0000",
          "https://t.me/share/url?url=a\u00A0b",
          ""
        }) {
      assertThat(validator.validate(ShareLink.ofUrl(SharePlatform.TELEGRAM, url)))
          .as(url)
          .singleElement()
          .extracting(ConstraintViolation::getMessageTemplate)
          .isEqualTo("{newsmodel.share.url}");
    }
  }

  @Test
  void customPlatformAcceptsItsTemplateHostOnly() {
    SharePlatform mastodon =
        SharePlatform.custom(
            "mastodon",
            "Mastodon",
            "https://mastodon.social/share?text={text}%20{url}",
            Set.of("mastodon.online"));
    assertThat(validator.validate(ShareLink.of(mastodon, "https://example.kz/", "hi"))).isEmpty();
    assertThat(
            validator.validate(ShareLink.ofUrl(mastodon, "https://mastodon.online/share?text=a")))
        .isEmpty();
    assertThat(validator.validate(ShareLink.ofUrl(mastodon, "https://t.me/share/url?url=a")))
        .singleElement()
        .extracting(ConstraintViolation::getMessageTemplate)
        .isEqualTo("{newsmodel.share.host}");
  }

  @Test
  void violationIsOnTheShareLinkBean() {
    ShareLink link = ShareLink.ofUrl(SharePlatform.VK, "https://evil.example/");
    assertThat(validator.validate(link))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getRootBean()).isSameAs(link);
              assertThat(v.getConstraintDescriptor().getAnnotation())
                  .isInstanceOf(ValidShareLink.class);
            });
  }
}
