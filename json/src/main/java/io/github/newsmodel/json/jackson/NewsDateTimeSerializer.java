package io.github.newsmodel.json.jackson;

import io.github.newsmodel.time.NewsDateTime;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes a {@link NewsDateTime} as its original text, byte for byte. */
final class NewsDateTimeSerializer extends ValueSerializer<NewsDateTime> {

  /**
   * Writes the text.
   *
   * @param value the date-time
   * @param generator the generator
   * @param context the serialization context
   */
  @Override
  public void serialize(NewsDateTime value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(value.text());
  }
}
