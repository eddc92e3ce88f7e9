/**
 * Open Graph meta tags for articles: {@link io.github.newsmodel.json.opengraph.OpenGraph} renders
 * {@code og:*} and {@code article:*} {@code <meta>} elements with escaped attribute values.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json.opengraph;
