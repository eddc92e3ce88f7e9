package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import java.nio.charset.StandardCharsets;

/**
 * schema.org {@code NewsArticle} JSON-LD ({@code schemaorg}) through {@link SchemaOrg}: reads the
 * JSON-LD news sites publish (one object, an array or an {@code @graph}) and writes a {@code
 * NewsArticle}.
 *
 * <p>{@code --lang} is the language of the validator's messages. {@link SchemaOrg} has no strict
 * mode, so {@code --strict} does not change how JSON-LD is read; and its writer does not list the
 * model values JSON-LD has no place for (slugline, byline, share links…), so nothing is reported as
 * dropped.
 */
final class SchemaOrgFormat implements FormatCodec {

  private final SchemaOrg schemaOrg;
  private final JsonLimits limits = JsonLimits.defaults();

  private SchemaOrgFormat(ReadOptions options) {
    this.schemaOrg =
        SchemaOrg.builder().limits(limits).locale(options.locale()).prettyPrint(true).build();
  }

  /**
   * Opens the schema.org adapter.
   *
   * @param options how to read
   * @return the adapter
   */
  static FormatCodec open(ReadOptions options) {
    return new SchemaOrgFormat(options);
  }

  @Override
  public String name() {
    return "schemaorg";
  }

  @Override
  public long maxDocumentBytes() {
    return limits.maxDocumentBytes();
  }

  @Override
  public ReadResult<Article> read(byte[] document) {
    return schemaOrg.read(document);
  }

  @Override
  public Written write(Article article) {
    return Written.complete(schemaOrg.writeJsonLd(article).getBytes(StandardCharsets.UTF_8));
  }
}
