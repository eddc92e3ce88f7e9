/**
 * Media attached to an article: photos, video, audio, graphics and documents, with their
 * renditions, captions and credits.
 */
@NullMarked
package io.github.newsmodel.media;

import org.jspecify.annotations.NullMarked;
