package io.github.newsmodel.entity;

import io.github.newsmodel.validation.constraints.CleanText;
import org.jspecify.annotations.Nullable;

/**
 * A genre of an article: news, analysis, interview, opinion; by name, URI or code, at least one.
 *
 * <pre>{@code
 * Genre.named("Лента новостей");
 * new Genre("Current", "http://cv.iptc.org/newscodes/genre/Current", "genre:Current");
 * }</pre>
 *
 * @param name the display name, or null
 * @param uri the vocabulary URI, or null
 * @param code the vocabulary code (ninjs {@code literal}), or null
 */
public record Genre(@CleanText @Nullable String name, @Nullable String uri, @Nullable String code) {

  /**
   * Checks that at least one part is present.
   *
   * @param name the display name
   * @param uri the vocabulary URI
   * @param code the vocabulary code
   */
  public Genre {
    if (name == null && uri == null && code == null) {
      throw new IllegalArgumentException(
          "genre needs a name, a uri or a code; all three were null");
    }
  }

  /**
   * Returns a genre with only a name.
   *
   * @param name the name
   * @return the genre
   */
  public static Genre named(String name) {
    return new Genre(name, null, null);
  }
}
