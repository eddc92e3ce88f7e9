package io.github.newsmodel.body;

import io.github.newsmodel.internal.Checks;

/**
 * A place in the body where one of the article's media items is shown, by its identifier.
 *
 * <pre>{@code
 * MediaReference.of("photo-1");
 * }</pre>
 *
 * @param mediaId the {@code id} of a media item of the same article
 */
public record MediaReference(String mediaId) implements Block {

  /**
   * Checks the identifier.
   *
   * @param mediaId the media identifier
   */
  public MediaReference {
    Checks.notBlank(mediaId, "mediaId");
  }

  /**
   * Returns a reference to the media item {@code mediaId}.
   *
   * @param mediaId the media identifier
   * @return the reference
   */
  public static MediaReference of(String mediaId) {
    return new MediaReference(mediaId);
  }

  @Override
  public String plainText() {
    return "";
  }
}
