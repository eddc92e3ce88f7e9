package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.newsmodel.article.Article;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile and broken documents: each gives the expected problem code at the expected
 * pointer, and reading never throws (no NullPointerException, ClassCastException,
 * StackOverflowError or OutOfMemoryError).
 */
class HostileInputTest {

  private static final String MIN = "\"id\":\"a\",\"headline\":\"h\"";

  /** One hostile document and what reading it must report. */
  record Case(String name, Supplier<InputStream> document, String code, String pointer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case text(String name, String json, String code, String pointer) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return new Case(name, () -> new ByteArrayInputStream(bytes), code, pointer);
  }

  static Case bytes(String name, byte[] json, String code, String pointer) {
    return new Case(name, () -> new ByteArrayInputStream(json), code, pointer);
  }

  static Case generated(
      String name,
      String prefix,
      String fill,
      long count,
      String suffix,
      String code,
      String pointer) {
    return new Case(
        name, () -> new GeneratedInputStream(prefix, fill, count, suffix), code, pointer);
  }

  // field kinds: S string, L array, I integer, O object, D number, B boolean, T date-time, E code
  private static final Map<String, Character> ARTICLE =
      kinds(
          "formatVersion S id S alternateIds L canonicalUrl S language S type S genres L section S "
              + "headline S subheadline S summary S slugline S byline S dateline S body L authors L "
              + "publisher O sources L entities L keywords L firstPublished T modified T created T "
              + "embargoedUntil T expires T status E urgency I version S engagement O rights O "
              + "editorialNote S media L shareLinks L followLinks L related L");
  private static final Map<String, Character> MEDIA =
      kinds(
          "kind E id S uri S title S caption S altText S creditLine S creator O copyrightNotice S "
              + "licenseUrl S usageTerms S language S renditions L focalPoint O");
  private static final Map<String, Character> RENDITION =
      kinds(
          "url S name S mediaType S width I height I sizeBytes I duration S purpose S videoCodec S "
              + "frameRate D bitrate I");
  private static final Map<String, Character> ENTITY =
      kinds("kind E name S uri S code S rel S relevance I confidence I creator S language S");
  private static final Map<String, Character> PARTY =
      kinds("kind E name S role S url S uri S jobTitle S logoUrl S");
  private static final Map<String, Character> ENGAGEMENT =
      kinds("views I shares I comments I reactions I asOf T");

  private static Map<String, Character> kinds(String spec) {
    Map<String, Character> kinds = new LinkedHashMap<>();
    String[] parts = spec.trim().split("\\s+");
    for (int i = 0; i < parts.length; i += 2) {
      kinds.put(parts[i], parts[i + 1].charAt(0));
    }
    return kinds;
  }

  private static String wrongValue(char kind) {
    return switch (kind) {
      case 'S', 'T', 'E' -> "5";
      case 'L', 'O' -> "\"x\"";
      case 'I', 'D', 'B' -> "\"7\"";
      default -> throw new IllegalArgumentException("kind " + kind);
    };
  }

  private static void wrongTypes(
      List<Case> cases,
      String where,
      Map<String, Character> fields,
      String prefix,
      String required,
      String suffix,
      String pointer) {
    for (Map.Entry<String, Character> field : fields.entrySet()) {
      String name = field.getKey();
      String others = required.isEmpty() ? "" : required + ",";
      String skip = "\"" + name + "\":";
      if (required.contains(skip)) {
        others = removeField(required, name);
        others = others.isEmpty() ? "" : others + ",";
      }
      cases.add(
          text(
              "wrong type " + where + "." + name,
              prefix + others + skip + wrongValue(field.getValue()) + suffix,
              "type.mismatch",
              pointer + "/" + name));
    }
  }

  private static String removeField(String members, String name) {
    List<String> kept = new ArrayList<>();
    for (String member : members.split(",")) {
      if (!member.startsWith("\"" + name + "\":")) {
        kept.add(member);
      }
    }
    return String.join(",", kept);
  }

