package io.github.newsmodel.json.ninjs;

/**
 * Thrown by the streaming fast path ({@link FastRead}) when a document holds something it does not
 * map with certainty, so that the tree path reads the document instead. One shared instance without
 * a stack trace: giving up costs no allocation.
 */
final class FastGiveUp extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private static final FastGiveUp INSTANCE = new FastGiveUp();

  private FastGiveUp() {
    super("the streaming ninjs reader gives the document to the tree path", null, false, false);
  }

  /**
   * Gives up on the document.
   *
   * @return never returns; declared so that callers can write {@code throw FastGiveUp.now()}
   */
  static FastGiveUp now() {
    throw INSTANCE;
  }

  /**
   * Gives up unless {@code condition} holds.
   *
   * @param condition what the fast path needs to be true
   */
  static void unless(boolean condition) {
    if (!condition) {
      throw INSTANCE;
    }
  }
}
