package io.github.newsmodel.json.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the HTML body converter with UTF-8 text (regression inputs in {@code
 * HtmlBodiesFuzzTestInputs/toBlocks/}). Invariants: converting never throws, and the canonical HTML
 * written from the blocks converts back to the same blocks exactly, without warnings.
 */
class HtmlBodiesFuzzTest {

  @FuzzTest(
      maxDuration = "10m") // applies only with JAZZER_FUZZ=1; regression runs replay the inputs
  void toBlocks(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    HtmlConversion conversion = HtmlBodies.toBlocks(html, "/body");
    assertThat(conversion.warnings()).allSatisfy(w -> assertThat(w.pointer()).isEqualTo("/body"));
    String canonical = HtmlBodies.toHtml(conversion.blocks());
    HtmlConversion again = HtmlBodies.toBlocks(canonical);
    assertThat(again.blocks())
        .as("blocks of canonical %s", canonical)
        .isEqualTo(conversion.blocks());
    assertThat(again.exact()).as("canonical HTML %s converts back exactly", canonical).isTrue();
    assertThat(again.warnings()).as("warnings for canonical %s", canonical).isEmpty();
  }
}
