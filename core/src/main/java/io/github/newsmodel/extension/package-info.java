/**
 * A neutral, JSON-like value type for properties the model has no field for, so that nothing a
 * payload carries is ever dropped.
 */
@NullMarked
package io.github.newsmodel.extension;

import org.jspecify.annotations.NullMarked;
