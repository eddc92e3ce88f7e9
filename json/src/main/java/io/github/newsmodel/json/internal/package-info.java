/**
 * Internal engine of the native format: the streaming reader and writer over Jackson's parser and
 * generator. Not part of the supported API; may change in any release.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json.internal;
