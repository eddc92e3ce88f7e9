package io.github.newsmodel.json.ninjs;

import static io.github.newsmodel.json.ninjs.StreamComparison.writesAsTheTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.RandomArticles;
import io.github.newsmodel.json.SampleArticles;
import io.github.newsmodel.json.schemaorg.SchemaOrg;
import io.github.newsmodel.media.Media;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming ninjs writer gives the same text and the same {@code dropped()} list as the tree
 * path for every article, compact and indented: thousands of random articles, with and without
 * ninjs extensions, the articles of every ninjs conformance file and of the fuzz corpus, edited
 * ones, and the written articles read back.
 */
class NinjsStreamDifferentialTest {

  private static final int RANDOM_ARTICLES = 1500;

  @Test
  void randomArticlesAreWrittenAsTheTreePathWritesThem() {
    int streamed = 0;
    for (long seed = 0; seed < RANDOM_ARTICLES; seed++) {
      Article article = new RandomArticles(seed).next();
      String label = "random article, seed " + seed;
      streamed += writesAsTheTree(article, label) ? 1 : 0;
      streamed += writesAsTheTree(streamable(article), label + ", streamable") ? 1 : 0;
      streamed += writesAsTheTree(RandomArticles.small(seed).next(), label + ", small") ? 1 : 0;
    }
    System.out.println(
        "streaming ninjs writer: " + streamed + "/" + 3 * RANDOM_ARTICLES + " random articles");
    assertThat(streamed).isGreaterThan(RANDOM_ARTICLES);
  }

  @Test
  void randomArticlesWithNinjsExtensionsAreWrittenAsTheTreePathWritesThem() {
    int streamed = 0;
    for (long seed = 0; seed < RANDOM_ARTICLES; seed++) {
      Random random = new Random(seed);
      Article article = streamable(new RandomArticles(seed).next());
      Article decorated = new RandomNinjsExtensions(random).decorate(article);
      streamed += writesAsTheTree(decorated, "decorated random article, seed " + seed) ? 1 : 0;
    }
    System.out.println(
        "streaming ninjs writer: " + streamed + "/" + RANDOM_ARTICLES + " with ninjs extensions");
    assertThat(streamed).isGreaterThan(RANDOM_ARTICLES / 5);
  }

  @Test
  void randomArticlesWithValuesTheSchemaMayRejectAreWrittenAsTheTreePathWritesThem() {
    int streamed = 0;
    for (long seed = 0; seed < RANDOM_ARTICLES; seed++) {
      Random random = new Random(seed);
      Article article = odd(streamable(new RandomArticles(seed).next()), random);
      streamed += writesAsTheTree(article, "random article with odd values, seed " + seed) ? 1 : 0;
    }
    System.out.println(
        "streaming ninjs writer: " + streamed + "/" + RANDOM_ARTICLES + " with odd values");
    assertThat(streamed).isBetween(RANDOM_ARTICLES / 10, RANDOM_ARTICLES * 9 / 10);
  }

  @Test
  void randomArticlesWrittenAndReadBackAreWrittenAsTheTreePathWritesThem() {
    int streamed = 0;
    for (long seed = 0; seed < RANDOM_ARTICLES / 3; seed++) {
      Article article = new RandomArticles(seed).next();
      String json = Ninjs.defaults().write(article, NinjsVersion.V3_1).json();
      Article back = Ninjs.defaults().read(json).value().orElseThrow();
      streamed += writesAsTheTree(back, "random article read back, seed " + seed) ? 1 : 0;
      Article edited = back.toBuilder().headline("Edited").summary(null).build();
      streamed += writesAsTheTree(edited, "edited random article, seed " + seed) ? 1 : 0;
    }
    assertThat(streamed).isGreaterThan(RANDOM_ARTICLES / 3);
  }

  @Test
  void sampleArticlesAreWrittenAsTheTreePathWritesThem() {
    List<Article> samples =
        List.of(
            Samples.russian(),
            Samples.rich(),
            Samples.withExtras(),
            Samples.withEventDetails(),
            SampleArticles.russianSeed(),
            SampleArticles.kazakh(),
            SampleArticles.english(),
            Article.builder("minimal", "Minimal").build(),
            Article.builder("", "").build());
    for (Article sample : samples) {
      writesAsTheTree(sample, "sample " + sample.id());
      String nativeJson = NewsJson.defaults().write(sample);
      NewsJson.defaults()
          .readAndValidate(nativeJson)
          .value()
          .ifPresent(read -> writesAsTheTree(read, "native " + sample.id()));
      String jsonLd = SchemaOrg.defaults().writeJsonLd(sample);
      SchemaOrg.defaults()
          .read(jsonLd)
          .value()
          .ifPresent(read -> writesAsTheTree(read, "schema.org " + sample.id()));
    }
  }

