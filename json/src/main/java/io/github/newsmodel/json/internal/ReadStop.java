package io.github.newsmodel.json.internal;

/**
 * Thrown inside the reader to stop reading once a limit of our own (array length, problem count) is
 * exceeded; the problem is recorded before it is thrown. Never escapes the engine.
 */
final class ReadStop extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ReadStop() {
    super(null, null, false, false);
  }
}
