package io.github.newsmodel.media;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * The point of an image that crops must keep, as fractions of width and height from the top-left
 * corner.
 *
 * <pre>{@code
 * FocalPoint.of(0.5, 0.3);  // centred, upper third
 * }</pre>
 *
 * @param x from 0 (left) to 1 (right)
 * @param y from 0 (top) to 1 (bottom)
 */
public record FocalPoint(
    @DecimalMin("0.0") @DecimalMax("1.0") double x,
    @DecimalMin("0.0") @DecimalMax("1.0") double y) {

  /**
   * Returns a focal point.
   *
   * @param x from 0 (left) to 1 (right)
   * @param y from 0 (top) to 1 (bottom)
   * @return the focal point
   */
  public static FocalPoint of(double x, double y) {
    return new FocalPoint(x, y);
  }
}
