package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.NewsJsonException;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;

/** The native newsmodel JSON format, read and written by {@link NewsJson}. */
final class NativeFormat implements FormatCodec {

  private final NewsJson json;

  NativeFormat(ReadOptions options) {
    this.json = NewsJson.builder()
        .mode(options.strict() ? ReadMode.STRICT : ReadMode.LENIENT)
        .locale(options.locale())
        .prettyPrint(true)
        .build();
  }

  @Override
  public String name() {
    return "native";
  }

  @Override
  public long maxDocumentBytes() {
    return json.limits().maxDocumentBytes();
  }

  @Override
  public ReadResult<Article> read(byte[] document) {
    try {
      return json.readAndValidate(document);
    } catch (NewsJsonException e) {
      return ReadResult.failed(CliProblems.of(e));
    }
  }

  @Override
  public Article readValid(byte[] document) {
    return json.readArticle(document);
  }

  @Override
  public byte[] write(Article article) {
    return json.writeBytes(article);
  }
}
