package io.github.newsmodel.article;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether an article may be used, following the IPTC publication status codes.
 *
 * <p>Set with {@link io.github.newsmodel.article.Article.Builder#status}; see {@link
 * io.github.newsmodel.article.Article} for an example.
 */
public enum PublicationStatus {
  /** The article may be published. */
  USABLE,
  /** The article must not be published for now. */
  WITHHELD,
  /** The article was cancelled and must not be published. */
  CANCELED;

  /**
   * Returns the status as IPTC writes it: {@code usable}, {@code withheld}, {@code canceled}.
   *
   * @return the lower-case code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a status by its IPTC code, in any letter case; {@code cancelled} is accepted too.
   *
   * @param code the code
   * @return the status, or empty when unknown
   */
  public static Optional<PublicationStatus> fromCode(String code) {
    String normalized = code.strip().toLowerCase(Locale.ROOT);
    if (normalized.equals("cancelled")) {
      return Optional.of(CANCELED);
    }
    for (PublicationStatus status : values()) {
      if (status.code().equals(normalized)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
