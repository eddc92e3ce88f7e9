package io.github.newsmodel.examples.cli;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's NDJSON line splitter, for formats whose library has no streaming feed reader (ninjs and
 * schema.org; the native format uses the json module's {@code ArticleReader}, see {@link
 * NativeFormat#records}). Splits the feed into lines and reads each non-blank line as one document
 * with a {@link FormatCodec}. Memory stays bounded by the longest accepted line: a line longer than
 * {@link FormatCodec#maxDocumentBytes()} is skipped to its end and reported as {@code
 * limit.document}.
 *
 * <p>Lines end with LF (a CR before it is dropped). Blank lines are skipped but counted, so
 * reported lines are lines of the whole feed: a problem on line 1 of a record that starts on line
 * 120 is reported on line 120.
 */
final class NdjsonLines implements RecordReader {

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final FormatCodec codec;
  private final Locale locale;
  private final long maxLine;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private boolean eof;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineNumber;
  private long recordIndex;

  NdjsonLines(InputStream in, FormatCodec codec, Locale locale) {
    this.in = Objects.requireNonNull(in, "in must not be null");
    this.codec = Objects.requireNonNull(codec, "codec must not be null");
    this.locale = Objects.requireNonNull(locale, "locale must not be null");
    this.maxLine = codec.maxDocumentBytes();
  }

  @Override
  public @Nullable FeedRecord next() throws IOException {
    while (true) {
      LineState state = readLine();
      if (state == LineState.END) {
        return null;
      }
      if (state == LineState.TOO_LONG) {
        recordIndex++;
        return new FeedRecord(
            recordIndex,
            lineNumber,
            ReadResult.failed(
                List.of(
                    CliProblems.tooLarge(maxLine, locale)
                        .at((int) Math.min(lineNumber, Integer.MAX_VALUE), 0))));
      }
      if (isBlank()) {
        continue;
      }
      recordIndex++;
      byte[] document = Arrays.copyOf(line, lineLength);
      return new FeedRecord(recordIndex, lineNumber, shift(codec.read(document), lineNumber));
    }
  }

  private enum LineState {
    LINE,
    TOO_LONG,
    END
  }

  /** Reads the next line into {@link #line}, or skips it when too long. */
  private LineState readLine() throws IOException {
    lineLength = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        if (!any) {
          return LineState.END;
        }
        break;
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? chunkEnd : newline;
      if (!tooLong) {
        if ((long) lineLength + (end - chunkPos) > maxLine + 1) {
          tooLong = true;
        } else {
          append(chunkPos, end - chunkPos);
        }
      }
      if (newline >= 0) {
        chunkPos = newline + 1;
        break;
      }
      chunkPos = chunkEnd;
    }
    lineNumber++;
    if (lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    return tooLong || lineLength > maxLine ? LineState.TOO_LONG : LineState.LINE;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(chunk, 0, CHUNK);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    chunkPos = 0;
    chunkEnd = n;
    return true;
  }

  private int indexOfNewline() {
    for (int i = chunkPos; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int length) {
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(chunk, from, line, lineLength, length);
    lineLength += length;
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Moves problem lines from the record's own numbering to the feed's. */
  private static ReadResult<Article> shift(ReadResult<Article> result, long firstLine) {
    if (firstLine == 1 || result.problems().isEmpty()) {
      return result;
    }
    List<JsonProblem> moved = new ArrayList<>(result.problems().size());
    for (JsonProblem problem : result.problems()) {
      if (problem.line() > 0) {
        long line = firstLine + problem.line() - 1;
        moved.add(problem.at((int) Math.min(line, Integer.MAX_VALUE), problem.column()));
      } else {
        moved.add(problem);
      }
    }
    return ReadResult.of(result.value().orElse(null), moved);
  }
}
