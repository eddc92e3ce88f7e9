package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import io.github.newsmodel.article.Article;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schema agrees with the reader and writer: everything the writer produces
 * conforms to it, and every document the reader rejects with an error it rejects too.
 */
class NewsJsonSchemaTest {

  private static final int RANDOM_DOCUMENTS = 600;
  private static final NewsJson COMPACT = NewsJson.defaults();
  private static final NewsJson PRETTY = NewsJson.builder().prettyPrint(true).build();
  private static final String MIN = "\"id\":\"a\",\"headline\":\"h\"";

  // ------------------------------------------------------------------ the resource

  @Test
  void theSchemaIsOnTheClassPathAtItsDocumentedPathWithItsId() {
    assertThat(NewsJsonSchema.resourcePath())
        .isEqualTo("io/github/newsmodel/json/schema/newsmodel-article-1.0.schema.json");
    assertThat(NewsJsonSchema.class.getClassLoader().getResource(NewsJsonSchema.resourcePath()))
        .isNotNull();
    JsonNode schema = JsonMapper.builder().build().readTree(NewsJsonSchema.text());
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asString())
        .isEqualTo(NewsJsonSchema.id())
        .isEqualTo("https://newsmodel.github.io/schema/newsmodel-article-1.0.schema.json");
  }

  // ------------------------------------------------------------------ writer output conforms

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"article-ru-seed.json", "article-kk.json", "article-en.json"})
  void everyGoldenFileConforms(String file) {
    assertThat(SchemaValidation.errors(GoldenFilesTest.golden(file))).isEmpty();
  }

  @Test
  void theSeedArticleConformsCompactAndIndented() {
    Article seed = SampleArticles.russianSeed();
    assertThat(SchemaValidation.errors(COMPACT.write(seed))).isEmpty();
    assertThat(SchemaValidation.errors(PRETTY.write(seed))).isEmpty();
  }

  @Test
  void randomArticlesAsWrittenConform() {
    RandomArticles articles = new RandomArticles(20231128L);
    for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
      String written = (i % 2 == 0 ? COMPACT : PRETTY).write(articles.next());
      assertThat(SchemaValidation.errors(written)).as("article %d: %s", i, written).isEmpty();
    }
  }

  // ------------------------------------------------------------------ what both accept

  static Stream<Arguments> acceptedByBoth() {
    return Stream.of(
        Arguments.of("the smallest article", "{" + MIN + "}"),
        Arguments.of(
            "null optional properties",
            "{"
                + MIN
                + ",\"formatVersion\":null,"
                + "\"canonicalUrl\":null,\"language\":null,\"body\":null,\"publisher\":null,"
                + "\"status\":null,\"urgency\":null,\"engagement\":null,\"rights\":null,"
                + "\"firstPublished\":null,\"media\":[{\"kind\":\"image\",\"id\":\"m\","
                + "\"creator\":null,\"focalPoint\":null,\"renditions\":[{\"url\":\"https://e.kz/a\","
                + "\"width\":null,\"sizeBytes\":null}]}]}"),
        Arguments.of(
            "extension properties",
            "{"
                + MIN
                + ",\"x-top\":{\"a\":[1,2.5,null]},"
                + "\"media\":[{\"kind\":\"video\",\"id\":\"m\",\"x-m\":true,\"renditions\":"
                + "[{\"url\":\"https://e.kz/v.mp4\",\"x-cdn\":\"edge\"}]}]}"),
        Arguments.of("another 1.x format version", "{\"formatVersion\":\"1.7\"," + MIN + "}"),
        Arguments.of(
            "date-time shapes",
            "{"
                + MIN
                + ",\"firstPublished\":"
                + "\"2024-03-01T00:00:00.120+05:00\",\"modified\":\"2024-03-01T10:00:00+0500\","
                + "\"created\":\"2024-03-01T00:00:00Z\",\"expires\":\"2024-03-02\","
                + "\"embargoedUntil\":\"2024-03-01T00:00\"}"),
        Arguments.of(
            "a local date-time, read with a warning",
            "{" + MIN + ",\"firstPublished\":\"2023-11-28T19:00:00\"}"),
        Arguments.of(
            "counters up to 2^63-1",
            "{"
                + MIN
                + ",\"engagement\":{\"views\":"
                + "9223372036854775807,\"shares\":0},\"media\":[{\"kind\":\"document\",\"id\":\"d\","
                + "\"renditions\":[{\"url\":\"https://e.kz/d.pdf\",\"sizeBytes\":9223372036854775807,"
                + "\"width\":2147483647,\"bitrate\":9223372036854775807}]}]}"),
        Arguments.of(
            "an internationalized URL",
            "{" + MIN + ",\"canonicalUrl\":\"https://қазақ.kz/жаңалық?бет=1#x\"}"),
        Arguments.of(
            "every block and inline",
            "{"
                + MIN
                + ",\"body\":["
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"a\"},"
                + "{\"type\":\"lineBreak\"},{\"type\":\"link\",\"href\":\"mailto:news@example.kz\","
                + "\"content\":[{\"type\":\"emphasis\",\"content\":[{\"type\":\"strong\"}]}]}]},"
                + "{\"type\":\"heading\",\"level\":6},{\"type\":\"quote\",\"attribution\":\"A\"},"
                + "{\"type\":\"list\",\"ordered\":true,\"items\":"
                + "[[],[{\"type\":\"text\",\"value\":\"b\"}]]},"
                + "{\"type\":\"embed\",\"url\":\"https://www.youtube.com/watch?v=x\"},"
                + "{\"mediaId\":\"m\",\"type\":\"mediaReference\"}]}"),
        Arguments.of(
            "share links: custom platform, viber and e-mail",
            "{"
                + MIN
                + ",\"shareLinks\":[{\"platform\":{\"id\":\"mastodon\",\"displayName\":\"Mastodon\","
                + "\"template\":\"https://mastodon.social/share?text={text}%20{url}\",\"hosts\":"
                + "[\"mastodon.online\"]},\"url\":\"https://mastodon.social/share?text=a%20b\"},"
                + "{\"platform\":\"viber\",\"url\":\"viber://forward?text=a%20https%3A%2F%2Fe.kz\"},"
                + "{\"platform\":\"email\",\"url\":\"mailto:?subject=a&body=https%3A%2F%2Fe.kz\"}]}"),
        Arguments.of(
            "genres with only a code or a uri",
            "{"
                + MIN
                + ",\"genres\":[{\"code\":\"feature\"},"
                + "{\"uri\":\"http://cv.iptc.org/x\",\"name\":null}]}"),
        Arguments.of(
            "language tags",
            "{"
                + MIN
                + ",\"language\":\"kk-Cyrl-KZ\",\"entities\":"
                + "[{\"kind\":\"place\",\"name\":\"Алматы\",\"language\":\"de-CH-1901\","
                + "\"relevance\":0,\"confidence\":100}],\"followLinks\":[{\"service\":\"telegram\","
                + "\"url\":\"https://t.me/x\",\"language\":\"x-private\"}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedByBoth")
  void documentsTheReaderAcceptsConform(String name, String json) {
    assertThat(COMPACT.readAndValidate(json).errors()).as("reader errors").isEmpty();
    assertThat(SchemaValidation.errors(json)).as("schema errors").isEmpty();
  }

  // ------------------------------------------------------------------ what both reject

  static Stream<Arguments> rejectedByBoth() {
    return Stream.of(
        bad("missing id", "required", "{\"headline\":\"h\"}"),
        bad("missing headline", "required", "{\"id\":\"a\"}"),
        bad("null id", "required", "{\"id\":null,\"headline\":\"h\"}"),
        bad("blank headline", "required", "{\"id\":\"a\",\"headline\":\"   \"}"),
        bad("id a number", "type.mismatch", "{\"id\":5,\"headline\":\"h\"}"),
        bad("headline an array", "type.mismatch", "{\"id\":\"a\",\"headline\":[\"h\"]}"),
        bad("document an array", "type.mismatch", "[{" + MIN + "}]"),
        bad("format version 2.0", "format.version", "{\"formatVersion\":\"2.0\"," + MIN + "}"),
        bad("unknown status", "value.unknown", "{" + MIN + ",\"status\":\"published\"}"),
        bad("status in upper case", "value.unknown", "{" + MIN + ",\"status\":\"USABLE\"}"),
        bad("urgency 0", "urgency.range", "{" + MIN + ",\"urgency\":0}"),
        bad("urgency 10", "urgency.range", "{" + MIN + ",\"urgency\":10}"),
        bad("urgency a string", "type.mismatch", "{" + MIN + ",\"urgency\":\"5\"}"),
        bad("urgency a decimal", "type.mismatch", "{" + MIN + ",\"urgency\":1.5}"),
        bad("negative views", "range", "{" + MIN + ",\"engagement\":{\"views\":-1}}"),
        bad(
            "views beyond a long",
            "number.range",
            "{" + MIN + ",\"engagement\":{\"views\":9223372036854775808}}"),
        bad("engagement a number", "type.mismatch", "{" + MIN + ",\"engagement\":5}"),
        bad(
            "engagement date not a date",
            "datetime.syntax",
            "{" + MIN + ",\"engagement\":{\"asOf\":\"yesterday\"}}"),
        bad(
            "javascript: canonical URL",
            "url.scheme",
            "{" + MIN + ",\"canonicalUrl\":\"javascript:alert(1)\"}"),
        bad(
            "protocol-relative URL",
            "url.scheme",
            "{" + MIN + ",\"canonicalUrl\":\"//example.kz/a\"}"),
        bad(
            "URL with user info",
            "url.userinfo",
            "{" + MIN + ",\"canonicalUrl\":\"https://u:p@example.kz/\"}"),
        bad(
            "URL with a space",
            "url.whitespace",
            "{" + MIN + ",\"canonicalUrl\":\"https://example.kz/a b\"}"),
        bad(
            "date in Russian notation",
            "datetime.syntax",
            "{" + MIN + ",\"firstPublished\":\"28.11.2023 19:00\"}"),
        bad(
            "date with a space for T",
            "datetime.syntax",
            "{" + MIN + ",\"modified\":\"2023-11-28 19:00:00+06:00\"}"),
        bad(
            "date in month 13",
            "datetime.syntax",
            "{" + MIN + ",\"created\":\"2023-13-01T00:00:00Z\"}"),
        bad("date a number", "type.mismatch", "{" + MIN + ",\"expires\":20231128}"),
        bad("language with underscore", "language.tag", "{" + MIN + ",\"language\":\"ru_RU\"}"),
        bad("empty language", "language.tag", "{" + MIN + ",\"language\":\"\"}"),
        bad("unknown block type", "value.unknown", "{" + MIN + ",\"body\":[{\"type\":\"video\"}]}"),
        bad("block without type", "required", "{" + MIN + ",\"body\":[{\"content\":[]}]}"),
        bad(
            "heading level 7",
            "range",
            "{" + MIN + ",\"body\":[{\"type\":\"heading\",\"level\":7}]}"),
        bad(
            "heading level 1",
            "range",
            "{" + MIN + ",\"body\":[{\"type\":\"heading\",\"level\":1}]}"),
        bad("heading without level", "required", "{" + MIN + ",\"body\":[{\"type\":\"heading\"}]}"),
        bad(
            "paragraph content a string",
            "type.mismatch",
            "{" + MIN + ",\"body\":[{\"type\":\"paragraph\",\"content\":\"text\"}]}"),
        bad(
            "unknown inline type",
            "value.unknown",
            "{"
                + MIN
                + ",\"body\":[{\"type\":\"paragraph\",\"content\":"
                + "[{\"type\":\"underline\"}]}]}"),
        bad(
            "text inline without value",
            "required",
            "{"
                + MIN
                + ",\"body\":[{\"type\":\"paragraph\","
                + "\"content\":[{\"type\":\"text\"}]}]}"),
        bad(
            "javascript: link",
            "url.scheme",
            "{"
                + MIN
                + ",\"body\":[{\"type\":\"paragraph\",\"content\":"
                + "[{\"type\":\"link\",\"href\":\"javascript:alert(1)\"}]}]}"),
        bad(
            "link without href",
            "required",
            "{" + MIN + ",\"body\":[{\"type\":\"quote\",\"content\":" + "[{\"type\":\"link\"}]}]}"),
        bad(
            "list item not an array",
            "type.mismatch",
            "{" + MIN + ",\"body\":[{\"type\":\"list\",\"items\":[\"a\"]}]}"),
        bad(
            "blank media reference",
            "required",
            "{" + MIN + ",\"body\":[{\"type\":\"mediaReference\",\"mediaId\":\"  \"}]}"),
        bad(
            "ftp embed",
            "url.scheme",
            "{" + MIN + ",\"body\":[{\"type\":\"embed\",\"url\":\"ftp://e.kz/x\"}]}"),
        bad(
            "unknown media kind",
            "value.unknown",
            "{" + MIN + ",\"media\":[{\"kind\":\"photo\",\"id\":\"m\"}]}"),
        bad("media without id", "required", "{" + MIN + ",\"media\":[{\"kind\":\"image\"}]}"),
        bad(
            "vbscript: license URL",
            "url.scheme",
            "{"
                + MIN
                + ",\"media\":[{\"kind\":\"image\",\"id\":\"m\","
                + "\"licenseUrl\":\"vbscript:x\"}]}"),
        bad("rendition width 0", "range", rendition("\"width\":0")),
        bad("rendition height negative", "range", rendition("\"height\":-5")),
        bad("rendition width beyond an int", "number.range", rendition("\"width\":3000000000")),
        bad("rendition size negative", "range", rendition("\"sizeBytes\":-1")),
        bad(
            "rendition media type without subtype",
            "media.type",
            rendition("\"mediaType\":\"jpeg\"")),
        bad(
            "rendition duration not ISO 8601",
            "duration.syntax",
            rendition("\"duration\":\"90s\"")),
        bad("rendition frame rate 0", "range", rendition("\"frameRate\":0")),
        bad("rendition bitrate 0", "range", rendition("\"bitrate\":0")),
        bad(
            "rendition without url",
            "required",
            "{"
                + MIN
                + ",\"media\":[{\"kind\":\"image\",\"id\":\"m\","
                + "\"renditions\":[{\"width\":10}]}]}"),
        bad(
            "focal point outside the image",
            "range",
            "{"
                + MIN
                + ",\"media\":[{\"kind\":\"image\","
                + "\"id\":\"m\",\"focalPoint\":{\"x\":1.5,\"y\":0.5}}]}"),
        bad("entity relevance 101", "range", entity("\"relevance\":101")),
        bad("entity confidence negative", "range", entity("\"confidence\":-1")),
        bad(
            "unknown entity kind",
            "value.unknown",
            "{" + MIN + ",\"entities\":[{\"kind\":\"thing\",\"name\":\"n\"}]}"),
        bad(
            "unknown party kind",
            "value.unknown",
            "{" + MIN + ",\"authors\":[{\"kind\":\"robot\",\"name\":\"R\"}]}"),
        bad(
            "party without name",
            "required",
            "{" + MIN + ",\"publisher\":{\"kind\":\"organization\"}}"),
        bad("null author", "type.mismatch", "{" + MIN + ",\"authors\":[null]}"),
        bad(
            "source role a number",
            "type.mismatch",
            "{" + MIN + ",\"sources\":[{\"name\":\"s\",\"roles\":[5]}]}"),
        bad("empty genre", "required", "{" + MIN + ",\"genres\":[{}]}"),
        bad("blank keyword", "required", "{" + MIN + ",\"keywords\":[\"\"]}"),
        bad("null keyword", "type.mismatch", "{" + MIN + ",\"keywords\":[null]}"),
        bad(
            "unknown share platform",
            "value.unknown",
            "{" + MIN + ",\"shareLinks\":[{\"platform\":\"myspace\",\"url\":\"https://m.com/\"}]}"),
        bad(
            "javascript: share link",
            "share.url",
            "{"
                + MIN
                + ",\"shareLinks\":[{\"platform\":\"telegram\","
                + "\"url\":\"javascript:alert(1)\"}]}"),
        bad(
            "custom platform with a bad id",
            "value.invalid",
            "{"
                + MIN
                + ",\"shareLinks\":[{\"platform\":"
                + "{\"id\":\"Bad Id\",\"displayName\":\"B\",\"template\":\"https://b.kz/?u={url}\"},"
                + "\"url\":\"https://b.kz/?u=x\"}]}"),
        bad(
            "follow link without url",
            "required",
            "{" + MIN + ",\"followLinks\":[{\"service\":\"telegram\"}]}"),
        bad(
            "data: related URL",
            "url.scheme",
            "{" + MIN + ",\"related\":[{\"url\":\"data:text/html,<b>x</b>\"}]}"),
        bad("blank alternate id", "required", "{" + MIN + ",\"alternateIds\":[{\"value\":\" \"}]}"),
        bad(
            "file: rights URL",
            "url.scheme",
            "{" + MIN + ",\"rights\":{\"rightsUrl\":\"file:///etc/passwd\"}}"));
  }

  private static Arguments bad(String name, String code, String json) {
    return Arguments.of(name, code, json);
  }

  private static String rendition(String property) {
    return "{"
        + MIN
        + ",\"media\":[{\"kind\":\"image\",\"id\":\"m\",\"renditions\":[{\"url\":"
        + "\"https://e.kz/a.jpg\","
        + property
        + "}]}]}";
  }

  private static String entity(String property) {
    return "{" + MIN + ",\"entities\":[{\"kind\":\"person\",\"name\":\"n\"," + property + "}]}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedByBoth")
  void documentsTheReaderRejectsDoNotConform(String name, String code, String json) {
    List<JsonProblem> readerErrors = COMPACT.readAndValidate(json).errors();
    List<Error> schemaErrors = SchemaValidation.errors(json);
    assertThat(readerErrors)
        .as("reader errors for %s", json)
        .extracting(JsonProblem::code)
        .contains(code);
    assertThat(schemaErrors).as("schema errors for %s", json).isNotEmpty();
    // both point at the same place: one pointer lies on the path of the other
    assertThat(schemaErrors)
        .as("schema errors %s near reader errors %s", schemaErrors, readerErrors)
        .anySatisfy(
            schemaError ->
                assertThat(readerErrors)
                    .anySatisfy(
                        readerError ->
                            assertThat(
                                    related(
                                        SchemaValidation.pointer(schemaError),
                                        readerError.pointer()))
                                .isTrue()));
  }

  @Test
  void theTableOfRejectedDocumentsIsLarge() {
    assertThat(rejectedByBoth().count()).isGreaterThanOrEqualTo(30);
  }

  private static boolean related(String a, String b) {
    return a.equals(b)
        || a.startsWith(b + "/")
        || b.startsWith(a + "/")
        || a.isEmpty()
        || b.isEmpty();
  }

  // ------------------------------------------------------------------ patterns agree with code

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ru",
        "kk",
        "kk-Cyrl-KZ",
        "en-GB",
        "zh-Hant-TW",
        "sr-Latn-RS",
        "es-419",
        "de-CH-1901",
        "sl-rozaj-biske",
        "en-a-bbb-x-ccc",
        "x-private",
        "i-klingon",
        "en-GB-oed",
        "zh-yue-HK",
        "qaa",
        "RU",
        "ru_RU",
        "",
        "r",
        "russian-language",
        "ru-",
        "-ru",
        "ru--KZ",
        "ru-KZ-",
        "ru KZ",
        "123",
        "en-a",
        "en-x",
        "ru-Cyrl-Latn"
      })
  void theLanguagePatternAgreesWithTheReader(String tag) {
    String json = "{" + MIN + ",\"language\":\"" + tag + "\"}";
    boolean readerRejects =
        COMPACT.readAndValidate(json).errors().stream()
            .anyMatch(p -> p.pointer().equals("/language"));
    assertThat(!SchemaValidation.errors(json).isEmpty())
        .as("schema rejects '%s'", tag)
        .isEqualTo(readerRejects);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2023-11-28T19:00:00+06:00",
        "2024-03-01T00:00:00.120+05:00",
        "2024-01-01T00:00:00+00:00",
        "2024-05-10T08:30:00Z",
        "2024-02-29T23:59:59.999999999-03:30",
        "2024-06-01T12:00:00",
        "2024-06-01T12:00",
        "2024-06-01",
        "2024-06-01T12:00:00+0600",
        "2024-06-01t12:00:00z",
        "2024-06-01T12:00:00+06",
        "28.11.2023",
        "2023-11-28 19:00:00",
        "2023-11-28T25:00:00Z",
        "2023-11-28T19:60:00Z",
        "2023-00-10",
        "2023-11-32",
        "23-11-28",
        "2023-11-28T19",
        "2023-11-28T19:00:00+06:00[Asia/Almaty]",
        "2023-11-28T19:00:00.1234567891Z",
        "2023-11-28+06:00",
        "",
        "now",
        "2023-11-28T19:00:00 +06:00"
      })
  void theDateTimePatternAgreesWithTheReader(String text) {
    String json = "{" + MIN + ",\"firstPublished\":\"" + text + "\"}";
    boolean readerRejects =
        COMPACT.readAndValidate(json).errors().stream()
            .anyMatch(p -> p.code().equals("datetime.syntax"));
    assertThat(!SchemaValidation.errors(json).isEmpty())
        .as("schema rejects '%s'", text)
        .isEqualTo(readerRejects);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://example.kz/news",
        "HTTP://EXAMPLE.KZ",
        "https://қазақ.kz/жаңалық",
        "https://example.kz:8443/a?b=c#d",
        "http://127.0.0.1/",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " https://example.kz",
        "https://example.kz/a\\u00a0b",
        "https://example.kz/\\u200b",
        "java\\tscript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "ftp://example.kz",
        "//example.kz",
        "/relative",
        "example.kz",
        "https://user@example.kz",
        "https://good.com@evil.com",
        "https:\\\\\\\\example.kz",
        "https://",
        "https:///path",
        "mailto:a@b.kz",
        ""
      })
  void theUrlPatternAgreesWithTheReader(String url) {
    String json = "{" + MIN + ",\"canonicalUrl\":\"" + url + "\"}";
    boolean readerRejects =
        COMPACT.readAndValidate(json).errors().stream().anyMatch(p -> p.code().startsWith("url."));
    assertThat(!SchemaValidation.errors(json).isEmpty())
        .as("schema rejects '%s'", url)
        .isEqualTo(readerRejects);
  }
}
