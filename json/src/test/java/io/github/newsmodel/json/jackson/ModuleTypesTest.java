package io.github.newsmodel.json.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.time.NewsDateTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Every model type the module registers is written and read as it appears in an article. */
class ModuleTypesTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new NewsModelModule()).build();
  private static final Article SEED = golden("article-ru-seed.json");
  private static final Article KAZAKH = golden("article-kk.json");

  private static Article golden(String name) {
    try (InputStream in = ModuleTypesTest.class.getResourceAsStream("/golden/" + name)) {
      return NewsJson.defaults().readArticle(Objects.requireNonNull(in, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void writesAsInTheArticleAndReadsBack(
      JsonMapper mapper, Article article, Class<T> type, T value) {
    String json = mapper.writeValueAsString(value);
    assertThat(NewsJson.defaults().write(article)).contains(json);
    assertThat(mapper.readValue(json, type)).isEqualTo(value);
  }

  @Test
  void everyRegisteredTypeRoundTripsInTheNativeFormat() {
    // a mapper of its own, built with a new module, so that nothing cached elsewhere answers
    JsonMapper mapper = JsonMapper.builder().addModule(new NewsModelModule()).build();
    writesAsInTheArticleAndReadsBack(mapper, SEED, Article.class, SEED);
    Media media = SEED.media().get(0);
    writesAsInTheArticleAndReadsBack(mapper, SEED, Media.class, media);
    writesAsInTheArticleAndReadsBack(mapper, SEED, Rendition.class, media.renditions().get(0));
    writesAsInTheArticleAndReadsBack(mapper, SEED, ShareLink.class, SEED.shareLinks().get(0));
    writesAsInTheArticleAndReadsBack(mapper, SEED, FollowLink.class, SEED.followLinks().get(0));
    writesAsInTheArticleAndReadsBack(mapper, SEED, Source.class, SEED.sources().get(0));
    writesAsInTheArticleAndReadsBack(mapper, SEED, Entity.class, SEED.entities().get(0));
    writesAsInTheArticleAndReadsBack(mapper, SEED, Block.class, SEED.body().get(0));
    Inline inline = ((Paragraph) SEED.body().get(0)).content().get(0);
    writesAsInTheArticleAndReadsBack(mapper, SEED, Inline.class, inline);
    writesAsInTheArticleAndReadsBack(mapper, KAZAKH, Party.class, KAZAKH.authors().get(0));
    FollowLink bare = FollowLink.of("telegram", "https://t.me/example_kz");
    assertThat(mapper.writeValueAsString(bare))
        .isEqualTo("{\"service\":\"telegram\",\"url\":\"https://t.me/example_kz\"}");
    assertThat(
            mapper.readValue(
                "{\"service\":\"telegram\",\"url\":\"https://t.me/example_kz\"}", FollowLink.class))
        .isEqualTo(bare);
    assertThat(mapper.writeValueAsString(SEED.firstPublished()))
        .isEqualTo("\"" + SEED.firstPublished().text() + "\"");
    assertThat(mapper.readValue("\"" + SEED.firstPublished().text() + "\"", NewsDateTime.class))
        .isEqualTo(SEED.firstPublished());
    JsonValue value =
        JsonValue.object(java.util.Map.of("a", JsonValue.array(java.util.List.of(JsonValue.NULL))));
    assertThat(mapper.writeValueAsString(value)).isEqualTo("{\"a\":[null]}");
    assertThat(mapper.readValue("{\"a\":[null]}", JsonValue.class)).isEqualTo(value);
  }

  @Test
  void dateTimesMustBeIsoStrings() {
    assertThatThrownBy(() -> MAPPER.readValue("5", NewsDateTime.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("expected an ISO 8601 date-time string, found VALUE_NUMBER_INT");
    assertThatThrownBy(() -> MAPPER.readValue("\"yesterday\"", NewsDateTime.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("yesterday");
  }

  @Test
  void aJsonNullIsTheNullJsonValue() {
    assertThat(MAPPER.readValue("null", JsonValue.class)).isEqualTo(JsonValue.NULL);
    assertThat(MAPPER.readValue("[null]", JsonValue.class))
        .isEqualTo(JsonValue.array(java.util.List.of(JsonValue.NULL)));
  }

  @Test
  void mismatchMessagesNameTheTypeAndEveryError() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"url\":5,\"width\":\"x\"}", Rendition.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("cannot read Rendition: ")
        .hasMessageContaining("/url")
        .hasMessageContaining("; ERROR /width");
  }
}
