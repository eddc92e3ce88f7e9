/**
 * The baseline: what a competent Java developer writes by hand for the same JSON — public mutable
 * classes with Bean Validation annotations, read and written by a plain Jackson {@code JsonMapper}.
 */
@NullUnmarked
package io.github.newsmodel.benchmarks.pojo;

import org.jspecify.annotations.NullUnmarked;
