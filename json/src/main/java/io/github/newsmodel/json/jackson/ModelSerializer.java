package io.github.newsmodel.json.jackson;

import io.github.newsmodel.json.internal.Codec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a model value in the native format with the same encoder {@code NewsJson} uses.
 *
 * @param <T> the model type
 */
class ModelSerializer<T> extends ValueSerializer<T> {

  private final Class<T> type;

  ModelSerializer(Class<T> type) {
    this.type = type;
  }

  /**
   * Returns the model type written.
   *
   * @return the type
   */
  @Override
  public Class<?> handledType() {
    return type;
  }

  /**
   * Writes the value.
   *
   * @param value the value
   * @param generator the generator
   * @param context the serialization context
   */
  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    Codec.write(generator, value);
  }
}
