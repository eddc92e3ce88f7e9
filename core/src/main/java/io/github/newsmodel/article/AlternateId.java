package io.github.newsmodel.article;

import io.github.newsmodel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Another identifier of the same article, with the role it plays: an agency's id, a CMS id, a
 * legacy URL.
 *
 * <pre>{@code
 * AlternateId.of("cms", "1234567");
 * }</pre>
 *
 * @param role what kind of identifier it is, or null
 * @param value the identifier
 */
public record AlternateId(@Nullable String role, String value) {

  /**
   * Checks the value.
   *
   * @param role the role, or null
   * @param value the identifier
   */
  public AlternateId {
    Checks.notBlank(value, "value");
  }

  /**
   * Returns an alternate identifier.
   *
   * @param role the role, or null
   * @param value the identifier
   * @return the alternate identifier
   */
  public static AlternateId of(@Nullable String role, String value) {
    return new AlternateId(role, value);
  }
}
