package io.github.newsmodel.benchmarks;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.benchmarks.pojo.PojoArticle;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
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

/**
 * Bean Validation alone on an object graph already in memory: Hibernate Validator on the POJOs
 * against {@link NewsValidator} on the immutable article (which has more constraints: clean text on
 * every string, URL, language tag and media type checks, dates in order).
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
public class ValidateBenchmark {

  /** The payload validated. */
  @Param({"SEED", "WIRE", "LARGE"})
  public Payloads.Name payload;

  private Validator pojoValidator;
  private PojoArticle pojo;
  private NewsValidator newsValidator;
  private Article article;

  /** Reads the payload into both models. */
  @Setup
  public void setUp() {
    byte[] json = Fixtures.json(payload);
    pojo = Fixtures.mapper().readValue(json, PojoArticle.class);
    pojoValidator = Fixtures.pojoValidator();
    article = NewsJson.defaults().readArticle(json);
    newsValidator = NewsValidator.shared();
  }

  /**
   * Hibernate Validator on the POJOs.
   *
   * @return the violations (none)
   */
  @Benchmark
  public Set<ConstraintViolation<PojoArticle>> pojoValidate() {
    return pojoValidator.validate(pojo);
  }

  /**
   * {@link NewsValidator#validate(Object)} on the article.
   *
   * @return the report (no problems)
   */
  @Benchmark
  public ValidationReport newsmodelValidate() {
    return newsValidator.validate(article);
  }
}
