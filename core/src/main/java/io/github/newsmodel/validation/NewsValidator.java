package io.github.newsmodel.validation;

import io.github.newsmodel.validation.internal.NewsMessageInterpolator;
import io.github.newsmodel.validation.internal.ViolationMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates newsmodel objects (or any Bean Validation annotated object) and returns a {@link
 * ValidationReport} with localized messages.
 *
 * <p>Thread-safe. Bootstrapping Hibernate Validator is expensive, so use {@link #shared()}, which
 * is created lazily on first use, or keep the instance returned by {@link #create()}.
 *
 * <p>Setup: Hibernate Validator is selected explicitly, {@code META-INF/validation.xml} is
 * ignored, and messages come from the newsmodel bundle {@code
 * io/github/newsmodel/validation/Messages*.properties} through Hibernate Validator's {@link
 * ParameterMessageInterpolator}, so no Expression Language implementation is needed and an
 * application's {@code ValidationMessages} cannot change newsmodel messages. Supported locales are
 * English, Russian ({@code ru}) and Kazakh ({@code kk}); any other locale yields English.
 * Hibernate Validator's predefined-scope bootstrap is not used because the set of bean classes is
 * not known in advance.
 */
public final class NewsValidator {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final Locale KAZAKH = Locale.forLanguageTag("kk");

  private final Map<Locale, Validator> validators;

  private NewsValidator(Map<Locale, Validator> validators) {
    this.validators = validators;
  }

  /**
   * Bootstraps a new validator. Prefer {@link #shared()} unless isolation is needed.
   *
   * @return a new, independent validator
   */
  public static NewsValidator create() {
    ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new NewsMessageInterpolator(parameters, Locale.ROOT))
        .buildValidatorFactory();
    return new NewsValidator(Map.of(
        Locale.ROOT, validatorFor(factory, parameters, Locale.ROOT),
        RUSSIAN, validatorFor(factory, parameters, RUSSIAN),
        KAZAKH, validatorFor(factory, parameters, KAZAKH)));
  }

  private static Validator validatorFor(
      ValidatorFactory factory, ParameterMessageInterpolator parameters, Locale locale) {
    return factory.usingContext()
        .messageInterpolator(new NewsMessageInterpolator(parameters, locale))
        .getValidator();
  }

  /**
   * Returns the process-wide instance, bootstrapped on first call.
   *
   * @return the shared validator
   */
  public static NewsValidator shared() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the locales with their own translations; others fall back to English.
   *
   * @return English, Russian and Kazakh
   */
  public static Set<Locale> supportedLocales() {
    return Set.of(Locale.ENGLISH, RUSSIAN, KAZAKH);
  }

  /**
   * Validates an object graph (default group) with English messages.
   *
   * @param bean the object to validate
   * @return the report
   * @throws NullPointerException if {@code bean} is null
   */
  public ValidationReport validate(Object bean) {
    return validate(bean, Locale.ENGLISH);
  }

  /**
   * Validates an object graph (default group) with messages in the given locale.
   *
   * @param bean the object to validate
   * @param locale {@code en}, {@code ru} or {@code kk}; other locales fall back to English
   * @return the report
   * @throws NullPointerException if {@code bean} or {@code locale} is null
   */
  public ValidationReport validate(Object bean, Locale locale) {
    Objects.requireNonNull(bean, "NewsValidator.validate: the object to validate must not be null");
    Objects.requireNonNull(locale, "NewsValidator.validate: locale must not be null (use Locale.ENGLISH)");
    // supported(...) returns one of the three locales the map was built with
    Validator validator =
        Objects.requireNonNull(validators.get(NewsMessageInterpolator.supported(locale)));
    Set<ConstraintViolation<Object>> violations = validator.validate(bean);
    if (violations.isEmpty()) {
      return ValidationReport.empty();
    }
    List<Problem> problems = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> violation : violations) {
      problems.add(ViolationMapper.toProblem(violation));
    }
    return ValidationReport.of(problems);
  }

  /** Lazy holder: the JVM initializes it once, on first access, thread-safely. */
  private static final class Holder {
    static final NewsValidator INSTANCE = create();
  }
}
