package io.github.newsmodel.benchmarks;

import io.github.newsmodel.benchmarks.pojo.PojoArticle;
import io.github.newsmodel.json.NewsJson;
import io.github.newsmodel.json.ReadResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every benchmark needs: the payload bytes, the baseline's mapper and validator, and checks
 * that both sides do the complete work on each payload (the POJOs map every property of the native
 * JSON, and nothing is invalid), so that no benchmark measures a shortcut.
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
    if (!result.isValid() || !result.problems().isEmpty()
        || !result.value().orElseThrow().equals(Payloads.article(name))) {
      throw new IllegalStateException(name + ": newsmodel does not read its own output: " + result);
    }
    JsonMapper mapper = mapper();
    PojoArticle pojo = mapper.readValue(bytes, PojoArticle.class);
    JsonNode original = mapper.readTree(bytes);
    JsonNode roundTrip = mapper.readTree(mapper.writeValueAsBytes(pojo));
    if (!original.equals(roundTrip)) {
      throw new IllegalStateException(name + ": the POJOs do not round-trip the native JSON:\n"
          + original + "\n" + roundTrip);
    }
    Set<ConstraintViolation<PojoArticle>> violations = pojoValidator().validate(pojo);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(name + ": the POJO is invalid: " + violations);
    }
    return bytes;
  }
}