  static Stream<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    wrongTypes(cases, "article", ARTICLE, "{", MIN, "}", "");
    wrongTypes(
        cases,
        "media",
        MEDIA,
        "{" + MIN + ",\"media\":[{",
        "\"kind\":\"image\",\"id\":\"m\"",
        "}]}",
        "/media/0");
    wrongTypes(
        cases,
        "rendition",
        RENDITION,
        "{" + MIN + ",\"media\":[{\"kind\":\"image\",\"id\":\"m\",\"renditions\":[{",
        "\"url\":\"https://e.kz/a.jpg\"",
        "}]}]}",
        "/media/0/renditions/0");
    wrongTypes(
        cases,
        "entity",
        ENTITY,
        "{" + MIN + ",\"entities\":[{",
        "\"kind\":\"person\",\"name\":\"N\"",
        "}]}",
        "/entities/0");
    wrongTypes(
        cases,
        "author",
        PARTY,
        "{" + MIN + ",\"authors\":[{",
        "\"kind\":\"person\",\"name\":\"N\"",
        "}]}",
        "/authors/0");
    wrongTypes(
        cases, "engagement", ENGAGEMENT, "{" + MIN + ",\"engagement\":{", "", "}}", "/engagement");

    // not JSON at all, or not one object
    cases.add(text("empty input", "", "json.syntax", ""));
    cases.add(text("whitespace only", "  \n\t ", "json.syntax", ""));
    cases.add(text("top-level null", "null", "type.mismatch", ""));
    cases.add(text("top-level array", "[{" + MIN + "}]", "type.mismatch", ""));
    cases.add(text("top-level number", "42", "type.mismatch", ""));
    cases.add(text("top-level string", "\"article\"", "type.mismatch", ""));
    cases.add(text("top-level true", "true", "type.mismatch", ""));
    cases.add(
        text("truncated object", "{\"id\":\"a\",\"headline\":\"h", "json.syntax", "/headline"));
    cases.add(text("truncated after comma", "{" + MIN + ",", "json.syntax", ""));
    cases.add(text("missing colon", "{\"id\" \"a\"}", "json.syntax", "/id"));
    cases.add(text("single quotes", "{'id':'a'}", "json.syntax", ""));
    cases.add(text("trailing comma", "{" + MIN + ",}", "json.syntax", ""));
    cases.add(text("comment", "{/* c */" + MIN + "}", "json.syntax", ""));
    cases.add(text("two documents", "{" + MIN + "}{" + MIN + "}", "json.syntax", ""));
    cases.add(text("garbage after document", "{" + MIN + "} x", "json.syntax", ""));
    cases.add(text("NaN literal", "{" + MIN + ",\"urgency\":NaN}", "json.syntax", "/urgency"));
    cases.add(text("leading zeros", "{" + MIN + ",\"urgency\":007}", "json.syntax", "/urgency"));
    cases.add(
        text(
            "unescaped control character",
            "{\"id\":\"a\u0001\",\"headline\":\"h\"}",
            "json.syntax",
            "/id"));
    cases.add(text("bad escape", "{\"id\":\"\\q\",\"headline\":\"h\"}", "json.syntax", "/id"));
    cases.add(
        bytes(
            "invalid UTF-8 in a string",
            concat("{\"id\":\"", new byte[] {(byte) 0xC3, (byte) 0x28}, "\",\"headline\":\"h\"}"),
            "json.syntax",
            "/id"));
    cases.add(
        bytes(
            "lone continuation byte",
            concat("{\"id\":\"a", new byte[] {(byte) 0x80}, "\",\"headline\":\"h\"}"),
            "json.syntax",
            "/id"));
    cases.add(
        bytes(
            "overlong UTF-8",
            concat("{\"id\":\"", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\",\"headline\":\"h\"}"),
            "json.syntax",
            "/id"));

    cases.add(bytes("NUL bytes taken for UTF-32", new byte[] {0, 0, 0, '"'}, "json.syntax", null));
    cases.add(
        bytes(
            "unsupported UCS-4 byte order",
            new byte[] {0, 0, '{', 0, 0, 0, '}', 0},
            "json.syntax",
            null));
    cases.add(
        bytes(
            "UTF-32 character above U+10FFFF",
            new byte[] {0, 0, 0, '{', 0x22, 0, 0, 0},
            "json.syntax",
            null));

