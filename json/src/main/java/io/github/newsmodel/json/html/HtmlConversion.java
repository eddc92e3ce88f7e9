package io.github.newsmodel.json.html;

import io.github.newsmodel.body.Block;
import io.github.newsmodel.json.JsonProblem;
import java.util.List;
import java.util.Objects;

/**
 * The result of converting HTML to blocks.
 *
 * @param blocks the body blocks, in document order
 * @param warnings what was dropped or changed (codes {@code html.dropped}, {@code html.unwrapped},
 *     {@code html.changed}, {@code html.too-deep}), each located by the pointer the caller passed
 * @param exact whether {@link HtmlBodies#toHtml(List)} of {@code blocks} gives back the input byte
 *     for byte
 */
public record HtmlConversion(List<Block> blocks, List<JsonProblem> warnings, boolean exact) {

  /**
   * Creates a conversion result.
   *
   * @param blocks the body blocks
   * @param warnings what was dropped or changed
   * @param exact whether the blocks serialize back to the input exactly
   */
  public HtmlConversion {
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }
}
