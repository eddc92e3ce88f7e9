package io.github.newsmodel.examples.cli;

/**
 * Slot for IPTC ninjs: {@code ninjs} (2.x or 3.x detected on read, 3.1 written), {@code ninjs2}
 * and {@code ninjs3}.
 *
 * <p>This build has no ninjs reader and writer, so {@link #open(String, ReadOptions)} reports the
 * format as unavailable. Wiring it means making this class a {@link FormatCodec} that delegates to
 * {@code io.github.newsmodel.json.ninjs}, the way {@link NativeFormat} delegates to {@code
 * NewsJson}, and returning an instance from {@code open}.
 */
final class NinjsFormat {

  private NinjsFormat() {}

  /**
   * Opens the ninjs adapter.
   *
   * @param name {@code ninjs}, {@code ninjs2} or {@code ninjs3}
   * @param options how to read
   * @return the adapter
   * @throws UsageException always in this build: the format is not available
   */
  static FormatCodec open(String name, ReadOptions options) throws UsageException {
    throw UsageException.unavailable(name);
  }
}
