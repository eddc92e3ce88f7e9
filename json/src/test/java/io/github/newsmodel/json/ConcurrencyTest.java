package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared NewsJson used from 8 threads gives the same results as one thread. */
class ConcurrencyTest {

  private static final int DOCUMENTS = 10_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsSharingOneInstanceGiveTheSingleThreadedResults() throws Exception {
    NewsJson json = NewsJson.defaults();
    RandomArticles random = new RandomArticles(20231128L);
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String doc = json.write(random.next());
      documents.add(i % 10 == 0 ? doc.replace("\"headline\"", "\"headline\":5,\"x\"") : doc);
    }
    List<ReadResult<Article>> expected = new ArrayList<>();
    for (String doc : documents) {
      expected.add(json.readAndValidate(doc));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<ReadResult<Article>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          start.await();
          List<ReadResult<Article>> results = new ArrayList<>();
          for (int i = 0; i < DOCUMENTS; i++) {
            results.add(json.readAndValidate(documents.get((i + offset * 1250) % DOCUMENTS)));
          }
          return results;
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<ReadResult<Article>> results = futures.get(t).get(5, TimeUnit.MINUTES);
        for (int i = 0; i < DOCUMENTS; i++) {
          assertThat(results.get(i)).as("thread %d document %d", t, i)
              .isEqualTo(expected.get((i + t * 1250) % DOCUMENTS));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
