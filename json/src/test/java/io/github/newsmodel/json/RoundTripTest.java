package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round trips: {@code read(write(a)).equals(a)} for thousands of seeded random articles, and {@code
 * write(read(doc))} equals {@code doc} as JSON, extension properties included. The seed is printed
 * in failure messages; set {@code -Dnewsmodel.seed=…} to replay one.
 */
class RoundTripTest {

  private static final int ARTICLES = 2_000;
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void readingWhatWasWrittenGivesTheSameArticleForRandomArticles() {
    long seed = Long.getLong("newsmodel.seed", System.nanoTime());
    RandomArticles articles = new RandomArticles(seed);
    NewsJson json = NewsJson.defaults();
    NewsJson pretty = NewsJson.builder().prettyPrint(true).build();
    for (int i = 0; i < ARTICLES; i++) {
      Article article = articles.next();
      String written = (i % 2 == 0 ? json : pretty).write(article);
      ReadResult<Article> read = json.readAndValidate(written);
      assertThat(read.value()).as("seed %d, article %d: %s", seed, i, written).contains(article);
      assertThat(read.problems())
          .as("seed %d, article %d", seed, i)
          .noneMatch(p -> p.code().equals("type.mismatch") || p.code().equals("required"));
      assertThat(json.write(read.value().orElseThrow()))
          .as("seed %d, article %d", seed, i)
          .isEqualTo(json.write(article));
    }
  }

  @Test
  void writingWhatWasReadGivesTheSameJsonIncludingExtensions() {
    String doc =
        "{\"formatVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"Тақырып\","
            + "\"media\":[{\"kind\":\"image\",\"id\":\"m\",\"renditions\":[{\"url\":"
            + "\"https://e.kz/a.jpg\",\"sizeBytes\":9000000000,\"x-cdn\":{\"edge\":[1,2.50,null]}}],"
            + "\"x-m\":true}],\"x-top\":\"value\",\"x/slash~tilde\":[]}";
    Article article = NewsJson.defaults().readArticle(doc);
    JsonNode original = PLAIN.readTree(doc);
    JsonNode rewritten = PLAIN.readTree(NewsJson.defaults().write(article));
    assertThat(rewritten).isEqualTo(original);
  }
}
