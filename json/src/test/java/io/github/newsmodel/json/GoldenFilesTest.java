package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's output is fixed byte for byte by golden files, and reading a golden file gives back
 * the model. Regenerate with {@code -Dnewsmodel.golden.update=json/src/test/resources/golden}.
 */
class GoldenFilesTest {

  private static final NewsJson PRETTY = NewsJson.builder().prettyPrint(true).build();

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("article-ru-seed.json", (Supplier<Article>) SampleArticles::russianSeed),
        Arguments.of("article-kk.json", (Supplier<Article>) SampleArticles::kazakh),
        Arguments.of("article-en.json", (Supplier<Article>) SampleArticles::english));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writingGivesTheGoldenFileByteForByte(String file, Supplier<Article> article)
      throws IOException {
    byte[] written = PRETTY.writeBytes(article.get());
    String update = System.getProperty("newsmodel.golden.update");
    if (update != null) {
      Files.write(Path.of(update, file), written);
    }
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(golden(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void readingTheGoldenFileGivesTheModel(String file, Supplier<Article> article) {
    ReadResult<Article> result = NewsJson.defaults().readAndValidate(golden(file));
    assertThat(result.problems()).isEmpty();
    assertThat(result.value()).contains(article.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void compactAndIndentedOutputReadBackTheSame(String file, Supplier<Article> article) {
    String compact = NewsJson.defaults().write(article.get());
    assertThat(compact).doesNotContain("\n");
    assertThat(NewsJson.defaults().readArticle(compact)).isEqualTo(article.get());
  }

  static String golden(String file) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file %s on the test class path", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read golden file " + file, e);
    }
  }
}