  @Test
  void conformanceArticlesAreWrittenAsTheTreePathWritesThem() {
    int articles = 0;
    int streamed = 0;
    for (Conformance.Case c : Conformance.cases()) {
      byte[] bytes = Conformance.bytes(c);
      List<Article> read = new ArrayList<>();
      Ninjs.defaults().read(bytes, c.version()).value().ifPresent(read::add);
      Ninjs.defaults().read(bytes).value().ifPresent(read::add);
      for (Article article : List.copyOf(read)) {
        read.add(edited(article));
      }
      for (int i = 0; i < read.size(); i++) {
        articles++;
        streamed += writesAsTheTree(read.get(i), c + " #" + i) ? 1 : 0;
      }
    }
    System.out.println("streaming ninjs writer: " + streamed + "/" + articles + " conformance");
    assertThat(articles).isGreaterThan(300);
    assertThat(streamed).isGreaterThan(articles * 3 / 4);
  }

  @Test
  void fuzzCorpusArticlesAreWrittenAsTheTreePathWritesThem() throws IOException {
    Path corpus =
        Path.of("src/test/resources/io/github/newsmodel/json/ninjs/NinjsReaderFuzzTestInputs/read");
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (NinjsVersion version : NinjsVersion.values()) {
        Ninjs.defaults()
            .read(bytes, version)
            .value()
            .ifPresent(read -> writesAsTheTree(read, file.getFileName() + " as " + version));
      }
    }
  }

  /** The article with what the schema rejects taken out, so that more of it is streamed. */
  static Article streamable(Article article) {
    List<Entity> entities = new ArrayList<>();
    for (Entity entity : article.entities()) {
      entities.add(
          entity.kind() == EntityKind.SUBJECT
              ? entity
              : entity.toBuilder().creator(null).relevance(null).confidence(null).build());
    }
    List<Media> media = new ArrayList<>();
    for (Media item : article.media()) {
      media.add(
          item.uri() == null ? item.toBuilder().uri("https://e.kz/" + item.id()).build() : item);
    }
    return article.toBuilder().entities(entities).media(media).build();
  }

  private static final String[] TYPES = {"text", "picture", "planning", "article", "TEXT", ""};
  private static final String[] MEDIA_TYPES = {
    "image/jpeg", "", "image", "video/mp4; codecs=\"avc1\"", "ИЗОБРАЖЕНИЕ/jpeg", "x/y"
  };
  private static final double[] RATES = {
    25, 29.97, 0, -1, 1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE
  };

  /**
   * The article with some values the schema may reject: types outside its enum, urgency, relevance
   * and confidence around their bounds, odd media types, frame rates, durations and sizes.
   */
  private static Article odd(Article article, Random random) {
    Article.Builder b = article.toBuilder();
    if (random.nextInt(3) == 0) {
      b.type(TYPES[random.nextInt(TYPES.length)]);
    }
    if (random.nextInt(3) == 0) {
      b.urgency(random.nextInt(14) - 2);
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity entity : article.entities()) {
      entities.add(
          entity.kind() == EntityKind.SUBJECT && random.nextBoolean()
              ? entity.toBuilder()
                  .relevance(random.nextInt(110) - 5)
                  .confidence(random.nextBoolean() ? null : random.nextInt(110) - 5)
                  .build()
              : entity);
    }
    List<Media> media = new ArrayList<>();
    for (Media item : article.media()) {
      List<io.github.newsmodel.media.Rendition> renditions = new ArrayList<>();
      for (io.github.newsmodel.media.Rendition r : item.renditions()) {
        renditions.add(
            r.toBuilder()
                .mediaType(MEDIA_TYPES[random.nextInt(MEDIA_TYPES.length)])
                .frameRate(random.nextBoolean() ? RATES[random.nextInt(RATES.length)] : null)
                .duration(
                    random.nextBoolean()
                        ? java.time.Duration.ofNanos(random.nextLong() / (1 + random.nextInt(1000)))
                        : null)
                .sizeBytes(random.nextBoolean() ? random.nextLong() : null)
                .width(random.nextBoolean() ? random.nextInt() : null)
                .build());
      }
      media.add(item.toBuilder().renditions(renditions).build());
    }
    return b.entities(entities).media(media).build();
  }

  /** The article as an application may change it after a read. */
  private static Article edited(Article article) {
    return article.toBuilder()
        .headline(article.headline() + " (updated)")
        .summary(article.summary() == null ? "A summary" : null)
        .body(List.of(io.github.newsmodel.body.Paragraph.of("Новый текст")))
        .build();
  }
}
