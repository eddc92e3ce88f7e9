package io.github.newsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.newsmodel.validation.constraints.CleanText;
import io.github.newsmodel.validation.constraints.HttpUrl;
import io.github.newsmodel.validation.constraints.Warning;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsValidatorTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Locale KK = Locale.forLanguageTag("kk");
  private static final NewsValidator VALIDATOR = NewsValidator.shared();

  record Link(@HttpUrl @Nullable String url) {}

  record Named(@NotNull @Nullable String name) {}

  record Counted(@Min(5) int count) {}

  record Headline(@Size(max = 10, payload = Warning.class) String text) {}

  /** A record component with a constraint: Java copies it to field, accessor and constructor. */
  record Tagged(@NotNull @Size(min = 2) @Nullable String tag) {}

  /** Two constraints on one record component that both mean "required" for null. */
  record Titled(@NotNull @NotBlank @Nullable String title) {}

  /** A JavaBean constrained on both field and getter: Hibernate Validator reports twice. */
  static final class Bean {
    @NotNull private final @Nullable String name;

    Bean(@Nullable String name) {
      this.name = name;
    }

    @NotBlank
    public @Nullable String getName() {
      return name;
    }
  }

  record Rendition(@Positive int width) {}

  record Media(List<@Valid Rendition> renditions) {}

  record Article(
      List<@Valid Media> media,
      List<@Size(max = 5) String> keywords,
      Map<String, @CleanText String> extensions) {}

  @AlwaysInvalid
  record Root(@NotNull @Nullable String id) {}

  /** Model-style cross-field rule using one of the shared keys. */
  record Dated(Instant firstPublished, Instant modified) {
    @AssertTrue(message = "{newsmodel.dates.order}")
    public boolean isDatesInOrder() {
      return !modified.isBefore(firstPublished);
    }
  }

  /** One property per standard constraint mapped to a newsmodel code. */
  static final class Standard {
    @NotNull Object notNull = null;
    @NotBlank String notBlank = " ";
    @NotEmpty List<String> notEmpty = List.of();

    @Min(1)
    int min = 0;

    @Max(1)
    int max = 2;

    @Positive int positive = 0;
    @PositiveOrZero int positiveOrZero = -1;
    @Negative int negative = 1;

    @DecimalMin("1.5")
    BigDecimal decimalMin = BigDecimal.ONE;

    @DecimalMax("0.5")
    BigDecimal decimalMax = BigDecimal.ONE;

    @Size(min = 3)
    String size = "ab";

    @Pattern(regexp = "[a-z]+")
    String pattern = "ABC";

    @Email String email = "not an address";
    @Past Instant past = Instant.now().plusSeconds(3600);
    @PastOrPresent Instant pastOrPresent = Instant.now().plusSeconds(3600);
    @Future Instant future = Instant.EPOCH;
    @AssertTrue boolean assertTrue = false;
  }

  // --- bootstrap ---

  @Test
  void sharedIsASingleton() {
    assertThat(NewsValidator.shared()).isSameAs(NewsValidator.shared());
  }

  @Test
  void createReturnsIndependentInstances() {
    NewsValidator a = NewsValidator.create();
    assertThat(a).isNotSameAs(NewsValidator.create()).isNotSameAs(NewsValidator.shared());
    assertThat(a.validate(new Link("ftp://x")).problems())
        .extracting(Problem::code)
        .containsExactly("url.scheme");
  }

  @Test
  void supportedLocales() {
    assertThat(NewsValidator.supportedLocales()).containsExactlyInAnyOrder(Locale.ENGLISH, RU, KK);
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> VALIDATOR.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("object to validate");
    assertThatThrownBy(() -> VALIDATOR.validate(new Link(null), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("locale");
  }

  @Test
  void validBeanGivesEmptyReport() {
    ValidationReport report = VALIDATOR.validate(new Link("https://example.com"));
    assertThat(report.isValid()).isTrue();
    assertThat(report.problems()).isEmpty();
  }

  // --- localization ---

  @Test
  void sameFaultHasDifferentMessagesPerLocale() {
    Link bad = new Link("javascript:alert(1)");
    String en = VALIDATOR.validate(bad, Locale.ENGLISH).problems().get(0).message();
    String ru = VALIDATOR.validate(bad, RU).problems().get(0).message();
    String kk = VALIDATOR.validate(bad, KK).problems().get(0).message();
    assertThat(List.of(en, ru, kk))
        .doesNotHaveDuplicates()
        .allSatisfy(m -> assertThat(m).isNotBlank());
    assertThat(en).isEqualTo("must be an absolute URL starting with http:// or https://");
    assertThat(ru).isEqualTo("должен быть абсолютный URL, начинающийся с http:// или https://");
    assertThat(kk).isEqualTo("http:// немесе https:// деп басталатын абсолютті URL болуы керек");
  }

  @Test
  void defaultLocaleIsEnglish() {
    assertThat(VALIDATOR.validate(new Named(null)).problems().get(0).message())
        .isEqualTo("is required");
  }

  @Test
  void standardConstraintsAreLocalizedToo() {
    assertThat(VALIDATOR.validate(new Named(null), RU).problems().get(0).message())
        .isEqualTo("обязательное поле");
    assertThat(VALIDATOR.validate(new Named(null), KK).problems().get(0).message())
        .isEqualTo("міндетті өріс");
  }

  @Test
  void parametersAreInterpolated() {
    assertThat(VALIDATOR.validate(new Counted(1)).problems().get(0).message())
        .isEqualTo("must be greater than or equal to 5");
    assertThat(VALIDATOR.validate(new Counted(1), RU).problems().get(0).message())
        .isEqualTo("должно быть не меньше 5");
    assertThat(VALIDATOR.validate(new Counted(1), KK).problems().get(0).message())
        .isEqualTo("5 мәнінен кем болмауы керек");
  }

  @Test
  void regionalVariantsUseTheLanguage() {
    assertThat(
            VALIDATOR
                .validate(new Named(null), Locale.forLanguageTag("ru-RU"))
                .problems()
                .get(0)
                .message())
        .isEqualTo("обязательное поле");
    assertThat(
            VALIDATOR
                .validate(new Named(null), Locale.forLanguageTag("kk-Cyrl-KZ"))
                .problems()
                .get(0)
                .message())
        .isEqualTo("міндетті өріс");
  }

  @Test
  void unknownLocaleFallsBackToEnglish() {
    for (Locale locale :
        List.of(
            Locale.FRENCH,
            Locale.GERMAN,
            Locale.JAPANESE,
            Locale.ROOT,
            Locale.forLanguageTag("uk"))) {
      assertThat(VALIDATOR.validate(new Named(null), locale).problems().get(0).message())
          .as("locale %s", locale)
          .isEqualTo("is required");
    }
  }

  @Test
  void fallbackIsEnglishEvenWhenTheJvmDefaultIsRussian() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(RU);
      NewsValidator fresh = NewsValidator.create();
      assertThat(fresh.validate(new Named(null), Locale.FRENCH).problems().get(0).message())
          .isEqualTo("is required");
      assertThat(fresh.validate(new Named(null)).problems().get(0).message())
          .isEqualTo("is required");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void applicationValidationMessagesCannotOverrideOurs(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("ValidationMessages.properties"),
        "jakarta.validation.constraints.NotNull.message=USER OVERRIDE\n"
            + "newsmodel.url.scheme=USER OVERRIDE\n",
        StandardCharsets.UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, saved)) {
      thread.setContextClassLoader(loader);
      Set<ConstraintViolation<Named>> raw = rawValidator().validate(new Named(null));
      assertThat(raw)
          .extracting(ConstraintViolation::getMessage)
          .as("the application bundle is visible to a plain Hibernate Validator")
          .containsExactly("USER OVERRIDE");
      NewsValidator fresh = NewsValidator.create();
      assertThat(fresh.validate(new Named(null)).problems().get(0).message())
          .isEqualTo("is required");
      assertThat(fresh.validate(new Link("ftp://x")).problems().get(0).message())
          .isEqualTo("must be an absolute URL starting with http:// or https://");
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  // --- codes and severity ---

  @Test
  void standardConstraintsMapToStableCodes() {
    ValidationReport report = VALIDATOR.validate(new Standard());
    Map<String, String> codes = new LinkedHashMap<>();
    report.problems().forEach(p -> codes.put(p.path(), p.code()));
    assertThat(codes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("notNull", "required"),
                Map.entry("notBlank", "required"),
                Map.entry("notEmpty", "required"),
                Map.entry("min", "range"),
                Map.entry("max", "range"),
                Map.entry("positive", "range"),
                Map.entry("positiveOrZero", "range"),
                Map.entry("negative", "range"),
                Map.entry("decimalMin", "range"),
                Map.entry("decimalMax", "range"),
                Map.entry("size", "size"),
                Map.entry("pattern", "pattern"),
                Map.entry("email", "email"),
                Map.entry("past", "time"),
                Map.entry("pastOrPresent", "time"),
                Map.entry("future", "time"),
                Map.entry("assertTrue", "asserttrue")));
    assertThat(report.problems())
        .allSatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.ERROR);
              assertThat(p.message()).isNotBlank().doesNotContain("${").doesNotContain("{value}");
            });
  }

  @Test
  void standardConstraintsHaveKazakhMessagesWithoutPlaceholdersLeft() {
    ValidationReport report = VALIDATOR.validate(new Standard(), KK);
    assertThat(report.problems())
        .hasSize(17)
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .containsPattern("\\p{IsCyrillic}")
                    .doesNotContain("{")
                    .doesNotContain("${"));
  }

  @Test
  void newsmodelTemplateGivesItsKeyAsCode() {
    Instant t = Instant.parse("2026-01-02T10:00:00Z");
    ValidationReport report = VALIDATOR.validate(new Dated(t, t.minusSeconds(60)));
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(
            tuple("datesInOrder", "dates.order", "modified must not be before first published"));
    assertThat(VALIDATOR.validate(new Dated(t, t)).isValid()).isTrue();
  }

  @Test
  void warningPayloadGivesWarningAndStaysValid() {
    ValidationReport report = VALIDATOR.validate(new Headline("far too long headline"));
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactly(tuple("text", "size", Severity.WARNING));
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void unmappedConstraintUsesLowerCaseSimpleNameAndRootPath() {
    ValidationReport report = VALIDATOR.validate(new Root(null));
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("", "alwaysinvalid"), tuple("id", "required"));
  }

  // --- exactly one problem per fault ---

  @Test
  void recordComponentConstraintIsReportedOnce() {
    ValidationReport report = VALIDATOR.validate(new Tagged(null));
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tag", "required"));
    assertThat(VALIDATOR.validate(new Tagged("x")).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("tag", "size"));
  }

  private static Validator rawValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  @Test
  void twoConstraintsOnARecordComponentGiveOneProblemPerFault() {
    Set<ConstraintViolation<Titled>> violations = rawValidator().validate(new Titled(null));
    assertThat(violations).as("Hibernate Validator reports @NotNull and @NotBlank").hasSize(2);
    assertThat(VALIDATOR.validate(new Titled(null)).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("title", "required"));
    assertThat(VALIDATOR.validate(new Titled(" ")).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("title", "required"));
  }

  @Test
  void fieldAndGetterConstraintIsReportedOnce() {
    Set<ConstraintViolation<Bean>> violations = rawValidator().validate(new Bean(null));
    assertThat(violations).as("Hibernate Validator reports field and getter").hasSize(2);
    assertThat(VALIDATOR.validate(new Bean(null)).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("name", "required"));
  }

  // --- paths ---

  @Test
  void pathsAreRenderedWithIndexesAndKeys() {
    Map<String, String> ext = new LinkedHashMap<>();
    ext.put("ok", "fine");
    ext.put("bad", "x\u0000");
    Article article =
        new Article(
            List.of(
                new Media(List.of(new Rendition(1))),
                new Media(List.of(new Rendition(1), new Rendition(2), new Rendition(0)))),
            List.of("a", "b", "c", "much too long"),
            ext);
    assertThat(VALIDATOR.validate(article).problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("extensions[bad]", "text.control"),
            tuple("keywords[3]", "size"),
            tuple("media[1].renditions[2].width", "range"));
  }

  // --- concurrency ---

  @Test
  void concurrentValidationMatchesSequentialResults() throws Exception {
    List<Object> beans =
        List.of(
            new Link("javascript:x"),
            new Named(null),
            new Counted(1),
            new Headline("far too long headline"),
            new Standard(),
            new Tagged("x"),
            new Link("https://пример.рф/"),
            new Root(null));
    List<Locale> locales = List.of(Locale.ENGLISH, RU, KK, Locale.FRENCH);
    List<ValidationReport> expected = new ArrayList<>();
    NewsValidator validator = NewsValidator.create();
    for (Object bean : beans) {
      for (Locale locale : locales) {
        expected.add(validator.validate(bean, locale));
      }
    }
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<List<ValidationReport>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<ValidationReport> mine = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    mine.clear();
                    for (Object bean : beans) {
                      for (Locale locale : locales) {
                        mine.add(validator.validate(bean, locale));
                      }
                    }
                  }
                  return mine;
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<List<ValidationReport>> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).anySatisfy(r -> assertThat(r.isValid()).isFalse());
  }
}
