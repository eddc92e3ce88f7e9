package io.github.newsmodel.json.stream;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.NewsJsonIoException;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.internal.Codec;
import io.github.newsmodel.json.internal.Input;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records of NDJSON: one article per line, blank lines skipped. A bad line is a bad record; the
 * next line starts afresh. A line longer than the document limit is skipped; no more than the limit
 * is held in memory.
 *
 * <p>Lines are parsed where they lie in the read buffer, without being copied.
 */
final class NdjsonRecords implements Records {

  private static final int INITIAL_BUFFER = 64 * 1024;

  private final InputStream in;
  private final Codec codec;
  private final long maxLineBytes;
  private byte[] buffer = new byte[INITIAL_BUFFER];

  /** Start of the unread data in the buffer. */
  private int position;

  /** End of the data in the buffer. */
  private int limit;

  private boolean eof;
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
      int end = lineEnd();
      lineNumber++;
      if (end < 0) {
        record++;
        return new RecordResult(
            record,
            lineNumber,
            ReadResult.failed(
                List.of(
                    new JsonProblem(
                        "",
                        "limit.document",
                        io.github.newsmodel.validation.Severity.ERROR,
                        "record is longer than "
                            + maxLineBytes
                            + " bytes (limit maxDocumentBytes); skipped "
                            + "to the next line",
                        lineNumber,
                        1))));
      }
      int start = position;
      position = end < limit ? end + 1 : end;
      if (isBlank(buffer, start, end)) {
        continue;
      }
      record++;
      ReadResult<Article> result = codec.readArticle(Input.of(buffer, start, end - start));
      return new RecordResult(record, lineNumber, onLine(result, lineNumber));
    }
    return null;
  }

  /**
   * Makes the whole current line available from {@link #position} and returns its end (the index of
   * its line feed, or {@link #limit} for a last line without one); sets {@link #ended} on the last
   * line. Returns -1, having skipped the line, when it is longer than the limit.
   */
  private int lineEnd() {
    int scanned = position;
    while (true) {
      for (int i = scanned; i < limit; i++) {
        if (buffer[i] == '\n') {
          if (i - position > maxLineBytes) {
            position = i + 1;
            return -1;
          }
          return i;
        }
      }
      if (limit - position > maxLineBytes) {
        skipLine();
        return -1;
      }
      if (eof) {
        ended = true;
        return limit;
      }
      scanned = limit - position;
      compactAndFill();
    }
  }

  /** Discards the rest of an overlong line, up to and including its line feed. */
  private void skipLine() {
    while (true) {
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          position = i + 1;
          return;
        }
      }
      position = 0;
      limit = 0;
      if (eof) {
        ended = true;
        return;
      }
      fill();
    }
  }

  /** Moves the unread data to the start of the buffer, grows it when full, and reads more. */
  private void compactAndFill() {
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
      position = 0;
      limit = unread;
    }
    if (limit == buffer.length) {
      long wanted = Math.min((long) buffer.length * 2, Math.max(maxLineBytes + 1, buffer.length));
      buffer = Arrays.copyOf(buffer, (int) Math.min(wanted, Integer.MAX_VALUE - 16));
    }
    fill();
  }

  private void fill() {
    try {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    } catch (IOException e) {
      throw new NewsJsonIoException("reading NDJSON line " + (lineNumber + 1) + " failed", e);
    }
  }

  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static ReadResult<Article> onLine(ReadResult<Article> result, int feedLine) {
    if (result.problems().isEmpty()) {
      return result;
    }
    List<JsonProblem> moved = new ArrayList<>(result.problems().size());
    for (JsonProblem problem : result.problems()) {
      moved.add(
          problem.line() == 0
              ? problem
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
