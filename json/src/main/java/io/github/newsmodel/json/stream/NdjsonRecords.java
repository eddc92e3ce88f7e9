package io.github.newsmodel.json.stream;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJsonIoException;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.internal.Codec;
import io.github.newsmodel.json.internal.Input;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records of NDJSON: one article per line, blank lines skipped. A bad line is a bad record; the
 * next line starts afresh. A line longer than the document limit is skipped without being held in
 * memory.
 */
final class NdjsonRecords implements Records {

  private final InputStream in;
  private final Codec codec;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[8192];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int position;
  private int limit;
  private int lineNumber;
  private int record;
  private boolean ended;

  NdjsonRecords(InputStream in, Codec codec) {
    this.in = in;
    this.codec = codec;
    this.maxLineBytes = codec.limits().maxDocumentBytes();
  }

  @Override
  public @Nullable RecordResult next() {
    while (!ended) {
      boolean tooLong = readLine();
      lineNumber++;
      if (tooLong) {
        record++;
        return new RecordResult(record, lineNumber, ReadResult.failed(List.of(new JsonProblem("",
            "limit.document", io.github.newsmodel.validation.Severity.ERROR,
            "record is longer than " + maxLineBytes + " bytes (limit maxDocumentBytes); skipped "
                + "to the next line", lineNumber, 1))));
      }
      byte[] bytes = line.toByteArray();
      if (isBlank(bytes)) {
        continue;
      }
      record++;
      ReadResult<Article> result = codec.readArticle(Input.of(bytes));
      return new RecordResult(record, lineNumber, onLine(result, lineNumber));
    }
    return null;
  }

  /** Reads one line into {@code line}; returns true when it was too long and was skipped. */
  private boolean readLine() {
    line.reset();
    long length = 0;
    boolean tooLong = false;
    while (true) {
      if (position == limit && !fill()) {
        ended = true;
        return tooLong;
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      length += chunk;
      if (length > maxLineBytes) {
        tooLong = true;
      } else {
        line.write(buffer, start, chunk);
      }
      if (position < limit) {
        position++;
        return tooLong;
      }
    }
  }

  private boolean fill() {
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new NewsJsonIoException("reading NDJSON line " + (lineNumber + 1) + " failed", e);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Moves problem lines from the line's own numbering (always 1) to the feed's. */
  private static ReadResult<Article> onLine(ReadResult<Article> result, int feedLine) {
    if (result.problems().isEmpty()) {
      return result;
    }
    List<JsonProblem> moved = new ArrayList<>(result.problems().size());
    for (JsonProblem problem : result.problems()) {
      moved.add(problem.line() == 0 ? problem
          : problem.at(feedLine + problem.line() - 1, problem.column()));
    }
    return ReadResult.of(result.value().orElse(null), moved);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new NewsJsonIoException("closing the NDJSON input failed", e);
    }
  }
}
