package io.github.newsmodel.benchmarks;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.benchmarks.pojo.PojoArticle;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/** Writing one document as UTF-8 bytes: newsmodel against hand-written Jackson POJOs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
// two forks, because one JVM's JIT can settle a few percent above or below another's; a fixed,
// pre-touched heap, so that the collector does not resize it differently from fork to fork
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class WriteBenchmark {

  /** The payload written. */
  @Param({"SEED", "WIRE", "LARGE"})
  public Payloads.Name payload;

  private JsonMapper mapper;
  private PojoArticle pojo;
  private Article article;
  private NewsJson newsJson;
  private Ninjs ninjs;

  /** Reads the payload into both models. */
  @Setup
  public void setUp() {
    byte[] json = Fixtures.json(payload);
    mapper = Fixtures.mapper();
    pojo = mapper.readValue(json, PojoArticle.class);
    newsJson = NewsJson.defaults();
    article = newsJson.readArticle(json);
    ninjs = Ninjs.defaults();
  }

  /**
   * Jackson databind from the POJOs.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] pojoWrite() {
    return mapper.writeValueAsBytes(pojo);
  }

  /**
   * newsmodel ({@link NewsJson#writeBytes(Article)}).
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] newsmodelWrite() {
    return newsJson.writeBytes(article);
  }

  /**
   * The same article as IPTC ninjs 3.1 ({@link Ninjs#write(Article, NinjsVersion)}); compare with
   * {@link #newsmodelWrite()}.
   *
   * @return the document
   */
  @Benchmark
  // the ninjs path has many more methods to compile than the native one: a plain loop took about
  // 40 s to reach its steady rate, so it gets a longer warm-up than the class default
  @Warmup(iterations = 12, time = 3)
  public String ninjsWrite() {
    return ninjs.write(article, NinjsVersion.V3_1).json();
  }
}
