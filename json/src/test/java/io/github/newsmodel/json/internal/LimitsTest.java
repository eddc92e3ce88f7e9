package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;

/** Jackson's constraint errors named as the limits of {@code JsonLimits}. */
class LimitsTest {

  private static String nameOf(String message) {
    return Limits.nameOf(new StreamConstraintsException(message));
  }

  @Test
  void namesTheLimitJacksonReports() {
    assertThat(nameOf("Document nesting depth (65) exceeds the maximum allowed (64)"))
        .isEqualTo("depth");
    assertThat(nameOf("Document length (20) exceeds the maximum allowed (10)"))
        .isEqualTo("document");
    assertThat(nameOf("Name length (12) exceeds the maximum allowed (10)")).isEqualTo("name");
    assertThat(nameOf("String value length (12) exceeds the maximum allowed (10)"))
        .isEqualTo("string");
    assertThat(nameOf("Number value length (1001) exceeds the maximum allowed (1000)"))
        .isEqualTo("number");
    assertThat(nameOf("Token count (1001) exceeds the maximum allowed (1000)")).isEqualTo("tokens");
  }

  @Test
  void anUnrecognizedConstraintIsTakenForTheDocumentLimit() {
    assertThat(nameOf("Something else (2) exceeds the maximum allowed (1)")).isEqualTo("document");
    assertThat(Limits.settingOf("tokens")).isEqualTo("maxDocumentBytes");
    assertThat(Limits.settingOf("array")).isEqualTo("maxArrayLength");
    assertThat(Limits.settingOf("problems")).isEqualTo("maxProblems");
  }
}
