package io.github.newsmodel.examples.cli;

import java.util.List;

/**
 * Chooses a {@link FormatCodec} by name. Codecs are created on demand, so a command that reads no
 * documents never loads a reader (nor bootstraps the validator).
 */
@FunctionalInterface
public interface Formats {

  /** The format names the CLI knows, in the order shown to users. */
  List<String> NAMES = List.of("native", "ninjs", "ninjs2", "ninjs3", "schemaorg");

  /**
   * Opens the codec of a format.
   *
   * @param name one of {@link #NAMES}
   * @param options how to read
   * @return the codec
   * @throws UsageException if the name is unknown or the format is not available in this build
   */
  FormatCodec open(String name, ReadOptions options) throws UsageException;

  /**
   * The formats of this build: {@code native} on {@code NewsJson}; {@code ninjs}, {@code ninjs2}
   * and {@code ninjs3} on {@code Ninjs}; {@code schemaorg} on {@code SchemaOrg}.
   *
   * @return the built-in formats
   */
  static Formats builtIn() {
    return (name, options) ->
        switch (name) {
          case "native" -> new NativeFormat(options);
          case "ninjs", "ninjs2", "ninjs3" -> NinjsFormat.open(name, options);
          case "schemaorg" -> SchemaOrgFormat.open(options);
          default -> throw unknown(name);
        };
  }

  /**
   * The exception for a name that is not one of {@link #NAMES}.
   *
   * @param name the name given
   * @return the exception
   */
  static UsageException unknown(String name) {
    return new UsageException(
        "unknown format '" + name + "'; expected one of " + String.join(", ", NAMES));
  }
}
