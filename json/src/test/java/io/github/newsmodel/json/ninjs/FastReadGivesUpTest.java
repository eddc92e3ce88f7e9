package io.github.newsmodel.json.ninjs;

import static io.github.newsmodel.json.ninjs.FastPathProbe.doc;
import static io.github.newsmodel.json.ninjs.FastPathProbe.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.ReadMode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path gives the document to the tree path on every kind of deviation from what it maps
 * with certainty — another version, malformed JSON, an unknown or repeated property, a wrong type,
 * anything the schema rules report, any form that would not write back unchanged, a validator
 * problem, a limit — and reading still gives exactly the tree path's result.
 */
class FastReadGivesUpTest {

  private static final FastPathProbe PROBE = FastPathProbe.lenient();

  @Test
  void givesUpOnVersions2xRequested() {
    for (NinjsVersion version :
        new NinjsVersion[] {NinjsVersion.V2_0, NinjsVersion.V2_1, NinjsVersion.V2_2}) {
      assertThat(PROBE.givenUp(doc(""), version)).isSameAs(FastHints.NONE);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "[]",
        "\"text\"",
        "null",
        "{",
        "{\"uri\":\"x\"",
        "{\"uri\":\"x\",}",
        "{\"uri\":\"x\"} {}",
        "{\"uri\":\"x\"} x",
        "{\"uri\":\"x\"}]",
        "{}"
      })
  void givesUpOnWhatIsNotOneObject(String json) {
    PROBE.givenUp(json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"title\":\"t\"",
        "\"standard\":{\"name\":\"ninjs\",\"version\":\"3.1\"}",
        "\"$schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json\"",
        "\"versioncreated\":\"2024-01-01T00:00:00Z\"",
        "\"renditions\":[{\"name\":\"r\",\"href\":\"https://e.kz/r\"}]",
        "\"x-unknown\":1",
        "\"uri\":\"urn:twice\"",
        "\"language\":\"kk\""
      })
  void givesUpOnAnUnknownOrRepeatedProperty(String member) {
    PROBE.givenUp(doc(member));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"uri\":1",
        "\"uri\":null",
        "\"type\":\"story\"",
        "\"type\":1",
        "\"version\":2",
        "\"slugline\":[]",
        "\"by\":{}",
        "\"located\":true",
        "\"edNote\":null",
        "\"pubStatus\":\"cancelled\"",
        "\"pubStatus\":\"Usable\"",
        "\"urgency\":0",
        "\"urgency\":10",
        "\"urgency\":5.0",
        "\"urgency\":\"5\"",
        "\"urgency\":2147483648",
        "\"firstCreated\":\"yesterday\"",
        "\"versionCreated\":1",
        "\"contentCreated\":\"2024-13-01T00:00:00Z\"",
        "\"embargoedUntil\":\"\"",
        "\"expires\":\"2024-06-01\"",
        "\"copyrightHolder\":1",
        "\"copyrightNotice\":1",
        "\"usageTerms\":1",
        "\"rightsInfo\":{}",
        "\"rightsInfo\":{\"linkedRights\":\"https://e.kz/r\",\"langId\":\"ru\"}",
        "\"rightsInfo\":{\"encodedRights\":\"x\"}",
        "\"rightsInfo\":{\"linkedRights\":1}",
        "\"rightsInfo\":[]",
        "\"rightsInfo\":{\"linkedRights\":\"https://e.kz/r\",\"linkedRights\":\"x\"}"
      })
  void givesUpOnAScalarPropertyOutsideTheSchemaOrItsCanonicalForm(String member) {
    PROBE.givenUp(doc(member));
  }

  @Test
  void givesUpWithoutUri() {
    PROBE.givenUp(only("\"headlines\":[{\"role\":\"main\",\"value\":\"h\"}]"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "headlines",
        "descriptions",
        "bodies",
        "people",
        "organisations",
        "places",
        "subjects",
        "events",
        "objects",
        "infoSources",
        "genres",
        "altIds",
        "associations"
      })
  void givesUpOnAnEmptyListOrAListOfAnotherShape(String list) {
    String json = only("\"uri\":\"urn:x:1\",\"" + list + "\":[]");
    PROBE.givenUp(json);
    PROBE.givenUp(only("\"uri\":\"urn:x:1\",\"" + list + "\":{}"));
    PROBE.givenUp(only("\"uri\":\"urn:x:1\",\"" + list + "\":[1]"));
    PROBE.givenUp(only("\"uri\":\"urn:x:1\",\"" + list + "\":[{\"x\":1}]"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[{\"role\":\"main\"}]",
        "[{\"role\":\"main\",\"value\":1}]",
        "[{\"role\":1,\"value\":\"h\"}]",
        "[{\"contentType\":1,\"value\":\"h\"}]",
        "[{\"role\":\"main\",\"value\":\"h\",\"value\":\"h\"}]",
        "[{\"role\":\"main\",\"value\":\"h\",\"charCount\":1}]",
        "[{\"role\":\"main\",\"value\":\"\"}]",
        "[{\"value\":\"\"},{\"role\":\"sub\",\"value\":\"s\"}]",
        "[{\"role\":\"main\",\"value\":\"h\",\"lang\":\"ru\"}]"
      })
  void givesUpOnHeadlinesOutsideTheSchemaOrWithAnEmptyHeadline(String list) {
    PROBE.givenUp(only("\"uri\":\"urn:x:1\",\"headlines\":" + list));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\\\"views\\\": 759}",
        "{ \\\"views\\\":759}",
        "{\\\"views\\\":759 }",
        "{\\\"shares\\\":5,\\\"views\\\":1}",
        "{\\\"views\\\":1,\\\"views\\\":2}",
        "{\\\"views\\\":-0}",
        "{\\\"views\\\":1.0}",
        "{\\\"views\\\":1e2}",
        "{\\\"views\\\":\\\"1\\\"}",
        "{\\\"views\\\":9223372036854775808}",
        "{\\\"likes\\\":1}",
        "{\\\"asOf\\\":\\\"2024-05-10T08:30:00Z\\\",\\\"views\\\":1}",
        "{\\\"asOf\\\":\\\"2024-05-10T08:30:00\\\\u005A\\\"}",
        "{\\\"asOf\\\":\\\"2024-05-10T08:30:00Z\\\" }",
        "{\\\"asOf\\\":null}",
        "{\\\"asOf\\\":1}"
      })
  void givesUpOnEngagementCountersInAnotherFormThanTheWriters(String counters) {
    PROBE.givenUp(
        doc(
            "\"descriptions\":[{\"role\":\"engagement\",\"contentType\":\"application/json\","
                + "\"value\":\""
                + counters
                + "\"}]"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[{\"contentType\":\"text/plain\",\"value\":\"only plain text\"}]",
        "[{\"value\":\"no content type\"}]",
        "[{\"contentType\":\"text/html\",\"value\":\"\"}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<P>a</P>\"}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<p>a</p>\\n\"}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<p>a</p><script>x</script>\"}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<figure><img src=\\\"photo-1\\\"></figure>\"}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<p>a</p>\",\"charCount\":-1}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<p>a</p>\",\"wordCount\":1.0}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<p>a</p>\",\"wordCount\":\"1\"}]",
        "[{\"contentType\":\"text/html\",\"value\":\"<p>a</p>\",\"charCount\":1,\"charCount\":1}]"
      })
  void givesUpOnABodyThatIsNotCanonicalHtml(String list) {
    PROBE.givenUp(doc("\"bodies\":" + list));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"people\":[{\"name\":\"A\",\"rel\":\"author\",\"literal\":\"a\"}]",
        "\"people\":[{\"name\":\"\",\"rel\":\"author\"}]",
        "\"people\":[{\"name\":\"\"}]",
        "\"people\":[{\"name\":\"A\",\"creator\":\"c\"}]",
        "\"people\":[{\"name\":\"A\",\"contactInfo\":[]}]",
        "\"people\":[{\"name\":\"A\"},{\"name\":\"B\",\"rel\":\"author\"}]",
        "\"people\":[{\"name\":\"A\",\"name\":\"B\"}]",
        "\"people\":[{\"name\":1}]",
        "\"organisations\":[{\"name\":\"P\",\"rel\":\"publisher\",\"literal\":\"p\"}]",
        "\"organisations\":[{\"name\":\"O\"},{\"name\":\"P\",\"rel\":\"publisher\"}]",
        "\"organisations\":[{\"name\":\"P\",\"rel\":\"publisher\"},{\"name\":\"A\",\"rel\":\"author\"}]",
        "\"organisations\":[{\"name\":\"O\",\"symbols\":[]}]",
        "\"places\":[{\"name\":\"A\",\"geoJSON\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]",
        "\"places\":[{\"name\":\"A\",\"relevance\":1}]",
        "\"events\":[{\"name\":\"A\",\"id\":\"e1\"}]",
        "\"objects\":[{\"name\":\"A\",\"confidence\":1}]",
        "\"subjects\":[{\"name\":\"K\",\"rel\":\"keyword\"},{\"name\":\"E\"}]",
        "\"subjects\":[{\"name\":\"E\"},{\"name\":\"S\",\"rel\":\"section\"}]",
        "\"subjects\":[{\"name\":\"K\",\"rel\":\"keyword\"},{\"name\":\"S\",\"rel\":\"section\"}]",
        "\"subjects\":[{\"name\":\"E\",\"relevance\":101}]",
        "\"subjects\":[{\"name\":\"E\",\"relevance\":-1}]",
        "\"subjects\":[{\"name\":\"E\",\"confidence\":101}]",
        "\"subjects\":[{\"name\":\"E\",\"confidence\":-1}]",
        "\"subjects\":[{\"name\":\"E\",\"relevance\":50.0}]",
        "\"subjects\":[{\"name\":\"E\",\"creator\":1}]",
        "\"subjects\":[{\"rel\":\"section\"}]",
        "\"infoSources\":[{\"name\":\"S\",\"literal\":\"s\"}]",
        "\"infoSources\":[{\"name\":\"\"}]",
        "\"infoSources\":[{\"name\":\"S\",\"name\":\"S\"}]",
        "\"infoSources\":[{\"name\":\"S\",\"role\":1}]",
        "\"genres\":[{}]",
        "\"genres\":[{\"name\":\"G\",\"name\":\"G\"}]",
        "\"genres\":[{\"name\":\"G\",\"rel\":\"x\"}]",
        "\"genres\":[{\"uri\":1}]"
      })
  void givesUpOnEntitiesThatWouldNotWriteBackUnchanged(String member) {
    PROBE.givenUp(doc(member));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[{\"role\":\"cms\"}]",
        "[{\"role\":\"cms\",\"value\":1}]",
        "[{\"role\":\"cms\",\"value\":\"a\",\"value\":\"b\"}]",
        "[{\"role\":\"cms\",\"value\":\"a\",\"title\":\"b\"}]",
        "[{\"role\":\"canonical\",\"value\":\"https://e.kz/1\"},{\"value\":\"a\"}]",
        "[{\"role\":\"canonical\",\"value\":\"https://e.kz/1\"},"
            + "{\"role\":\"canonical\",\"value\":\"https://e.kz/2\"}]",
        "[{\"role\":\"share:Telegram\",\"value\":\"https://t.me/share/url?url=https%3A%2F%2Fe.kz\"}]",
        "[{\"role\":\"share:telegram\",\"value\":\"https://t.me/share/url?url=https%3A%2F%2Fe.kz\"},"
            + "{\"role\":\"canonical\",\"value\":\"https://e.kz/1\"}]",
        "[{\"role\":\"follow:telegram\",\"value\":\"https://t.me/e\"},"
            + "{\"role\":\"share:telegram\",\"value\":\"https://t.me/share/url?url=https%3A%2F%2Fe.kz\"}]",
        "[{\"role\":\"follow:telegram\",\"value\":\"https://t.me/e\"},{\"value\":\"a\"}]",
        "[{\"role\":\"cms\",\"value\":\" \"}]"
      })
  void givesUpOnAlternateIdsThatWouldNotWriteBackUnchanged(String list) {
    PROBE.givenUp(doc("\"altIds\":" + list));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"uri\":\"https://e.kz/p\"}",
        "{\"name\":\"p\"}",
        "{\"name\":1,\"uri\":\"https://e.kz/p\"}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"name\":\"q\"}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"rel\":\"x\"}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"type\":\"composite\"}",
        "{\"name\":\"p\",\"uri\":\"urn:p\",\"type\":\"text\"}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"type\":\"banana\"}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"rightsInfo\":{\"linkedRights\":\"x\","
            + "\"langId\":\"ru\"}}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"rightsInfo\":{}}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"headlines\":[]}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"descriptions\":[{\"role\":\"alt\"}]}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"firstCreated\":\"2024-01-01T00:00:00Z\"}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"by\":1}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"copyrightNotice\":1}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"usageTerms\":1}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"language\":1}",
        "{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"associations\":[]}",
        "{\"name\":\"r\",\"uri\":\"https://e.kz/2\",\"type\":\"text\",\"by\":\"x\"}",
        "{\"name\":\"r\",\"uri\":\"https://e.kz/2\",\"type\":\"text\","
            + "\"headlines\":[{\"role\":\"main\",\"value\":\"h\"}]}",
        "{\"name\":\"r\",\"uri\":\"https://e.kz/2\",\"type\":\"text\","
            + "\"headlines\":[{\"value\":\"h\"},{\"value\":\"i\"}]}",
        "{\"name\":\"r\",\"uri\":\"https://e.kz/2\",\"type\":\"text\","
            + "\"headlines\":[{\"contentType\":\"text/plain\",\"value\":\"h\"}]}",
        "{\"uri\":\"https://e.kz/2\",\"type\":\"text\"}",
        "{\"name\":\"r\",\"uri\":\"httpſ://e.kz/2\",\"type\":\"text\"}"
      })
  void givesUpOnAssociationsThatWouldNotWriteBackUnchanged(String item) {
    PROBE.givenUp(doc("\"associations\":[" + item + "]"));
  }

  @Test
  void givesUpOnARelatedArticleBeforeMedia() {
    PROBE.givenUp(
        doc(
            "\"associations\":[{\"name\":\"r\",\"uri\":\"https://e.kz/2\",\"type\":\"text\"},"
                + "{\"name\":\"p\",\"uri\":\"https://e.kz/p\"}]"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"href\":\"https://e.kz/r\"}",
        "{\"name\":\"r\",\"href\":\"\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"format\":\"jpg\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"name\":\"s\"}",
        "{\"name\":1,\"href\":\"https://e.kz/r\"}",
        "{\"name\":\"r\",\"href\":1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"contentType\":1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"width\":-1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"width\":1.0}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"width\":2147483648}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"height\":-1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"height\":\"1\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"sizeInBytes\":-1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"sizeInBytes\":9223372036854775808}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":2.0}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":1.50}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":1e1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":-1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":0.000000001}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":0.0000000001}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":1e400}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"duration\":\"1\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"frameRate\":25.0}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"frameRate\":-25}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"frameRate\":1e400}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"frameRate\":\"25\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"007\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"-1\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"+1\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"1a\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"/\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":\"1234567890123456789\"}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"bitrate\":1}",
        "{\"name\":\"r\",\"href\":\"https://e.kz/r\",\"videoCodec\":1}"
      })
  void givesUpOnRenditionsThatWouldNotWriteBackUnchanged(String rendition) {
    PROBE.givenUp(
        doc(
            "\"associations\":[{\"name\":\"v\",\"uri\":\"https://e.kz/v\",\"type\":\"video\","
                + "\"renditions\":["
                + rendition
                + "]}]"));
  }

  @Test
  void givesUpOnAValidatorProblemAndHandsTheReportToTheTreePath() {
    FastHints hints = PROBE.givenUp(doc("\"slugline\":\"bell\\u0007\""));
    assertThat(hints).isNotSameAs(FastHints.NONE);
    PROBE.givenUp(only("\"uri\":\"urn:x:1\",\"language\":\"ru\""));
    PROBE.givenUp(doc("\"altIds\":[{\"role\":\"canonical\",\"value\":\"javascript:alert(1)\"}]"));
  }

  @Test
  void givesUpOnHtmlThatIsNotCanonicalAndHandsItsConversionToTheTreePath() {
    FastHints hints =
        PROBE.givenUp(
            doc(
                "\"bodies\":[{\"contentType\":\"text/html\",\"value\":\"<div>a</div>\"}],"
                    + "\"type\":\"text\""));
    assertThat(hints).isNotSameAs(FastHints.NONE);
  }

  @Test
  void givesUpBeyondTheLimitsTheTreeParserApplies() {
    String json = doc("\"subjects\":[{\"name\":\"a\",\"rel\":\"keyword\"}]");
    int bytes = json.getBytes(StandardCharsets.UTF_8).length;
    JsonLimits fits =
        JsonLimits.builder()
            .maxDocumentBytes(bytes)
            .maxDepth(3)
            .maxArrayLength(1)
            .maxStringLength(23)
            .build();
    probe(fits.toBuilder().maxDocumentBytes(json.length() - 1).build()).givenUp(json);
    assertThat(
            new NinjsCodec(
                    ReadMode.LENIENT,
                    fits.toBuilder().maxDocumentBytes(bytes - 1).build(),
                    false,
                    null,
                    java.util.Locale.ENGLISH)
                .fastRead(json.getBytes(StandardCharsets.UTF_8), null)
                .result())
        .isNull();
    probe(fits.toBuilder().maxDepth(2).build()).givenUp(json);
    probe(fits.toBuilder().maxStringLength(22).build()).givenUp(json);
    String two =
        doc(
            "\"subjects\":[{\"name\":\"a\",\"rel\":\"keyword\"},{\"name\":\"b\",\"rel\":\"keyword\"}]");
    probe(fits.toBuilder().maxDocumentBytes(1000).build()).givenUp(two);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"headlines\":[{\"role\":\"main\",\"value\":\"h\"},{\"role\":\"sub\",\"value\":\"s\"}]",
        "\"descriptions\":[{\"role\":\"summary\",\"value\":\"a\"},{\"role\":\"x\",\"value\":\"b\"}]",
        "\"bodies\":[{\"contentType\":\"text/html\",\"value\":\"<p>a</p>\"},{\"value\":\"b\"}]",
        "\"people\":[{\"name\":\"A\",\"rel\":\"author\"},{\"name\":\"B\"}]",
        "\"organisations\":[{\"name\":\"A\"},{\"name\":\"B\"}]",
        "\"places\":[{\"name\":\"A\"},{\"name\":\"B\"}]",
        "\"subjects\":[{\"name\":\"A\",\"rel\":\"section\"},{\"name\":\"B\"}]",
        "\"events\":[{\"name\":\"A\"},{\"name\":\"B\"}]",
        "\"objects\":[{\"name\":\"A\"},{\"name\":\"B\"}]",
        "\"infoSources\":[{\"name\":\"A\"},{\"name\":\"B\"}]",
        "\"genres\":[{\"name\":\"A\"},{\"name\":\"B\"}]",
        "\"altIds\":[{\"value\":\"a\"},{\"value\":\"b\"}]",
        "\"associations\":[{\"name\":\"p\",\"uri\":\"https://e.kz/p\"},"
            + "{\"name\":\"q\",\"uri\":\"https://e.kz/q\"}]",
        "\"associations\":[{\"name\":\"p\",\"uri\":\"https://e.kz/p\",\"renditions\":["
            + "{\"name\":\"a\",\"href\":\"https://e.kz/a\"},{\"name\":\"b\",\"href\":\"https://e.kz/b\"}]}]",
        "\"associations\":[{\"name\":\"p\",\"uri\":\"https://e.kz/p\","
            + "\"headlines\":[{\"value\":\"t\"},{\"role\":\"x\",\"value\":\"u\"}]}]",
        "\"associations\":[{\"name\":\"p\",\"uri\":\"https://e.kz/p\","
            + "\"descriptions\":[{\"value\":\"c\"},{\"role\":\"alt\",\"value\":\"a\"}]}]"
      })
  void givesUpOnEveryListLongerThanTheArrayLimit(String member) {
    String json = FastReadAcceptsTest.withHeadline(member);
    probe(JsonLimits.builder().maxArrayLength(1).build()).givenUp(json);
    probe(JsonLimits.builder().maxArrayLength(2).build()).accepted(json);
  }

  @Test
  void givesUpOnADocumentLongerThanTheLimitInCharactersOrBytes() {
    String json =
        "{\"uri\":\"urn:x:1\",\"language\":\"en\",\"headlines\":[{\"role\":\"main\",\"value\":\"H\"}]}";
    probe(JsonLimits.builder().maxDocumentBytes(json.length()).build()).accepted(json);
    probe(JsonLimits.builder().maxDocumentBytes(json.length() - 1).build()).givenUp(json);
    // a byte order mark is not counted in text, but it is three bytes of UTF-8
    NinjsCodec codec =
        new NinjsCodec(
            ReadMode.LENIENT,
            JsonLimits.builder().maxDocumentBytes(json.length()).build(),
            false,
            null,
            java.util.Locale.ENGLISH);
    assertThat(codec.fastRead("\uFEFF" + json, null).result()).isNotNull();
    assertThat(codec.fastRead(("\uFEFF" + json).getBytes(StandardCharsets.UTF_8), null).result())
        .isNull();
  }

  private static FastPathProbe probe(JsonLimits limits) {
    return new FastPathProbe(ReadMode.LENIENT, limits);
  }
}
