package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** ninjs → model → the same ninjs version gives back an equal JSON tree. */
class NinjsRoundTripTest {

  private static final JsonMapper JSON = JsonMapper.shared();

  @Test
  void everyValidFileOf2xAnd3xRoundTrips() {
    List<String> different = new ArrayList<>();
    int files = 0;
    int exactWithoutOriginals = 0;
    for (Conformance.Case c : Conformance.cases()) {
      if (!c.valid()) {
        continue;
      }
      files++;
      NinjsVersion version = c.version().isV3() ? NinjsVersion.V3_1 : NinjsVersion.V2_2;
      Article article = Ninjs.defaults().read(Conformance.bytes(c), version).value().orElseThrow();
      if (Overrides.count(article.extensions()) == 0) {
        exactWithoutOriginals++;
      }
      JsonNode back = JSON.readTree(Ninjs.defaults().write(article, version).json());
      if (!JSON.readTree(Conformance.bytes(c)).equals(back)) {
        different.add(c.toString());
      }
    }
    System.out.println(
        "ninjs round trip: "
            + (files - different.size())
            + "/"
            + files
            + " equal JSON trees; "
            + exactWithoutOriginals
            + " without any top-level original kept");
    assertThat(files).isGreaterThanOrEqualTo(60);
    assertThat(different).isEmpty();
  }

  @Test
  void the20TestSuiteReadAs20RoundTripsThroughThe22Writer() throws IOException {
    Path dir = Conformance.ninjsDir().resolve("test-suite/2.0/should_pass");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      ReadResult<Article> read = Ninjs.defaults().read(bytes, NinjsVersion.V2_0);
      assertThat(read.isValid()).as(file.toString()).isTrue();
      String json = Ninjs.defaults().write(read.orElseThrow(), NinjsVersion.V2_2).json();
      assertThat(JSON.readTree(json)).as(file.toString()).isEqualTo(JSON.readTree(bytes));
    }
  }

  @Test
  void theModelHoldsTheMappedValues() {
    Conformance.Case ap =
        Conformance.cases().stream()
            .filter(c -> c.path().equals("examples/3.0/ap_video.json"))
            .findFirst()
            .orElseThrow();
    Article article = Ninjs.defaults().read(Conformance.bytes(ap)).orElseThrow();
    JsonNode doc = JSON.readTree(Conformance.bytes(ap));
    assertThat(article.id()).isEqualTo(doc.get("uri").asString());
    assertThat(article.headline()).isEqualTo(doc.get("headlines").get(0).get("value").asString());
    assertThat(article.modified().text()).isEqualTo(doc.get("versionCreated").asString());
    assertThat(article.extensions().get("ninjs:renditions")).isPresent();
  }

  @Test
  void editedTextFieldsAreWrittenInPlaceKeepingTheOtherListItems() {
    Conformance.Case ap =
        Conformance.cases().stream()
            .filter(c -> c.path().equals("examples/3.0/ap_image.json"))
            .findFirst()
            .orElseThrow();
    JsonNode original = JSON.readTree(Conformance.bytes(ap));
    Article article = Ninjs.defaults().read(Conformance.bytes(ap)).orElseThrow();
    Article edited =
        article.toBuilder().summary("Новая подпись").headline("Новый заголовок").build();
    JsonNode written = JSON.readTree(Ninjs.defaults().write(edited, NinjsVersion.V3_1).json());
    JsonNode descriptions = written.get("descriptions");
    assertThat(descriptions).hasSize(original.get("descriptions").size());
    assertThat(article.summary()).startsWith("FILE - In this Monday");
    assertThat(descriptions.get(0)).isEqualTo(original.get("descriptions").get(0));
    ObjectNode caption = (ObjectNode) original.get("descriptions").get(1);
    assertThat(descriptions.get(1)).isEqualTo(caption.deepCopy().put("value", "Новая подпись"));
    assertThat(written.get("headlines").get(0).get("value").asString())
        .isEqualTo("Новый заголовок");
    assertThat(written.get("headlines").get(0).get("role"))
        .isEqualTo(original.get("headlines").get(0).get("role"));
  }

  @Test
  void aChangedModelWinsOverTheKeptOriginal() {
    Conformance.Case dpa =
        Conformance.cases().stream()
            .filter(c -> c.path().equals("examples/3.0/dpa_text.json"))
            .findFirst()
            .orElseThrow();
    Article article = Ninjs.defaults().read(Conformance.bytes(dpa)).orElseThrow();
    assertThat(article.body()).isNotEmpty();
    Article edited =
        article.toBuilder().body(List.of(io.github.newsmodel.body.Paragraph.of("Neu"))).build();
    JsonNode written = JSON.readTree(Ninjs.defaults().write(edited, NinjsVersion.V3_1).json());
    assertThat(written.get("bodies").get(0).get("value").asString()).isEqualTo("<p>Neu</p>");
    JsonNode unchanged = JSON.readTree(Ninjs.defaults().write(article, NinjsVersion.V3_1).json());
    assertThat(unchanged.get("bodies"))
        .isEqualTo(JSON.readTree(Conformance.bytes(dpa)).get("bodies"));
  }

  @Test
  void aDecimalTheModelWritesAsItWasReadKeepsNoOriginalButOneWrittenOtherwiseDoes() {
    String template =
        "{\"uri\":\"u\",\"headlines\":[{\"role\":\"main\",\"value\":\"h\"}],"
            + "\"associations\":[{\"name\":\"m\",\"uri\":\"m\",\"type\":\"video\","
            + "\"renditions\":[{\"name\":\"r\",\"href\":\"https://e.kz/v.mp4\","
            + "\"frameRate\":%s}]}]}";
    for (String rate : List.of("29.97", "30.0", "2.997E1")) {
      String json = String.format(template, rate);
      Article article = Ninjs.defaults().read(json).value().orElseThrow();
      // the model writes 29.97 for 29.97 and for 2.997E1 (whose kept original would be 29.97 too);
      // 30.0 it would write as 30
      int kept =
          Overrides.count(article.extensions())
              + Overrides.count(article.media().get(0).extensions());
      assertThat(kept > 0).as("originals kept for %s", rate).isEqualTo(rate.equals("30.0"));
      JsonNode back = JSON.readTree(Ninjs.defaults().write(article, NinjsVersion.V3_1).json());
      assertThat(back).as("round trip of %s", rate).isEqualTo(JSON.readTree(json));
    }
  }
}
