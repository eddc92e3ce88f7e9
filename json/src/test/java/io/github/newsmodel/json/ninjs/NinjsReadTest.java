package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.EntityKind;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.media.MediaKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NinjsReadTest {

  private static final String V31 =
      """
      {"uri":"https://example.kz/a/1","type":"text","language":"ru",
       "versionCreated":"2023-11-28T19:00:00+06:00","pubStatus":"usable","urgency":4,
       "headlines":[{"role":"main","value":"Заголовок"}],
       "bodies":[{"role":"main","contentType":"text/html",
         "value":"<p>Текст <strong>важный</strong></p><figure><img data-media-id=\\"photo\\"></figure><script>x()</script>"}],
       "subjects":[{"name":"Politics","uri":"http://cv.iptc.org/newscodes/mediatopic/11000000",
         "relevance":80,"confidence":65,"creator":"editor"}],
       "infoSources":[{"name":"El.kz","role":"relayedFrom"}],
       "associations":[{"name":"photo","uri":"https://example.kz/p.jpg","type":"picture",
         "renditions":[{"name":"hd","href":"https://example.kz/p.mp4","contentType":"video/mp4",
           "width":1920,"height":1080,"sizeInBytes":1000,"duration":12.5,"videoCodec":"avc1",
           "frameRate":25,"bitrate":"4500000","scanType":"progressive"}]}],
       "altIds":[{"role":"canonical","value":"https://example.kz/a/1"},{"role":"x","value":"1"}]}
      """;

  @Test
  void a31DocumentIsMappedToTheModel() {
    ReadResult<Article> result = Ninjs.defaults().read(V31);
    assertThat(result.isValid()).isTrue();
    Article a = result.orElseThrow();
    assertThat(a.headline()).isEqualTo("Заголовок");
    assertThat(a.modified().text()).isEqualTo("2023-11-28T19:00:00+06:00");
    assertThat(a.urgency()).isEqualTo(4);
    assertThat(a.body()).hasSize(2);
    assertThat(a.body().get(0)).isInstanceOf(Paragraph.class);
    assertThat(a.body().get(1)).isEqualTo(MediaReference.of("photo"));
    assertThat(a.entities())
        .containsExactly(
            Entity.builder(EntityKind.SUBJECT, "Politics")
                .uri("http://cv.iptc.org/newscodes/mediatopic/11000000")
                .relevance(80)
                .confidence(65)
                .creator("editor")
                .build());
    assertThat(a.sources().get(0).roles()).containsExactly("relayedFrom");
    assertThat(a.canonicalUrl()).isEqualTo("https://example.kz/a/1");
    assertThat(a.alternateIds()).hasSize(1);
    assertThat(a.media().get(0).kind()).isEqualTo(MediaKind.IMAGE);
    var r = a.media().get(0).renditions().get(0);
    assertThat(r.width()).isEqualTo(1920);
    assertThat(r.duration()).isEqualTo(Duration.ofMillis(12_500));
    assertThat(r.frameRate()).isEqualTo(25.0);
    assertThat(r.bitrate()).isEqualTo(4_500_000L);
    assertThat(r.extensions().get("ninjs:scanType")).isPresent();
    assertThat(result.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("html.dropped");
              assertThat(w.pointer()).isEqualTo("/bodies/0/value");
            });
  }

  @Test
  void versionIsDetectedFromDeclarationThenShape() {
    Ninjs ninjs = Ninjs.defaults();
    assertThat(ninjs.detectVersion("{\"uri\":\"u\",\"standard\":{\"version\":\"3.0.1\"}}"))
        .isEqualTo(NinjsVersion.V3_0);
    assertThat(
            ninjs.detectVersion(
                "{\"uri\":\"u\",\"$schema\":"
                    + "\"http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json\"}"))
        .isEqualTo(NinjsVersion.V2_1);
    assertThat(ninjs.detectVersion("{\"uri\":\"u\",\"versioncreated\":\"2020-01-01T00:00:00Z\"}"))
        .isEqualTo(NinjsVersion.V2_2);
    assertThat(ninjs.detectVersion("{\"uri\":\"u\",\"versionCreated\":\"2020-01-01T00:00:00Z\"}"))
        .isEqualTo(NinjsVersion.V3_1);
    assertThat(ninjs.detectVersion("{\"uri\":\"u\"}")).isEqualTo(NinjsVersion.V3_1);
  }

  @Test
  void a2xDocumentReadAs3xIsInvalidWithPointers() {
    ReadResult<Article> result =
        Ninjs.defaults()
            .read(
                "{\"uri\":\"u\",\"versioncreated\":\"2020-01-01T00:00:00Z\",\"urgency\":12}",
                NinjsVersion.V3_1);
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors())
        .extracting(JsonProblem::pointer)
        .containsExactlyInAnyOrder("/versioncreated", "/urgency");
    assertThat(result.errors())
        .extracting(JsonProblem::code)
        .containsExactlyInAnyOrder("ninjs.schema.unknown-property", "ninjs.schema.maximum");
  }

  @Test
  void stricterChecksAreWarningsWhenLenientAndErrorsWhenStrict() {
    String json =
        """
        {"uri":"u","versioncreated":"Last Tuesday","headlines":[{"value":"h"}],
         "renditions":[{"name":"r","href":"javascript:alert(1)","width":-5}]}
        """;
    ReadResult<Article> lenient = Ninjs.defaults().read(json, NinjsVersion.V2_2);
    assertThat(lenient.isValid()).isTrue();
    assertThat(lenient.warnings())
        .extracting(JsonProblem::code)
        .contains("ninjs.strict.date", "ninjs.strict.url", "ninjs.strict.negative");
    assertThat(lenient.warnings())
        .extracting(JsonProblem::pointer)
        .contains("/versioncreated", "/renditions/0/href", "/renditions/0/width");
    ReadResult<Article> strict =
        Ninjs.builder().mode(ReadMode.STRICT).build().read(json, NinjsVersion.V2_2);
    assertThat(strict.isValid()).isFalse();
    assertThat(strict.errors())
        .extracting(JsonProblem::code)
        .contains("ninjs.strict.date", "ninjs.strict.url", "ninjs.strict.negative");
    assertThat(strict.value()).isPresent();
  }

  @Test
  void modelValidationProblemsPointIntoTheDocument() {
    String json =
        """
        {"uri":"u","headlines":[{"value":"h"}],"language":"not a language tag!",
         "associations":[{"name":"a","uri":"urn:a","type":"picture",
           "renditions":[{"name":"r","href":"ftp://example.kz/x.jpg"}]}]}
        """;
    ReadResult<Article> result = Ninjs.defaults().read(json, NinjsVersion.V3_1);
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings())
        .extracting(JsonProblem::pointer)
        .contains("/language", "/associations/0/renditions/0/href");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "[1,2",
        "{\"uri\":}",
        "nul",
        "{\"uri\":\"u\"} {}",
        "{\"uri\":\"u\",}",
        "{'uri':'u'}"
      })
  void malformedJsonIsASyntaxErrorNotAnException(String json) {
    ReadResult<Article> result = Ninjs.defaults().read(json);
    assertThat(result.value()).isEmpty();
    assertThat(result.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.code()).isEqualTo("json.syntax"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"just a string\"", "42", "null", "[]", "[{\"uri\":\"u\"}]", "true"})
  void aDocumentThatIsNotAnObjectIsInvalidWithoutArticle(String json) {
    ReadResult<Article> result = Ninjs.defaults().read(json);
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("ninjs.schema.type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\uFEFF{\"uri\":\"u\"}",
        "{\"uri\":\"u\",\"headlines\":[{\"value\":\"\\ud800\"}]}"
      })
  void oddButWellFormedDocumentsAreRead(String json) {
    ReadResult<Article> result = Ninjs.defaults().read(json);
    assertThat(result.isValid()).isTrue();
    assertThat(result.orElseThrow().id()).isEqualTo("u");
  }

  @Test
  void aRepeatedPropertyIsAnErrorSoThatNoValueIsSilentlyLost() {
    ReadResult<Article> result = Ninjs.defaults().read("{\"uri\":\"v\",\"uri\":\"u\"}");
    assertThat(result.value()).isEmpty();
    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("property.duplicate");
  }

  @Test
  void everyPropertyWithEveryWrongTypeIsHandled() {
    List<String> values =
        List.of(
            "null",
            "true",
            "1",
            "-1.5",
            "\"s\"",
            "[]",
            "[1]",
            "[{}]",
            "[{\"value\":1}]",
            "{}",
            "{\"a\":[]}",
            "[null]",
            "[\"x\"]");
    int reads = 0;
    for (NinjsVersion version : NinjsVersion.values()) {
      for (String name : NinjsRules.of(version).names()) {
        if (name.equals("uri")) {
          continue; // every template sets the uri; a second one would be a duplicate key
        }
        boolean inTemplate = Set.of("name", "associations", "renditions").contains(name);
        for (String value : values) {
          // properties the nested template uses are tried at the top level only
          String json =
              inTemplate
                  ? "{\"uri\":\"u\",\"" + name + "\":" + value + "}"
                  : "{\"uri\":\"u\",\""
                      + name
                      + "\":"
                      + value
                      + ",\"associations\":[{\"name\":\"n\",\"uri\":\"a\",\""
                      + name
                      + "\":"
                      + value
                      + ",\"renditions\":[{\"name\":\"r\",\""
                      + name
                      + "\":"
                      + value
                      + "}]}]}";
          ReadResult<Article> result = Ninjs.defaults().read(json, version);
          assertThat(result.value()).as(json + " " + result.problems()).isPresent();
          reads++;
        }
      }
    }
    assertThat(reads).isGreaterThan(1000);
  }

  @Test
  void limitsAreEnforced() {
    String deep = "{\"uri\":\"u\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
    ReadResult<Article> tooDeep = Ninjs.defaults().read(deep);
    assertThat(tooDeep.value()).isEmpty();
    assertThat(tooDeep.errors()).extracting(JsonProblem::code).containsExactly("limit.depth");

    Ninjs small =
        Ninjs.builder()
            .limits(JsonLimits.builder().maxDocumentBytes(100).maxArrayLength(3).build())
            .build();
    String big = "{\"uri\":\"" + "x".repeat(200) + "\"}";
    assertThat(small.read(big).errors())
        .extracting(JsonProblem::code)
        .containsExactly("limit.document");
    assertThat(small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))).errors())
        .extracting(JsonProblem::code)
        .containsExactly("limit.document");
    assertThat(small.read("{\"uri\":\"u\",\"altIds\":[{},{},{},{}]}").errors())
        .extracting(JsonProblem::pointer)
        .containsExactly("/altIds");

    String nested =
        "{\"uri\":\"u\",\"associations\":["
            + "{\"name\":\"n\",\"uri\":\"u\",\"associations\":[".repeat(30)
            + "]}".repeat(30)
            + "]}";
    assertThat(Ninjs.defaults().read(nested).isValid()).isTrue();
  }

  @Test
  void streamsAndBytesReadLikeStrings() {
    byte[] bytes = V31.getBytes(StandardCharsets.UTF_8);
    Article fromString = Ninjs.defaults().read(V31).orElseThrow();
    assertThat(Ninjs.defaults().read(bytes).orElseThrow()).isEqualTo(fromString);
    assertThat(
            Ninjs.defaults().read(new ByteArrayInputStream(bytes), NinjsVersion.V3_1).orElseThrow())
        .isEqualTo(fromString);
  }
}
