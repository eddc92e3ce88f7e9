/**
 * What an article is about: named people, organisations, places, events, objects and subjects, and
 * its genres.
 */
@NullMarked
package io.github.newsmodel.entity;

import org.jspecify.annotations.NullMarked;
