/**
 * The article: the news item itself, with its identifiers, text, dates, people, rights and links.
 */
@NullMarked
package io.github.newsmodel.article;

import org.jspecify.annotations.NullMarked;
