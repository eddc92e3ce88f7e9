package io.github.newsmodel.json.ninjs;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The official IPTC schemas, loaded with networknt from the conformance folder (tests only). */
final class OfficialSchemas {

  private OfficialSchemas() {}

  static List<Error> validate(String json, NinjsVersion version) {
    return schema(version).validate(JsonMapper.shared().readTree(json));
  }

  static Schema schema(NinjsVersion version) {
    Path dir = Conformance.ninjsDir();
    String id = "http://www.iptc.org/std/ninjs/ninjs-schema_" + version.number() + ".json";
    Map<String, String> schemas =
        Map.of(
            id,
            read(dir.resolve("ninjs-schema_" + version.number() + ".json")),
            "https://geojson.org/schema/GeoJSON.json",
            read(dir.resolve("geojson/GeoJSON.json")));
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(schemas));
    return registry.getSchema(SchemaLocation.of(id));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
