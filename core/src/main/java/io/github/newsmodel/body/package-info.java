/**
 * The body of an article as ordered, HTML-free blocks (paragraphs, headings, quotes, lists, media
 * references, embeds) holding inline text, links and emphasis.
 */
@NullMarked
package io.github.newsmodel.body;

import org.jspecify.annotations.NullMarked;
