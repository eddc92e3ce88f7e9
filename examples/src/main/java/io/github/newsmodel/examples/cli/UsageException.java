package io.github.newsmodel.examples.cli;

/**
 * The command line cannot be carried out as given: an unknown command or option, a missing or bad
 * value, or a format this build does not include. The CLI prints the message and the usage on
 * standard error and exits with status 2.
 */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the command line, for the user
   */
  public UsageException(String message) {
    super(message);
  }

  /**
   * The exception for a known format whose adapter is not part of this build.
   *
   * @param format the format name, e.g. {@code ninjs}
   * @return the exception
   */
  public static UsageException unavailable(String format) {
    return new UsageException("format '" + format + "' is not available in this build");
  }
}
