package io.github.newsmodel.json.ninjs;

import java.util.Optional;

/**
 * The IPTC ninjs versions this package reads. 2.x documents use lower-case property names ({@code
 * versioncreated}, {@code altids}); 3.x documents use camelCase ({@code versionCreated}, {@code
 * altIds}). Writing is supported for {@link #V2_2} and {@link #V3_1}.
 */
public enum NinjsVersion {
  /** ninjs 2.0 (JSON Schema draft-04). */
  V2_0("2.0"),
  /** ninjs 2.1. */
  V2_1("2.1"),
  /** ninjs 2.2 (adds {@code digitalsourcetype}). */
  V2_2("2.2"),
  /** ninjs 3.0 (camelCase names, events and planning). */
  V3_0("3.0"),
  /** ninjs 3.1 (adds {@code digitalSourceType}). */
  V3_1("3.1");

  private final String number;

  NinjsVersion(String number) {
    this.number = number;
  }

  /**
   * Returns the version number as written in {@code standard.version}, such as {@code 3.1}.
   *
   * @return the version number
   */
  public String number() {
    return number;
  }

  /**
   * Returns whether this is a 3.x version (camelCase property names).
   *
   * @return true for 3.0 and 3.1
   */
  public boolean isV3() {
    return this == V3_0 || this == V3_1;
  }

  /**
   * Returns whether documents of this version can be written.
   *
   * @return true for 2.2 and 3.1
   */
  public boolean isWritable() {
    return this == V2_2 || this == V3_1;
  }

  /**
   * Returns the URL of the official IPTC JSON Schema of this version, as used in {@code $schema}
   * and {@code standard.schema}.
   *
   * @return the schema URL
   */
  public String schemaUrl() {
    return "http://www.iptc.org/std/ninjs/ninjs-schema_" + number + ".json";
  }

  /**
   * Finds the version with the given number ({@code 3.1}, {@code 2.2}…); a patch level such as
   * {@code 3.0.1} selects its minor version.
   *
   * @param number the version number
   * @return the version, or empty if unknown
   */
  public static Optional<NinjsVersion> fromNumber(String number) {
    for (NinjsVersion version : values()) {
      if (number.equals(version.number) || number.startsWith(version.number + ".")) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }
}
