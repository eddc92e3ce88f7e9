package io.github.newsmodel.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
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
    void shareMessagesExistInEnglishRussianAndKazakhAsUtf8(String language, String key, String fragment) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(bundle.getString(key)).contains(fragment);
    }
}
