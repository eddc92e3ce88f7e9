package io.github.newsmodel.json.jackson;

import io.github.newsmodel.extension.JsonValue;
import tools.jackson.databind.DeserializationContext;

/** Reads any JSON as a {@link JsonValue}; JSON {@code null} is {@link JsonValue#NULL}. */
final class JsonValueDeserializer extends ModelDeserializer<JsonValue> {

  JsonValueDeserializer() {
    super(JsonValue.class);
  }

  /**
   * Returns {@link JsonValue#NULL} for JSON {@code null}.
   *
   * @param context the deserialization context
   * @return the null value
   */
  @Override
  public JsonValue getNullValue(DeserializationContext context) {
    return JsonValue.NULL;
  }
}
