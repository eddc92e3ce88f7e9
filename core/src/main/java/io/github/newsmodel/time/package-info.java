/**
 * Date-times that keep the offset and the exact text they were given in: see {@link
 * io.github.newsmodel.time.NewsDateTime}.
 */
@NullMarked
package io.github.newsmodel.time;

import org.jspecify.annotations.NullMarked;
