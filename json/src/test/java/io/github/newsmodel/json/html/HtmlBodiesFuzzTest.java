package io.github.newsmodel.json.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the HTML body converter with UTF-8 text (regression inputs in {@code
 * HtmlBodiesFuzzTestInputs/toBlocks/}). Invariants: converting never throws, the canonical HTML
 * written from the blocks converts back to the same blocks exactly, without warnings, and the
 * jsoup-free path for canonical HTML gives what the jsoup path gives.
 */
class HtmlBodiesFuzzTest {

  @FuzzTest(
      maxDuration = "10m") // applies only with JAZZER_FUZZ=1; regression runs replay the inputs
  void toBlocks(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    HtmlConversion conversion = HtmlBodies.toBlocks(html, "/body");
    assertThat(conversion).isEqualTo(HtmlBodies.withJsoup(html, "/body"));
    assertThat(conversion.warnings()).allSatisfy(w -> assertThat(w.pointer()).isEqualTo("/body"));
    String canonical = HtmlBodies.toHtml(conversion.blocks());
    HtmlConversion again = HtmlBodies.toBlocks(canonical);
    assertThat(again)
        .as("canonical %s read without jsoup as with it", canonical)
        .isEqualTo(HtmlBodies.withJsoup(canonical, ""));
    assertThat(again.blocks())
        .as("blocks of canonical %s", canonical)
        .isEqualTo(conversion.blocks());
    assertThat(again.exact()).as("canonical HTML %s converts back exactly", canonical).isTrue();
    assertThat(again.warnings()).as("warnings for canonical %s", canonical).isEmpty();
  }
}
