package io.github.newsmodel.json.ninjs;

/**
 * Thrown by the streaming fast path ({@link FastRead}) when a document holds something it does not
 * map with certainty, so that the tree path reads the document instead: {@code throw
 * FastGiveUp.now();}. Without a stack trace, so giving up costs little; it happens once per
 * document at most.
 */
final class FastGiveUp extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private FastGiveUp() {
    super("the streaming ninjs reader gives the document to the tree path", null, false, false);
  }

  /**
   * Returns the exception to throw to give up on the document.
   *
   * @return a new exception
   */
  static FastGiveUp now() {
    return new FastGiveUp();
  }
}
