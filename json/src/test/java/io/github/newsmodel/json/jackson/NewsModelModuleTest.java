package io.github.newsmodel.json.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.time.NewsDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** A plain JsonMapper that finds the module reads and writes the native format. */
class NewsModelModuleTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  @Test
  void findAndAddModulesRegistersTheModule() {
    assertThat(MAPPER.registeredModules())
        .extracting(m -> m.getModuleName())
        .contains("newsmodel-json");
  }

  @Test
  void anArticleWrittenByTheMapperIsTheFacadesOutput() {
    Article article =
        Article.builder("a-1", "Заголовок")
            .language("ru")
            .firstPublished(NewsDateTime.parse("2024-03-01T00:00:00.120+05:00"))
            .build();
    String json = MAPPER.writeValueAsString(article);
    assertThat(json).isEqualTo(NewsJson.defaults().write(article));
    assertThat(MAPPER.readValue(json, Article.class)).isEqualTo(article);
  }

  @Test
  void smallerTypesRoundTripOnTheirOwn() {
    Rendition rendition =
        Rendition.builder("https://e.kz/a.jpg").width(10).sizeBytes(5_000_000_000L).build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(rendition), Rendition.class))
        .isEqualTo(rendition);
    NewsDateTime time = NewsDateTime.parse("2023-11-28T19:00:00+06:00");
    assertThat(MAPPER.writeValueAsString(time)).isEqualTo("\"2023-11-28T19:00:00+06:00\"");
    assertThat(MAPPER.readValue("\"2023-11-28T19:00:00+06:00\"", NewsDateTime.class))
        .isEqualTo(time);
    assertThat(MAPPER.readValue("{\"a\":[1,null,\"x\"]}", JsonValue.class).toString())
        .contains("a");
  }

  @Test
  void structuralErrorsAreMismatchedInputWithPointers() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"a\",\"headline\":5}", Article.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("/headline")
        .hasMessageContaining("type.mismatch");
  }

  @Test
  void aTreeWithAWrongTypeIsMismatchedInputToo() {
    var tree = MAPPER.readTree("{\"id\":\"a\",\"headline\":\"h\",\"urgency\":\"x\"}");

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Article.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("/urgency")
        .hasMessageContaining("type.mismatch");
  }

  @Test
  void aValidTreeReadsAsTheArticle() {
    Article article = Article.builder("a", "h").urgency(3).build();

    assertThat(MAPPER.treeToValue(MAPPER.valueToTree(article), Article.class)).isEqualTo(article);
  }

  @Test
  void theModuleReportsItsVersion() {
    assertThat(new NewsModelModule().version()).isEqualTo(PackageVersion.VERSION);
  }
}
