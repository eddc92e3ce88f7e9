package io.github.newsmodel.json.ninjs;

/**
 * Thrown inside the streaming ninjs writer when it meets something it does not write exactly as the
 * tree path would (a value the schema rejects, a kind of extension it does not handle); {@link
 * NinjsStreamWriter} catches it, throws the partial output away and lets {@link NinjsCodec} write
 * the article through the tree path. Carries no stack trace, so it costs little.
 */
final class StreamFallback extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private StreamFallback(String reason) {
    super(reason, null, false, false);
  }

  /** A fallback for {@code reason}, a short description used in test failures. */
  static StreamFallback because(String reason) {
    return new StreamFallback(reason);
  }
}
