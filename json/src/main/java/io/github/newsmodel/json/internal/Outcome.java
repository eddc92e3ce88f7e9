package io.github.newsmodel.json.internal;

import io.github.newsmodel.json.ReadResult;

/**
 * What reading one value from a parser produced, and where that left the parser.
 *
 * @param result the value and its problems
 * @param complete whether the parser is on the last token of the value, so the next value can be
 *     read
 * @param fatal whether the input is unusable from here on (a syntax error or exceeded stream limit)
 * @param <T> the type read
 */
public record Outcome<T>(ReadResult<T> result, boolean complete, boolean fatal) {}
