/**
 * Jackson 3 integration: {@link io.github.newsmodel.json.jackson.NewsModelModule} lets any {@code
 * JsonMapper} read and write model types in the native format. Registered as a service, so {@code
 * JsonMapper.builder().findAndAddModules().build()} finds it.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json.jackson;
