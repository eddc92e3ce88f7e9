package io.github.newsmodel.benchmarks;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.benchmarks.pojo.PojoArticle;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading one document from UTF-8 bytes: newsmodel against hand-written Jackson POJOs, with and
 * without Bean Validation, and a token scan that builds nothing as the floor.
 */
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
public class ReadBenchmark {

  /** The payload read. */
  @Param({"SEED", "WIRE", "LARGE"})
  public Payloads.Name payload;

  private byte[] json;
  private JsonFactory factory;
  private JsonMapper mapper;
  private Validator pojoValidator;
  private NewsJson newsJson;
  private byte[] ninjsJson;
  private Ninjs ninjs;

  /** Prepares the payload and checks that every side reads it completely. */
  @Setup
  public void setUp() {
    json = Fixtures.json(payload);
    factory = new JsonFactory();
    mapper = Fixtures.mapper();
    pojoValidator = Fixtures.pojoValidator();
    newsJson = NewsJson.defaults();
    ninjs = Ninjs.defaults();
    ninjsJson =
        ninjs
            .write(newsJson.readArticle(json), NinjsVersion.V3_1)
            .json()
            .getBytes(StandardCharsets.UTF_8);
    if (!newsmodelRead().isValid()
        || !newsmodelReadValidate().isValid()
        || !ninjsRead().isValid()) {
      throw new IllegalStateException("not valid: " + payload);
    }
  }

  /**
   * Jackson's streaming parser alone: every token, nothing built, strings not decoded.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void tokenScan(Blackhole bh) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        bh.consume(token);
      }
    }
  }

  /**
   * The token scan that also turns every string value into a {@link String} and nothing else: the
   * least any reader that returns strings can allocate ({@code -prof gc}), and the floor for the
   * allocation target.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void stringScan(Blackhole bh) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          bh.consume(parser.getString());
        }
      }
    }
  }

  /**
   * Jackson databind into the POJOs.
   *
   * @return the POJO
   */
  @Benchmark
  public PojoArticle pojoRead() {
    return mapper.readValue(json, PojoArticle.class);
  }

  /**
   * Jackson databind into the POJOs, then Hibernate Validator on them.
   *
   * @param bh the blackhole
   * @return the POJO
   */
  @Benchmark
  public PojoArticle pojoReadValidate(Blackhole bh) {
    PojoArticle article = mapper.readValue(json, PojoArticle.class);
    bh.consume(pojoValidator.validate(article));
    return article;
  }

  /**
   * newsmodel without Bean Validation ({@link NewsJson#read(byte[])}).
   *
   * @return the result
   */
  @Benchmark
  public ReadResult<Article> newsmodelRead() {
    return newsJson.read(json);
  }

  /**
   * newsmodel with Bean Validation ({@link NewsJson#readAndValidate(byte[])}).
   *
   * @return the result
   */
  @Benchmark
  public ReadResult<Article> newsmodelReadValidate() {
    return newsJson.readAndValidate(json);
  }

  /**
   * The same article as IPTC ninjs 3.1, read with the official schema's rules and validated ({@link
   * Ninjs#read(byte[])}); compare with {@link #newsmodelReadValidate()}.
   *
   * @return the result
   */
  @Benchmark
  // the ninjs path has many more methods to compile than the native one: a plain loop took about
  // 40 s to reach its steady rate, so it gets a longer warm-up than the class default
  @Warmup(iterations = 12, time = 3)
  public ReadResult<Article> ninjsRead() {
    return ninjs.read(ninjsJson);
  }
}
