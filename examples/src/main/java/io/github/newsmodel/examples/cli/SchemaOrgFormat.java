package io.github.newsmodel.examples.cli;

/**
 * Slot for schema.org {@code NewsArticle} JSON-LD ({@code schemaorg}).
 *
 * <p>This build has no schema.org reader and writer, so {@link #open(ReadOptions)} reports the
 * format as unavailable. Wiring it means making this class a {@link FormatCodec} that delegates to
 * {@code io.github.newsmodel.json.schemaorg}, the way {@link NativeFormat} delegates to {@code
 * NewsJson}, and returning an instance from {@code open}.
 */
final class SchemaOrgFormat {

  private SchemaOrgFormat() {}

  /**
   * Opens the schema.org adapter.
   *
   * @param options how to read
   * @return the adapter
   * @throws UsageException always in this build: the format is not available
   */
  static FormatCodec open(ReadOptions options) throws UsageException {
    throw UsageException.unavailable("schemaorg");
  }
}
