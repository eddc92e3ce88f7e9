/**
 * People and organisations who write, publish or supply an article: authors, the publisher and
 * source attributions.
 */
@NullMarked
package io.github.newsmodel.party;

import org.jspecify.annotations.NullMarked;