    // required structure
    cases.add(text("empty object", "{}", "required", "/id"));
    cases.add(text("missing headline", "{\"id\":\"a\"}", "required", "/headline"));
    cases.add(text("null id", "{\"id\":null,\"headline\":\"h\"}", "required", "/id"));
    cases.add(
        text(
            "media without kind",
            "{" + MIN + ",\"media\":[{\"id\":\"m\"}]}",
            "required",
            "/media/0/kind"));
    cases.add(
        text(
            "rendition without url",
            "{" + MIN + ",\"media\":[{\"kind\":\"image\",\"id\":\"m\",\"renditions\":[{}]}]}",
            "required",
            "/media/0/renditions/0/url"));
    cases.add(
        text(
            "block without type",
            "{" + MIN + ",\"body\":[{\"content\":[]}]}",
            "required",
            "/body/0/type"));
    cases.add(
        text(
            "heading without level",
            "{" + MIN + ",\"body\":[{\"type\":\"heading\"}]}",
            "required",
            "/body/0/level"));
    cases.add(text("genre with nothing", "{" + MIN + ",\"genres\":[{}]}", "required", "/genres/0"));
    cases.add(
        text("null element in body", "{" + MIN + ",\"body\":[null]}", "type.mismatch", "/body/0"));
    cases.add(
        text(
            "null keyword",
            "{" + MIN + ",\"keywords\":[\"a\",null]}",
            "type.mismatch",
            "/keywords/1"));
    cases.add(
        text(
            "blank alternate id",
            "{" + MIN + ",\"alternateIds\":[{\"value\":\" \"}]}",
            "required",
            "/alternateIds/0"));

    // values
    cases.add(
        text(
            "unknown block type",
            "{" + MIN + ",\"body\":[{\"type\":\"table\"}]}",
            "value.unknown",
            "/body/0"));
    cases.add(
        text(
            "unknown inline type",
            "{" + MIN + ",\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"blink\"}]}]}",
            "value.unknown",
            "/body/0/content/0"));
    cases.add(
        text(
            "unknown status",
            "{" + MIN + ",\"status\":\"published\"}",
            "value.unknown",
            "/status"));
    cases.add(
        text(
            "unknown media kind",
            "{" + MIN + ",\"media\":[{\"kind\":\"hologram\"," + "\"id\":\"m\"}]}",
            "value.unknown",
            "/media/0/kind"));
    cases.add(
        text(
            "unknown share platform",
            "{"
                + MIN
                + ",\"shareLinks\":[{\"platform\":"
                + "\"myspace\",\"url\":\"https://myspace.com\"}]}",
            "value.unknown",
            "/shareLinks/0/platform"));
    cases.add(
        text(
            "unparseable date",
            "{" + MIN + ",\"firstPublished\":\"28.11.2023 19:00\"}",
            "datetime.syntax",
            "/firstPublished"));
    cases.add(
        text(
            "month 13",
            "{" + MIN + ",\"modified\":\"2023-13-01T00:00:00Z\"}",
            "datetime.syntax",
            "/modified"));
    cases.add(
        text(
            "unparseable duration",
            "{"
                + MIN
                + ",\"media\":[{\"kind\":\"video\",\"id\":"
                + "\"v\",\"renditions\":[{\"url\":\"https://e.kz/v.mp4\",\"duration\":\"90s\"}]}]}",
            "duration.syntax",
            "/media/0/renditions/0/duration"));
    cases.add(
        text(
            "urgency beyond int",
            "{" + MIN + ",\"urgency\":3000000000}",
            "number.range",
            "/urgency"));
    cases.add(
        text(
            "views beyond long",
            "{" + MIN + ",\"engagement\":{\"views\":" + "99999999999999999999}}",
            "number.range",
            "/engagement/views"));
    cases.add(
        text(
            "huge exponent frame rate",
            "{"
                + MIN
                + ",\"media\":[{\"kind\":\"video\","
                + "\"id\":\"v\",\"renditions\":[{\"url\":\"https://e.kz/v.mp4\",\"frameRate\":1e999999}]}]}",
            "number.range",
            "/media/0/renditions/0/frameRate"));
    cases.add(
        text(
            "huge exponent urgency",
            "{" + MIN + ",\"urgency\":1e999999}",
            "type.mismatch",
            "/urgency"));
    cases.add(
        text(
            "decimal views",
            "{" + MIN + ",\"engagement\":{\"views\":1.5}}",
            "type.mismatch",
            "/engagement/views"));
    cases.add(
        text(
            "unsupported format version",
            "{\"formatVersion\":\"2.0\"," + MIN + "}",
            "format.version",
            "/formatVersion"));
    cases.add(
        text(
            "duplicate id",
            "{\"id\":\"a\",\"id\":\"b\",\"headline\":\"h\"}",
            "property.duplicate",
            "/id"));
    cases.add(
        text("duplicate extension", "{" + MIN + ",\"x\":1,\"x\":2}", "property.duplicate", "/x"));
    cases.add(
        text(
            "duplicate inside extension",
            "{" + MIN + ",\"x\":{\"a\":1,\"a\":2}}",
            "property.duplicate",
            "/x/a"));
    cases.add(
        text(
            "duplicate media id property",
            "{" + MIN + ",\"media\":[{\"kind\":\"image\"," + "\"id\":\"m\",\"id\":\"n\"}]}",
            "property.duplicate",
            "/media/0/id"));

