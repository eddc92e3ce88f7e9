/**
 * Bean Validation layer of newsmodel: validates model objects with Hibernate Validator and turns
 * constraint violations into an immutable, localized {@link
 * io.github.newsmodel.validation.ValidationReport}.
 *
 * <p>Entry point: {@link io.github.newsmodel.validation.NewsValidator#shared()}.
 *
 * <p><b>Codes.</b> Every {@link io.github.newsmodel.validation.Problem} has a stable code. A
 * constraint whose message template is {@code {newsmodel.<code>}} reports {@code <code>}; the
 * standard constraints map to {@code required} (NotNull, NotBlank, NotEmpty), {@code range} (Min,
 * Max, Positive, PositiveOrZero, Negative, NegativeOrZero, DecimalMin, DecimalMax), {@code size},
 * {@code pattern}, {@code email} and {@code time} (Past, PastOrPresent, Future, FutureOrPresent);
 * any other constraint reports its annotation's simple name in lower case. The newsmodel
 * constraints report {@code url.*}, {@code language.tag}, {@code media.type} and {@code text.*}.
 *
 * <p><b>Warnings.</b> A violation is a {@link io.github.newsmodel.validation.Severity#WARNING} when
 * its constraint carries the {@link io.github.newsmodel.validation.constraints.Warning} payload, or
 * when its validator attached {@code Severity.WARNING} as a Hibernate Validator dynamic payload (as
 * {@link io.github.newsmodel.validation.constraints.NoInvisibleText} does by default). Warnings do
 * not make a report invalid.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.validation;
