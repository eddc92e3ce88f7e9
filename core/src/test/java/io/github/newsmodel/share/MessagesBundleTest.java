package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesBundleTest {

  private static final String BUNDLE = "io.github.newsmodel.validation.Messages";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "en, newsmodel.share.host, scheme or host",
    "en, newsmodel.share.url, not a safe URL",
    "ru, newsmodel.share.host, не соответствуют платформе",
    "ru, newsmodel.share.url, небезопасна",
    "kk, newsmodel.share.host, сәйкес келмейді",
    "kk, newsmodel.share.url, қауіпсіз емес",
  })
  void shareMessagesExistInEnglishRussianAndKazakhAsUtf8(
      String language, String key, String fragment) throws IOException {
    // read the one file for the language, so that no fallback to another locale can hide a gap
    String file =
        "/"
            + BUNDLE.replace('.', '/')
            + (language.equals("en") ? "" : "_" + language)
            + ".properties";
    Properties messages = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(messages.getProperty(key)).contains(fragment);
  }
}
