package io.github.newsmodel.validation;

import io.github.newsmodel.article.AlternateId;
import io.github.newsmodel.article.Article;
import io.github.newsmodel.article.Engagement;
import io.github.newsmodel.article.RelatedArticle;
import io.github.newsmodel.article.Rights;
import io.github.newsmodel.body.Block;
import io.github.newsmodel.body.Embed;
import io.github.newsmodel.body.Heading;
import io.github.newsmodel.body.Inline;
import io.github.newsmodel.body.ListBlock;
import io.github.newsmodel.body.MediaReference;
import io.github.newsmodel.body.Paragraph;
import io.github.newsmodel.body.Quote;
import io.github.newsmodel.entity.Entity;
import io.github.newsmodel.entity.Genre;
import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.media.FocalPoint;
import io.github.newsmodel.media.Media;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.party.Party;
import io.github.newsmodel.party.Source;
import io.github.newsmodel.share.FollowLink;
import io.github.newsmodel.share.ShareLink;
import io.github.newsmodel.share.SharePlatform;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.internal.ModelCheck;
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
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Validates newsmodel objects (or any Bean Validation annotated object) and returns a {@link
 * ValidationReport} with localized messages.
 *
 * <p>Thread-safe. Bootstrapping Hibernate Validator is expensive, so use {@link #shared()}, which
 * is created lazily on first use, or keep the instance returned by {@link #create()}.
 *
 * <p>Setup: Hibernate Validator is selected explicitly, {@code META-INF/validation.xml} is ignored,
 * and messages come from the newsmodel bundle {@code
 * io/github/newsmodel/validation/Messages*.properties} through Hibernate Validator's {@link
 * ParameterMessageInterpolator}, so no Expression Language implementation is needed and an
 * application's {@code ValidationMessages} cannot change newsmodel messages. Supported locales are
 * English, Russian ({@code ru}) and Kazakh ({@code kk}); any other locale yields English.
 *
 * <p>newsmodel's own types ({@link #MODEL_TYPES}) are validated by a Hibernate Validator
 * bootstrapped with its predefined scope: their metadata is built once, up front, and looked up in
 * a plain concurrent map instead of the general engine's reference-keyed cache, which is the larger
 * part of the engine's own cost on an article. Any other object is validated by a general
 * bootstrap, created on first use.
 *
 * <p>An {@link Article} is first checked by a fast path that applies the same constraint rules
 * directly and answers only "certainly no problem"; otherwise, and for every other object,
 * Hibernate Validator produces the report. Valid articles, the common case, so skip the engine's
 * per-property bookkeeping; reports are unchanged.
 */
public final class NewsValidator {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final Locale KAZAKH = Locale.forLanguageTag("kk");

  /**
   * The classes validated by the predefined-scope engine: every newsmodel class that declares
   * constraints or cascades, and every class a cascade can reach from them. A guard test checks
   * that no constrained class of the core module is missing.
   */
  static final Set<Class<?>> MODEL_TYPES =
      Set.of(
          Article.class,
          AlternateId.class,
          Engagement.class,
          RelatedArticle.class,
          Rights.class,
          Block.class,
          Paragraph.class,
          Heading.class,
          Quote.class,
          ListBlock.class,
          MediaReference.class,
          Embed.class,
          Inline.class,
          Inline.Text.class,
          Inline.Link.class,
          Inline.Styled.class,
          Inline.LineBreak.class,
          Entity.class,
          Genre.class,
          Media.class,
          Rendition.class,
          FocalPoint.class,
          Party.class,
          Source.class,
          ShareLink.class,
          FollowLink.class,
          SharePlatform.class,
          NewsDateTime.class,
          Extensions.class,
          JsonValue.class);

  private final Map<Locale, Validator> model;
  private final Supplier<Map<Locale, Validator>> general;

  private NewsValidator(Map<Locale, Validator> model, Supplier<Map<Locale, Validator>> general) {
    this.model = model;
    this.general = general;
  }

  /**
   * Bootstraps a new validator. Prefer {@link #shared()} unless isolation is needed.
   *
   * @return a new, independent validator
   */
  public static NewsValidator create() {
    ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();
    ValidatorFactory modelFactory =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .initializeBeanMetaData(MODEL_TYPES)
            .messageInterpolator(new NewsMessageInterpolator(parameters, Locale.ROOT))
            .buildValidatorFactory();
    Map<Locale, Validator> model = validators(modelFactory, parameters);
    Supplier<Map<Locale, Validator>> general =
        new Supplier<>() {
          private volatile @Nullable Map<Locale, Validator> validators;

          @Override
          public Map<Locale, Validator> get() {
            Map<Locale, Validator> result = validators;
            if (result == null) {
              synchronized (this) {
                result = validators;
                if (result == null) {
                  ValidatorFactory factory =
                      Validation.byProvider(HibernateValidator.class)
                          .configure()
                          .ignoreXmlConfiguration()
                          .messageInterpolator(new NewsMessageInterpolator(parameters, Locale.ROOT))
                          .buildValidatorFactory();
                  result = validators(factory, parameters);
                  validators = result;
                }
              }
            }
            return result;
          }
        };
    return new NewsValidator(model, general);
  }

  private static Map<Locale, Validator> validators(
      ValidatorFactory factory, ParameterMessageInterpolator parameters) {
    return Map.of(
        Locale.ROOT,
        validatorFor(factory, parameters, Locale.ROOT),
        RUSSIAN,
        validatorFor(factory, parameters, RUSSIAN),
        KAZAKH,
        validatorFor(factory, parameters, KAZAKH));
  }

  private static Validator validatorFor(
      ValidatorFactory factory, ParameterMessageInterpolator parameters, Locale locale) {
    return factory
        .usingContext()
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
    Objects.requireNonNull(
        locale, "NewsValidator.validate: locale must not be null (use Locale.ENGLISH)");
    if (bean instanceof Article article && ModelCheck.isCertainlyValid(article)) {
      return ValidationReport.empty();
    }
    Map<Locale, Validator> validators =
        MODEL_TYPES.contains(bean.getClass()) ? model : general.get();
    // supported(...) returns one of the three locales the maps were built with
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
