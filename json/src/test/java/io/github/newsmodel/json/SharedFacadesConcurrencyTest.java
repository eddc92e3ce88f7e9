package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ninjs.Ninjs;
import io.github.newsmodel.json.ninjs.NinjsVersion;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import io.github.newsmodel.json.stream.ArticleReader;
import io.github.newsmodel.json.stream.RecordResult;
import io.github.newsmodel.validation.NewsValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The validator, the {@link NewsJson} facade, {@link Ninjs}, {@link SchemaOrg} and {@link
 * ArticleReader} (a new reader per thread on one shared NewsJson), each shared by 16 threads
 * released together by a latch, give exactly the results of sequential use.
 */
class SharedFacadesConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ARTICLES = 64;
  private static final int FEED = 32;

  private final NewsJson json = NewsJson.defaults();
  private final NewsValidator validator = json.validator();
  private final Ninjs ninjs = Ninjs.defaults();
  private final SchemaOrg schemaOrg = SchemaOrg.defaults();

  /** One kind of work: what it does with one article index, compared by equals. */
  private record Work(String name, Function<Integer, Object> action) {}

  @Test
  void sixteenThreadsSharingEveryFacadeGiveTheSequentialResults() throws Exception {
    RandomArticles random = RandomArticles.small(20261127L);
    List<Article> articles = new ArrayList<>();
    List<String> nativeDocs = new ArrayList<>();
    List<String> ninjsDocs = new ArrayList<>();
    List<String> jsonLdDocs = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      Article article = random.next();
      articles.add(article);
      String doc = json.write(article);
      // every fifth document is broken, so problem lists are compared too
      nativeDocs.add(i % 5 == 0 ? doc.replace("\"headline\"", "\"headline\":[],\"h\"") : doc);
      ninjsDocs.add(
          ninjs.write(article, i % 2 == 0 ? NinjsVersion.V3_1 : NinjsVersion.V2_2).json());
      jsonLdDocs.add(i % 7 == 0 ? "{\"@type\":\"NewsArticle\"}" : schemaOrg.writeJsonLd(article));
    }
    byte[] feed = String.join("\n", nativeDocs.subList(0, FEED)).getBytes(StandardCharsets.UTF_8);

    List<Work> work =
        List.of(
            new Work("validator", i -> validator.validate(articles.get(i))),
            new Work("native read", i -> json.readAndValidate(nativeDocs.get(i))),
            new Work("native write", i -> json.write(articles.get(i))),
            new Work("ninjs read", i -> ninjs.read(ninjsDocs.get(i))),
            new Work("ninjs write", i -> ninjs.write(articles.get(i), NinjsVersion.V3_1)),
            new Work("schema.org read", i -> schemaOrg.read(jsonLdDocs.get(i))),
            new Work("schema.org write", i -> schemaOrg.writeJsonLd(articles.get(i))),
            new Work("feed", i -> i % 16 == 0 ? feed(feed) : "no feed for " + i));

    List<List<Object>> expected = new ArrayList<>();
    for (Work w : work) {
      List<Object> results = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i++) {
        results.add(w.action().apply(i));
      }
      expected.add(results);
    }
    assertThat(expected.get(1)).anyMatch(r -> !((ReadResult<?>) r).isValid());
    assertThat(expected.get(1)).anyMatch(r -> ((ReadResult<?>) r).isValid());
    assertThat(expected.get(3)).allMatch(r -> ((ReadResult<?>) r).value().isPresent());
    assertThat(((List<?>) expected.get(7).get(0))).hasSize(FEED);

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> mismatches = new ArrayList<>();
                  for (int n = 0; n < ARTICLES; n++) {
                    int i = (n + thread * 7) % ARTICLES;
                    // each thread runs the kinds of work in its own order
                    for (int k = 0; k < work.size(); k++) {
                      int kind = (k + thread) % work.size();
                      Object result = work.get(kind).action().apply(i);
                      if (!Objects.equals(result, expected.get(kind).get(i))) {
                        mismatches.add(
                            "thread "
                                + thread
                                + " "
                                + work.get(kind).name()
                                + " #"
                                + i
                                + ": "
                                + result
                                + "\n  expected "
                                + expected.get(kind).get(i));
                      }
                    }
                  }
                  return mismatches;
                }));
      }
      start.countDown();
      for (Future<List<String>> future : futures) {
        assertThat(future.get(5, TimeUnit.MINUTES)).isEmpty();
      }
      assertThat(futures).hasSize(THREADS);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<RecordResult> feed(byte[] ndjson) {
    try (ArticleReader reader = ArticleReader.ndjson(new ByteArrayInputStream(ndjson), json)) {
      return reader.stream().toList();
    }
  }
}
