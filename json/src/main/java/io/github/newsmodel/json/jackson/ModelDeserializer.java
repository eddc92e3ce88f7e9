package io.github.newsmodel.json.jackson;

import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.json.ReadResult;
import io.github.newsmodel.json.internal.Codec;
import io.github.newsmodel.json.internal.Outcome;
import io.github.newsmodel.validation.NewsValidator;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a model value in the native format with the same decoder {@code NewsJson} uses (lenient:
 * unknown properties go to extension bags). Structural errors (wrong types, missing required
 * values) fail with Jackson's {@code MismatchedInputException} listing every problem with its JSON
 * Pointer; Bean Validation is not applied (use {@code NewsValidator}).
 *
 * @param <T> the model type
 */
class ModelDeserializer<T> extends ValueDeserializer<T> {

  private static final Codec CODEC =
      new Codec(
          ReadMode.LENIENT, JsonLimits.defaults(), false, NewsValidator.shared(), Locale.ENGLISH);

  private final Class<T> type;

  ModelDeserializer(Class<T> type) {
    this.type = type;
  }

  /**
   * Returns the model type read.
   *
   * @return the type
   */
  @Override
  public Class<?> handledType() {
    return type;
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param parser the parser
   * @param context the deserialization context
   * @return the value
   */
  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    Outcome<?> outcome = CODEC.readStructure(parser, type);
    ReadResult<?> result = outcome.result();
    if (result.value().isPresent() && result.errors().isEmpty()) {
      return type.cast(result.value().get());
    }
    String problems =
        result.errors().stream().map(JsonProblem::toString).collect(Collectors.joining("; "));
    return context.reportInputMismatch(
        type,
        "cannot read %s: %s",
        type.getSimpleName(),
        problems.isEmpty() ? "no value" : problems);
  }
}
