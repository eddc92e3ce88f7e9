package io.github.newsmodel.media;

/**
 * What kind of media an item is.
 *
 * <p>See {@link io.github.newsmodel.media.Media} for an example.
 */
public enum MediaKind {
  /** A photo or other still image. */
  IMAGE,
  /** A video. */
  VIDEO,
  /** An audio recording. */
  AUDIO,
  /** An infographic, chart or illustration. */
  GRAPHIC,
  /** A document, such as a PDF. */
  DOCUMENT,
  /** Third-party content embedded by URL. */
  EMBED
}
