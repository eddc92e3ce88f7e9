package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.validation.NewsValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every overload of the NewsJson facade reads and writes the same document. */
class NewsJsonFacadeTest {

  private static final String DOC = "{\"id\":\"a\",\"headline\":\"Заголовок\"}";
  private static final String BAD_URL =
      "{\"id\":\"a\",\"headline\":\"h\",\"canonicalUrl\":\"javascript:alert(1)\"}";
  private static final String MISSING = "{\"id\":\"a\"}";
  private static final NewsJson JSON = NewsJson.defaults();

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readAndValidateGivesTheSameResultForEveryInputKind(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("a.json"), bytes(BAD_URL));
    ReadResult<Article> expected = JSON.readAndValidate(BAD_URL);
    assertThat(expected.errors()).extracting(JsonProblem::code).containsExactly("url.scheme");
    assertThat(JSON.readAndValidate(bytes(BAD_URL))).isEqualTo(expected);
    assertThat(JSON.readAndValidate(new ByteArrayInputStream(bytes(BAD_URL)))).isEqualTo(expected);
    assertThat(JSON.readAndValidate(new StringReader(BAD_URL))).isEqualTo(expected);
    assertThat(JSON.readAndValidate(file)).isEqualTo(expected);
  }

  @Test
  void readChecksStructureOnlyForEveryInputKind(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("a.json"), bytes(BAD_URL));
    ReadResult<Article> expected = JSON.read(BAD_URL);
    assertThat(expected.isValid()).isTrue();
    assertThat(expected.value()).get().extracting(Article::headline).isEqualTo("h");
    assertThat(JSON.read(bytes(BAD_URL))).isEqualTo(expected);
    assertThat(JSON.read(new ByteArrayInputStream(bytes(BAD_URL)))).isEqualTo(expected);
    assertThat(JSON.read(new StringReader(BAD_URL))).isEqualTo(expected);
    assertThat(JSON.read(file)).isEqualTo(expected);
    assertThat(JSON.read(MISSING).errors()).extracting(JsonProblem::pointer).contains("/headline");
  }

  @Test
  void readArticleReturnsTheArticleForEveryInputKind(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("a.json"), bytes(DOC));
    Article expected = JSON.readArticle(DOC);
    assertThat(expected.headline()).isEqualTo("Заголовок");
    assertThat(JSON.readArticle(bytes(DOC))).isEqualTo(expected);
    assertThat(JSON.readArticle(new ByteArrayInputStream(bytes(DOC)))).isEqualTo(expected);
    assertThat(JSON.readArticle(new StringReader(DOC))).isEqualTo(expected);
    assertThat(JSON.readArticle(file)).isEqualTo(expected);
  }

  @Test
  void readArticleThrowsForEveryInputKindWhenInvalid(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("a.json"), bytes(BAD_URL));
    assertThatThrownBy(() -> JSON.readArticle(BAD_URL))
        .isInstanceOf(NewsJsonValidationException.class);
    assertThatThrownBy(() -> JSON.readArticle(bytes(BAD_URL)))
        .isInstanceOf(NewsJsonValidationException.class);
    assertThatThrownBy(() -> JSON.readArticle(new ByteArrayInputStream(bytes(BAD_URL))))
        .isInstanceOf(NewsJsonValidationException.class);
    assertThatThrownBy(() -> JSON.readArticle(new StringReader(BAD_URL)))
        .isInstanceOf(NewsJsonValidationException.class);
    assertThatThrownBy(() -> JSON.readArticle(file))
        .isInstanceOf(NewsJsonValidationException.class);
  }

  @Test
  void everyWriteOverloadWritesTheSameDocument(@TempDir Path dir) throws Exception {
    Article article = JSON.readArticle(DOC);
    String text = JSON.write(article);
    assertThat(JSON.readArticle(text)).isEqualTo(article);
    assertThat(new String(JSON.writeBytes(article), StandardCharsets.UTF_8)).isEqualTo(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(article, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    StringWriter writer = new StringWriter();
    JSON.write(article, writer);
    assertThat(writer).hasToString(text);
    Path file = dir.resolve("out.json");
    JSON.write(article, file);
    assertThat(Files.readString(file)).isEqualTo(text);
  }

  @Test
  void readsAndWritesAMediaItemOnItsOwn() {
    String media =
        "{\"kind\":\"image\",\"id\":\"m\",\"renditions\":[{\"url\":\"https://e.kz/a.jpg\","
            + "\"width\":10,\"height\":5}]}";
    ReadResult<Media> result = JSON.readMedia(media);
    assertThat(result.isValid()).isTrue();
    Media value = result.value().orElseThrow();
    assertThat(value.id()).isEqualTo("m");
    assertThat(JSON.readMedia(bytes(media))).isEqualTo(result);
    assertThat(JSON.readMedia(JSON.write(value))).isEqualTo(result);
    assertThat(
            JSON.readMedia(
                    "{\"kind\":\"image\",\"id\":\"m\",\"renditions\":[{\"url\":\"https://e.kz/a.jpg\","
                        + "\"width\":0}]}")
                .errors())
        .extracting(JsonProblem::pointer)
        .containsExactly("/renditions/0/width");
  }

  @Test
  void readsAndWritesAShareLinkOnItsOwn() {
    String link = "{\"platform\":\"telegram\",\"url\":\"https://t.me/share/url?url=x\"}";
    ReadResult<ShareLink> result = JSON.readShareLink(link);
    assertThat(result.isValid()).isTrue();
    ShareLink value = result.value().orElseThrow();
    assertThat(value.url()).isEqualTo("https://t.me/share/url?url=x");
    assertThat(JSON.readShareLink(bytes(link))).isEqualTo(result);
    assertThat(JSON.write(value)).isEqualTo(link);
    assertThat(JSON.readShareLink("{\"platform\":\"telegram\"}").errors())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/url", "required"));
  }

  @Test
  void toBuilderKeepsEverySetting() {
    NewsValidator validator = NewsValidator.shared();
    JsonLimits limits = JsonLimits.builder().maxDepth(7).build();
    NewsJson custom =
        NewsJson.builder()
            .mode(ReadMode.STRICT)
            .limits(limits)
            .prettyPrint(true)
            .validator(validator)
            .locale(Locale.forLanguageTag("ru"))
            .build();
    NewsJson copy = custom.toBuilder().build();
    assertThat(copy.mode()).isEqualTo(ReadMode.STRICT);
    assertThat(copy.limits()).isEqualTo(limits);
    assertThat(copy.prettyPrint()).isTrue();
    assertThat(copy.validator()).isSameAs(validator);
    assertThat(copy.locale()).isEqualTo(Locale.forLanguageTag("ru"));
    assertThat(copy.write(copy.readArticle(DOC))).contains("\n  ");
    assertThat(copy)
        .hasToString("NewsJson{mode=STRICT, prettyPrint=true, locale=ru, " + limits + "}");
  }

  @Test
  void defaultsAreLenientCompactAndEnglish() {
    assertThat(JSON.mode()).isEqualTo(ReadMode.LENIENT);
    assertThat(JSON.prettyPrint()).isFalse();
    assertThat(JSON.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(JSON.limits()).isEqualTo(JsonLimits.defaults());
    assertThat(JSON.validator()).isNotNull();
    assertThat(JSON.write(JSON.readArticle(DOC))).doesNotContain("\n");
  }

  @Test
  void localeChoosesTheLanguageOfValidationMessages() {
    NewsJson russian = NewsJson.builder().locale(Locale.forLanguageTag("ru")).build();
    String english = JSON.readAndValidate(BAD_URL).errors().get(0).message();
    String translated = russian.readAndValidate(BAD_URL).errors().get(0).message();
    assertThat(translated).isNotEqualTo(english);
  }
}
