/**
 * JMH benchmarks: newsmodel's readers and writers against hand-written Jackson POJOs on the same
 * payloads. Run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
@NullMarked
package io.github.newsmodel.benchmarks;

import org.jspecify.annotations.NullMarked;