    // Bean Validation, located by pointer
    cases.add(
        text(
            "javascript URL",
            "{" + MIN + ",\"canonicalUrl\":\"javascript:alert(1)\"}",
            "url.scheme",
            "/canonicalUrl"));
    cases.add(
        text(
            "javascript URL in a rendition",
            "{"
                + MIN
                + ",\"media\":[{\"kind\":\"image\","
                + "\"id\":\"m\",\"renditions\":[{\"url\":\"javascript:alert(1)\"}]}]}",
            "url.scheme",
            "/media/0/renditions/0/url"));
    cases.add(
        text(
            "javascript link href",
            "{"
                + MIN
                + ",\"body\":[{\"type\":\"paragraph\","
                + "\"content\":[{\"type\":\"link\",\"href\":\"javascript:x()\"}]}]}",
            "url.scheme",
            "/body/0/content/0/href"));
    cases.add(
        text(
            "control character in headline",
            "{\"id\":\"a\",\"headline\":\"h\\u0007\"}",
            "text.control",
            "/headline"));
    cases.add(
        text("blank headline", "{\"id\":\"a\",\"headline\":\"  \"}", "required", "/headline"));
    cases.add(
        text("urgency out of range", "{" + MIN + ",\"urgency\":0}", "urgency.range", "/urgency"));
    cases.add(
        text(
            "negative width",
            "{"
                + MIN
                + ",\"media\":[{\"kind\":\"image\",\"id\":\"m\","
                + "\"renditions\":[{\"url\":\"https://e.kz/a.jpg\",\"width\":-1}]}]}",
            "range",
            "/media/0/renditions/0/width"));
    cases.add(
        text(
            "bad language tag",
            "{" + MIN + ",\"language\":\"русский\"}",
            "language.tag",
            "/language"));

    // limits, generated lazily where large
    cases.add(
        generated(
            "10,000-deep nesting",
            "{" + MIN + ",\"x\":",
            "[",
            10_000,
            "",
            "limit.depth",
            "/x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
                + "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"));
    cases.add(
        generated(
            "10,000-deep objects",
            "{" + MIN + ",\"x\":",
            "{\"a\":",
            10_000,
            "",
            "limit.depth",
            null));
    cases.add(
        generated(
            "50 MB string",
            "{\"id\":\"",
            "a",
            50L * 1024 * 1024,
            "\",\"headline\":\"h\"}",
            "limit.string",
            "/id"));
    cases.add(
        generated(
            "20 MB document", "{" + MIN, " ", 20L * 1024 * 1024, "}", "limit.document", null));
    cases.add(
        generated(
            "200k-element array",
            "{" + MIN + ",\"keywords\":[\"k\"",
            ",\"k\"",
            200_000,
            "]}",
            "limit.array",
            "/keywords/100000"));
    cases.add(
        generated(
            "200k-element extension array",
            "{" + MIN + ",\"x\":[0",
            ",0",
            200_000,
            "]}",
            "limit.array",
            "/x/100000"));
    cases.add(
        generated(
            "2000-digit number", "{" + MIN + ",\"x\":1", "0", 2000, "}", "limit.number", "/x"));
    cases.add(
        generated(
            "20,000-character property name",
            "{" + MIN + ",\"",
            "n",
            20_000,
            "\":1}",
            "limit.name",
            null));
    cases.add(
        generated(
            "endless garbage problems",
            "{" + MIN,
            ",\"keywords\":5",
            5000,
            "}",
            "limit.problems",
            null));
    return cases.stream();
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(middle, 0, all, a.length, middle.length);
    System.arraycopy(c, 0, all, a.length + middle.length, c.length);
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachHostileDocumentGivesItsProblemWithoutThrowing(Case hostile) {
    ReadResult<Article> result = null;
    try (InputStream in = hostile.document().get()) {
      result = NewsJson.defaults().readAndValidate(in);
    } catch (Throwable t) {
      fail(hostile.name() + " threw " + t.getClass().getName() + "; expected a problem", t);
    }
    assertThat(result.isValid()).as(hostile.name()).isFalse();
    assertThat(result.problems())
        .as(
            "%s: expected %s at %s in %s",
            hostile.name(), hostile.code(), hostile.pointer(), result.problems())
        .anySatisfy(
            problem -> {
              assertThat(problem.code()).isEqualTo(hostile.code());
              if (hostile.pointer() != null) {
                assertThat(problem.pointer()).isEqualTo(hostile.pointer());
              }
              assertThat(problem.isError()).isTrue();
            });
  }

