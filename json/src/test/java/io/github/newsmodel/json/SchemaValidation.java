package io.github.newsmodel.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The shipped JSON Schema, loaded once through {@link NewsJsonSchema#open()} into a networknt draft
 * 2020-12 validator (thread-safe); errors are located by JSON Pointers.
 */
final class SchemaValidation {

  private static final Schema SCHEMA = load();

  private SchemaValidation() {}

  private static Schema load() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in = NewsJsonSchema.open()) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates a JSON document and returns every schema error, empty when it conforms. */
  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** The instance location of an error as an RFC 6901 JSON Pointer ({@code ""} for the root). */
  static String pointer(Error error) {
    String location = error.getInstanceLocation().toString();
    return location.equals("/") ? "" : location;
  }
}
