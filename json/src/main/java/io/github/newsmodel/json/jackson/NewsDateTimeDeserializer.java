package io.github.newsmodel.json.jackson;

import io.github.newsmodel.time.NewsDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads a {@link NewsDateTime} from an ISO 8601 string, keeping its text. */
final class NewsDateTimeDeserializer extends ValueDeserializer<NewsDateTime> {

  /**
   * Parses the string.
   *
   * @param parser the parser, on a string
   * @param context the deserialization context
   * @return the date-time
   */
  @Override
  public NewsDateTime deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return context.reportInputMismatch(
          NewsDateTime.class,
          "expected an ISO 8601 date-time string, found %s",
          parser.currentToken());
    }
    try {
      return NewsDateTime.parse(parser.getString());
    } catch (DateTimeParseException e) {
      return context.reportInputMismatch(NewsDateTime.class, "%s", e.getMessage());
    }
  }
}
