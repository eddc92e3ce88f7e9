package io.github.newsmodel.json.jackson;

import tools.jackson.core.Version;

/**
 * The version of this module, as Jackson reports module versions.
 *
 * <p>See {@link io.github.newsmodel.json.jackson.NewsModelModule} for an example.
 */
public final class PackageVersion {

  /** {@code io.github.newsmodel:newsmodel-json:0.1.0-SNAPSHOT}. */
  public static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "io.github.newsmodel", "newsmodel-json");

  private PackageVersion() {}
}
