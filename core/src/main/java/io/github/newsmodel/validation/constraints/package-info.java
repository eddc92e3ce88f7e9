/**
 * Constraint annotations for news content: {@link
 * io.github.newsmodel.validation.constraints.HttpUrl}, {@link
 * io.github.newsmodel.validation.constraints.LanguageTag}, {@link
 * io.github.newsmodel.validation.constraints.MediaType}, {@link
 * io.github.newsmodel.validation.constraints.CleanText} and {@link
 * io.github.newsmodel.validation.constraints.NoInvisibleText}, plus the {@link
 * io.github.newsmodel.validation.constraints.Warning} payload.
 *
 * <p>All constraints accept {@code null} (combine with {@code @NotNull} to require a value), target
 * fields, methods, parameters, type uses (e.g. {@code List<@HttpUrl String>}) and annotation types
 * (for composition). {@code RECORD_COMPONENT} is deliberately not a target: the Bean Validation
 * specification does not list it, and annotations on record components reach the field, accessor
 * and constructor parameter through the {@code FIELD}, {@code METHOD} and {@code PARAMETER} targets
 * anyway.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.validation.constraints;
