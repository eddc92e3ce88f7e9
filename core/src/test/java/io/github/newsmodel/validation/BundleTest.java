package io.github.newsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleTest {

  private static final String BASE = "/io/github/newsmodel/validation/Messages";

  private static Properties load(String suffix) throws IOException {
    try (InputStream in = BundleTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
      assertThat(in).as("bundle %s%s.properties on the class path", BASE, suffix).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void allBundlesHaveTheSameKeys() throws IOException {
    Set<String> en = load("").stringPropertyNames();
    assertThat(load("_ru").stringPropertyNames()).isEqualTo(en);
    assertThat(load("_kk").stringPropertyNames()).isEqualTo(en);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_ru", "_kk"})
  void valuesAreNonBlankAndFreeOfExpressionLanguage(String suffix) throws IOException {
    Properties p = load(suffix);
    for (String key : p.stringPropertyNames()) {
      assertThat(p.getProperty(key))
          .as("%s in Messages%s", key, suffix)
          .isNotBlank()
          .doesNotContain("${");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"_ru", "_kk"})
  void translationsAreNotCopiesOfEnglish(String suffix) throws IOException {
    Properties en = load("");
    Properties other = load(suffix);
    for (String key : en.stringPropertyNames()) {
      if (key.endsWith("AssertFalse.message") || key.endsWith("AssertTrue.message")) {
        continue;
      }
      assertThat(other.getProperty(key))
          .as("%s in Messages%s", key, suffix)
          .isNotEqualTo(en.getProperty(key))
          .containsPattern("\\p{IsCyrillic}");
    }
  }

  @Test
  void containsEveryKeyTheModelAndConstraintsUse() throws IOException {
    Properties en = load("");
    Stream.of(
            "required",
            "range",
            "counter.negative",
            "dimension.positive",
            "urgency.range",
            "dates.order",
            "relevance.range",
            "confidence.range",
            "datetime.offset",
            "url.syntax",
            "url.scheme",
            "url.host",
            "url.userinfo",
            "url.whitespace",
            "url.control",
            "url.length",
            "url.mailto",
            "url.homograph",
            "language.tag",
            "media.type",
            "text.control",
            "text.bidi",
            "text.invisible")
        .forEach(code -> assertThat(en).containsKey("newsmodel." + code));
    Stream.of(
            "NotNull",
            "NotBlank",
            "NotEmpty",
            "Min",
            "Max",
            "Positive",
            "PositiveOrZero",
            "Negative",
            "NegativeOrZero",
            "DecimalMin",
            "DecimalMax",
            "Size",
            "Pattern",
            "Email",
            "Past",
            "PastOrPresent",
            "Future",
            "FutureOrPresent",
            "Digits",
            "Null",
            "AssertTrue",
            "AssertFalse")
        .forEach(
            name ->
                assertThat(en).containsKey("jakarta.validation.constraints." + name + ".message"));
  }

  @Test
  void javaResourceBundleReadsTheFilesAsUtf8() {
    java.util.ResourceBundle kk =
        java.util.ResourceBundle.getBundle(
            "io.github.newsmodel.validation.Messages", java.util.Locale.forLanguageTag("kk"));
    assertThat(kk.getString("newsmodel.required")).isEqualTo("міндетті өріс");
  }
}