  @Test
  void invisibleCharactersInDisplayedTextAreWarningsAndBidiControlsErrors() {
    ReadResult<Article> zeroWidth =
        NewsJson.defaults()
            .readAndValidate(
                "{\"id\":\"a\",\"headline\":\"Ast\u200Bana\",\"summary\":\"s\\u2060\"}");
    assertThat(zeroWidth.isValid()).isTrue();
    assertThat(zeroWidth.warnings())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/headline", "text.invisible"),
            org.assertj.core.groups.Tuple.tuple("/summary", "text.invisible"));
    ReadResult<Article> bidi =
        NewsJson.defaults()
            .readAndValidate(
                "{\"id\":\"a\",\"headline\":\"\\u202Egnp.exe\",\"canonicalUrl\":\"https://\u0430pple.com/\"}");
    assertThat(bidi.isValid()).isFalse();
    assertThat(bidi.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code, JsonProblem::isError)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/headline", "text.bidi", true),
            org.assertj.core.groups.Tuple.tuple("/canonicalUrl", "url.homograph", false));
  }

  @Test
  void corpusHoldsAtLeastOneHundredDocuments() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(100);
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    byte[] doc = concat("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{" + MIN + "}");
    assertThat(NewsJson.defaults().readAndValidate(doc).isValid()).isTrue();
    assertThat(NewsJson.defaults().readAndValidate("\uFEFF{" + MIN + "}").isValid()).isTrue();
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    ReadResult<Article> result =
        NewsJson.defaults().readAndValidate("{\n  \"id\": \"a\",\n  \"headline\": h\n}");
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo("json.syntax");
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.column()).isGreaterThan(1);
            });
  }

  @Test
  void aLimitIsFoundWithoutReadingTheRestOfAnEndlessInput() {
    GeneratedInputStream endless = new GeneratedInputStream("{\"id\":\"", "a", -1, "");
    ReadResult<Article> result = NewsJson.defaults().readAndValidate(endless);
    assertThat(result.problems()).extracting(JsonProblem::code).contains("limit.string");
    assertThat(endless.position()).isLessThan(4L * 1024 * 1024);
  }

  @Test
  void readArticleThrowsTheTypedExceptionForEachKindOfFailure() {
    NewsJson json = NewsJson.defaults();
    assertThat(catchFor(() -> json.readArticle("{"))).isInstanceOf(NewsJsonSyntaxException.class);
    assertThat(catchFor(() -> json.readArticle("{\"id\":\"" + "a".repeat(2_000_000) + "\"}")))
        .isInstanceOfSatisfying(
            NewsJsonLimitException.class, e -> assertThat(e.limit()).isEqualTo("string"));
    assertThat(catchFor(() -> json.readArticle("{\"id\":\"a\"}")))
        .isInstanceOfSatisfying(
            NewsJsonValidationException.class,
            e -> assertThat(e.problems()).extracting(JsonProblem::pointer).contains("/headline"));
  }

  private static Throwable catchFor(Runnable action) {
    try {
      action.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected an exception");
  }
}
