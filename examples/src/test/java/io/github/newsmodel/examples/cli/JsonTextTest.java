package io.github.newsmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void escapesWhatJsonRequiresAndKeepsTheRest() {
    assertThat(JsonText.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(JsonText.quote("\n\r\t\b\f\u0000\u001f\u007f"))
        .isEqualTo("\"\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\"");
    assertThat(JsonText.quote("Сәлем, мир 😀")).isEqualTo("\"Сәлем, мир 😀\"");
    assertThat(JsonText.quote("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
  }

  @Test
  void escapesUnpairedSurrogates() {
    assertThat(JsonText.quote("a\ud800b")).isEqualTo("\"a\\ud800b\"");
    assertThat(JsonText.quote("\udc00")).isEqualTo("\"\\udc00\"");
  }
}
