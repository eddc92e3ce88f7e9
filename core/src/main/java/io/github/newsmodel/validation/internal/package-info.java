/**
 * Implementation classes of the newsmodel validation layer: constraint validators, the message
 * interpolator and the violation-to-problem mapping.
 *
 * <p><b>Not API.</b> These classes are public only because Hibernate Validator and the {@code
 * validation} package must reach them; they may change or disappear in any release. Use the
 * annotations in {@code io.github.newsmodel.validation.constraints} and {@code
 * io.github.newsmodel.validation.NewsValidator} instead.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.validation.internal;
