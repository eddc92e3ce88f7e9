package io.github.newsmodel.json.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our verdicts against the IPTC runner's, on every test-suite and example file of ninjs 2.1, 2.2,
 * 3.0 and 3.1 in the manifest, except the files whose verdict rests on {@code format}, which the
 * runner does not assert.
 */
class NinjsConformanceTest {

  @Test
  void verdictsAgreeWithTheOfficialSchemas() {
    List<String> disagreements = new ArrayList<>();
    int compared = 0;
    for (Conformance.Case c : Conformance.cases()) {
      if (c.formatSensitive()) {
        continue;
      }
      compared++;
      ReadResult<Article> result = Ninjs.defaults().read(Conformance.bytes(c), c.version());
      if (result.isValid() != c.valid()) {
        disagreements.add(
            c + ": expected " + (c.valid() ? "valid" : "invalid") + ", ours " + result.errors());
      }
    }
    System.out.println(
        "ninjs conformance: "
            + (compared - disagreements.size())
            + "/"
            + compared
            + " verdicts agree");
    assertThat(compared).as("files compared").isGreaterThanOrEqualTo(100);
    assertThat(disagreements).as("disagreements").isEmpty();
  }

  @Test
  void everyRejectedFileIsRejectedWithAPointedSchemaError() {
    for (Conformance.Case c : Conformance.cases()) {
      if (c.valid() || c.formatSensitive()) {
        continue;
      }
      ReadResult<Article> result = Ninjs.defaults().read(Conformance.bytes(c), c.version());
      assertThat(result.errors())
          .as(c.toString())
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.code()).matches("(ninjs\\.schema|json)\\..*"));
    }
  }

  @Test
  void stricterChecksNeverChangeTheLenientVerdict() {
    for (Conformance.Case c : Conformance.cases()) {
      ReadResult<Article> result = Ninjs.defaults().read(Conformance.bytes(c), c.version());
      for (JsonProblem problem : result.problems()) {
        if (!problem.code().startsWith("ninjs.schema.") && !problem.code().startsWith("json.")) {
          assertThat(problem.isError()).as(c + " " + problem).isFalse();
        }
      }
    }
  }

  @Test
  void theFormatSensitiveFilesAreValidForTheRunnerAndFlaggedByTheStricterChecks() {
    int seen = 0;
    for (Conformance.Case c : Conformance.cases()) {
      if (!c.formatSensitive()) {
        continue;
      }
      seen++;
      ReadResult<Article> result = Ninjs.defaults().read(Conformance.bytes(c), c.version());
      assertThat(result.isValid()).as(c.toString()).isEqualTo(c.valid());
    }
    assertThat(seen).isPositive();
  }

  @Test
  void theValidDocumentsDeclaringTheirVersionAreDetected() {
    int detected = 0;
    for (Conformance.Case c : Conformance.cases()) {
      JsonNode tree = JsonMapper.shared().readTree(Conformance.bytes(c));
      // some invalid test files declare another version than their folder (3.0/should_fail/003)
      if (!c.valid() || !tree.isObject() || VersionDetection.declared(tree).isEmpty()) {
        continue;
      }
      detected++;
      NinjsVersion found =
          Ninjs.defaults()
              .detectVersion(
                  new String(Conformance.bytes(c), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(found.isV3()).as(c.toString()).isEqualTo(c.version().isV3());
    }
    assertThat(detected).isPositive();
  }
}
