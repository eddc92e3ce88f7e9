package io.github.newsmodel.json.ninjs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IPTC conformance folder and its manifest, found through {@code newsmodel.conformance.dir}.
 */
final class Conformance {

  /** One instance file of the manifest. */
  record Case(String path, String validateAgainst, boolean valid, boolean formatSensitive) {
    Path file() {
      return ninjsDir().resolve(path);
    }

    NinjsVersion version() {
      String number = validateAgainst.replaceAll(".*ninjs-schema_([0-9.]+)\\.json", "$1");
      return NinjsVersion.fromNumber(number).orElseThrow();
    }

    @Override
    public String toString() {
      return path;
    }
  }

  private static final List<String> SCOPE =
      List.of(
          "test-suite/2.1/",
          "test-suite/2.2/",
          "test-suite/3.0/",
          "test-suite/3.1/",
          "examples/2.1/",
          "examples/3.0/",
          "examples/userguide/2.2/",
          "examples/userguide/3.1/",
          "examples/userguide/not-valid/");

  private Conformance() {}

  static Path ninjsDir() {
    String dir = System.getProperty("newsmodel.conformance.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "system property newsmodel.conformance.dir is not set;"
              + " the parent POM passes ${maven.multiModuleProjectDirectory}/../shared/conformance");
    }
    Path ninjs = Path.of(dir).resolve("ninjs");
    if (!Files.isRegularFile(ninjs.resolve("manifest.json"))) {
      throw new IllegalStateException(
          "no IPTC ninjs conformance data at "
              + ninjs.toAbsolutePath()
              + " (newsmodel.conformance.dir="
              + dir
              + "); expected manifest.json there");
    }
    return ninjs;
  }

  /** Every instance of the 2.1, 2.2, 3.0 and 3.1 test suites and examples. */
  static List<Case> cases() {
    try {
      JsonNode manifest =
          JsonMapper.shared().readTree(ninjsDir().resolve("manifest.json").toFile());
      List<Case> cases = new ArrayList<>();
      for (JsonNode file : manifest.get("files")) {
        String path = file.get("path").asString();
        if (!"instance".equals(file.path("kind").asString())
            || SCOPE.stream().noneMatch(path::startsWith)) {
          continue;
        }
        boolean valid = "valid".equals(file.get("expected").asString());
        JsonNode withFormat = file.get("validWithFormatAssertion");
        boolean formatSensitive =
            withFormat != null && withFormat.isBoolean() && withFormat.asBoolean() != valid;
        cases.add(new Case(path, file.get("validateAgainst").asString(), valid, formatSensitive));
      }
      return cases;
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot read the ninjs conformance manifest", e);
    }
  }

  static byte[] bytes(Case c) {
    try {
      return Files.readAllBytes(c.file());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + c.file(), e);
    }
  }
}
