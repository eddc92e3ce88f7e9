package io.github.newsmodel.benchmarks;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.stream.ArticleReader;
import io.github.newsmodel.json.stream.RecordResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating an NDJSON feed of {@code feedBytes} (1 GiB by default) with {@link ArticleReader} in a
 * JVM limited to 64 MB of heap, against {@link NewsJson#readAndValidate(byte[])} of one record in
 * the same JVM. The feed is generated on the fly by {@link RepeatingFeed}: the payload repeated,
 * one record per line; nothing is written to disk.
 *
 * <p>{@code feed} is one pass over the whole feed per operation (two warm-up passes, then eight
 * measured iterations of at least one pass each, in each of two forks: a pass takes seconds, so
 * fewer passes leave the rate to the noise of a few measurements); its secondary result {@code
 * feed:records} is the rate in records per millisecond, comparable with {@code singleDocument} in
 * operations per millisecond.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx64m")
public class StreamBenchmark {

  /** The record repeated. */
  @Param({"SEED", "WIRE", "LARGE"})
  public Payloads.Name payload;

  /** The length of the feed in bytes. */
  @Param("1073741824")
  public long feedBytes;

  private byte[] record;
  private NewsJson newsJson;

  /** Records counted per iteration, reported as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Records read and valid. */
    public long records;

    /** Resets the counts for an iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      records = 0;
    }
  }

  /** Prepares the record. */
  @Setup
  public void setUp() {
    record = Fixtures.json(payload);
    newsJson = NewsJson.defaults();
  }

  /**
   * Reads and validates every record of the feed; fails if one is not valid.
   *
   * @param counters the record count
   * @param bh the blackhole
   */
  @Benchmark
  public void feed(Counters counters, Blackhole bh) {
    RepeatingFeed in = new RepeatingFeed(record, feedBytes);
    long expected = RepeatingFeed.records(record, feedBytes);
    long read = 0;
    try (ArticleReader feed = ArticleReader.ndjson(in, newsJson)) {
      for (RecordResult result : feed) {
        if (!result.result().isValid()) {
          throw new IllegalStateException(
              "record " + result.record() + " is not valid: " + result.result());
        }
        bh.consume(result);
        read++;
      }
    }
    if (read != expected) {
      throw new IllegalStateException("read " + read + " records; expected " + expected);
    }
    counters.records += read;
  }

  /**
   * Reads and validates one record as a document, in the same JVM.
   *
   * @return the result
   */
  @Benchmark
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public ReadResult<Article> singleDocument() {
    return newsJson.readAndValidate(record);
  }
}
