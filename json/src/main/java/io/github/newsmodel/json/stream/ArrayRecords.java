package io.github.newsmodel.json.stream;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.internal.Codec;
import io.github.newsmodel.json.internal.Outcome;
import io.github.newsmodel.validation.Severity;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Records of a top-level JSON array, read element by element from one parser. A bad element is a
 * bad record; a syntax error ends the feed with a final record holding the problem.
 */
final class ArrayRecords implements Records {

  private final JsonParser parser;
  private final Codec codec;
  private int record;
  private boolean ended;
  private boolean started;

  ArrayRecords(InputStream in, Codec codec) {
    this.codec = codec;
    this.parser = codec.factory().createParser(ObjectReadContext.empty(), in);
  }

  @Override
  public @Nullable RecordResult next() {
    if (ended) {
      return null;
    }
    try {
      if (!started) {
        started = true;
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
          return end(
              1,
              "type.mismatch",
              "expected a JSON array of articles, found "
                  + (first == null ? "an empty document" : first.name().toLowerCase(Locale.ROOT)));
        }
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        ended = true;
        return null;
      }
      record++;
      TokenStreamLocation at = parser.currentTokenLocation();
      int depth = parser.streamReadContext().getNestingDepth();
      Outcome<Article> outcome = codec.readArticle(parser);
      if (outcome.fatal()) {
        ended = true;
      } else if (!outcome.complete()) {
        skipTo(depth);
      }
      return new RecordResult(record, Math.max(1, at.getLineNr()), outcome.result());
    } catch (JacksonException e) {
      ended = true;
      TokenStreamLocation at = e.getLocation();
      return end(
          at == null ? 1 : Math.max(1, at.getLineNr()),
          "json.syntax",
          "not well-formed JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Skips the rest of an element whose reading stopped at a limit, up to and including the end of
   * the element; {@code depth} is the nesting depth at its start token, which counts the element.
   */
  private void skipTo(int depth) {
    while (parser.streamReadContext().getNestingDepth() >= depth) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
    }
  }

  private RecordResult end(int line, String code, String message) {
    ended = true;
    record++;
    return new RecordResult(
        record,
        line,
        ReadResult.failed(List.of(new JsonProblem("", code, Severity.ERROR, message, line, 0))));
  }

  @Override
  public void close() {
    parser.close();
  }
}
