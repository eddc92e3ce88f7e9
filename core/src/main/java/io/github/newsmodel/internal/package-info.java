/** Helpers shared by the core packages. Not API: may change without notice. */
@NullMarked
package io.github.newsmodel.internal;

import org.jspecify.annotations.NullMarked;
