/**
 * Converts article bodies between HTML and newsmodel blocks with an allowlist, using jsoup.
 *
 * <p>Entry point: {@link io.github.newsmodel.json.html.HtmlBodies}.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json.html;
