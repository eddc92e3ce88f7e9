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

/**
 * One shared NewsJson used from 8 threads gives the same results as one thread.
 *
 * <p>Each of the 8 threads reads all 10,000 documents (small random articles, every tenth with a
 * type error), starting at a different offset, and compares every result with the single-threaded
 * one as soon as it has it; only mismatches are kept, so the test holds 10,000 results in memory
 * rather than 90,000.
 */
class ConcurrencyTest {

  private static final int DOCUMENTS = 10_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsSharingOneInstanceGiveTheSingleThreadedResults() throws Exception {
    NewsJson json = NewsJson.defaults();
    RandomArticles random = RandomArticles.small(20231128L);
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
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> mismatches = new ArrayList<>();
                  for (int i = 0; i < DOCUMENTS; i++) {
                    int index = (i + thread * (DOCUMENTS / THREADS)) % DOCUMENTS;
                    ReadResult<Article> result = json.readAndValidate(documents.get(index));
                    if (!result.equals(expected.get(index))) {
                      mismatches.add(
                          "thread "
                              + thread
                              + " document "
                              + index
                              + ": "
                              + result
                              + "\n  expected "
                              + expected.get(index));
                    }
                  }
                  return mismatches;
                }));
      }
      start.countDown();
      int checked = 0;
      for (Future<List<String>> future : futures) {
        assertThat(future.get(5, TimeUnit.MINUTES)).isEmpty();
        checked++;
      }
      assertThat(checked).isEqualTo(THREADS);
    } finally {
      pool.shutdownNow();
    }
  }
}
