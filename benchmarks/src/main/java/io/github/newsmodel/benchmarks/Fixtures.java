package io.github.newsmodel.benchmarks;

import io.github.newsmodel.benchmarks.pojo.PojoArticle;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every benchmark needs: the payload bytes, the baseline's mapper and validator, and checks
 * that both sides do the complete work on each payload (the POJOs map every property of the native
 * JSON and write it back, date-times as the same instant and offset, and nothing is invalid), so
 * that no benchmark measures a shortcut.
 */
public final class Fixtures {

  private Fixtures() {}

  /**
   * Returns the mapper a user of the POJOs would build: {@code JsonMapper.builder().build()}.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder().build();
  }

  /**
   * Returns a default Hibernate Validator with the parameter interpolator (no Expression Language
   * on the class path), as a user of the POJOs would bootstrap it.
   *
   * @return the validator
   */
  public static Validator pojoValidator() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Returns the payload in the native format, compact UTF-8, after checking that newsmodel reads it
   * back as a valid, equal article and that the POJOs read and write it without losing anything.
   *
   * @param name the payload
   * @return the JSON bytes
   * @throws IllegalStateException if a check fails
   */
  public static byte[] json(Payloads.Name name) {
    NewsJson json = NewsJson.defaults();
    byte[] bytes = json.writeBytes(Payloads.article(name));
    ReadResult<?> result = json.readAndValidate(bytes);
    if (!result.isValid()
        || !result.problems().isEmpty()
        || !result.value().orElseThrow().equals(Payloads.article(name))) {
      throw new IllegalStateException(name + ": newsmodel does not read its own output: " + result);
    }
    JsonMapper mapper = mapper();
    PojoArticle pojo = mapper.readValue(bytes, PojoArticle.class);
    Object original = normalized(mapper.readValue(bytes, Object.class));
    Object roundTrip = normalized(mapper.readValue(mapper.writeValueAsBytes(pojo), Object.class));
    if (!original.equals(roundTrip)) {
      throw new IllegalStateException(
          name + ": the POJOs do not round-trip the native JSON:\n" + original + "\n" + roundTrip);
    }
    Set<ConstraintViolation<PojoArticle>> violations = pojoValidator().validate(pojo);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(name + ": the POJO is invalid: " + violations);
    }
    return bytes;
  }

  /**
   * Returns a JSON value (maps, lists, scalars) with each date-time string in one canonical form:
   * {@code OffsetDateTime} writes {@code 2026-01-15T06:00+01:00} for {@code
   * 2026-01-15T06:00:00.000+01:00} and {@code Z} for {@code +00:00}, the same instant and offset.
   */
  private static Object normalized(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, normalized(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(normalized(v)));
      return copy;
    }
    if (value instanceof String text && text.length() >= 20 && text.charAt(10) == 'T') {
      try {
        return OffsetDateTime.parse(text).toString();
      } catch (DateTimeParseException notADateTime) {
        return text;
      }
    }
    return value;
  }
}
