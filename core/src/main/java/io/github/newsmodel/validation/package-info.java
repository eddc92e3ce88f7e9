/**
 * Bean Validation layer of newsmodel: validates model objects with Hibernate Validator and turns
 * constraint violations into an immutable, localized {@link io.github.newsmodel.validation.ValidationReport}.
 *
 * <p>Entry point: {@link io.github.newsmodel.validation.NewsValidator#shared()}.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.validation;
