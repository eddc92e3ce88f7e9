package io.github.newsmodel.validation.constraints;

import jakarta.validation.Payload;

/**
 * Payload that downgrades a constraint violation to {@link
 * io.github.newsmodel.validation.Severity#WARNING}: {@code @Size(max = 120, payload =
 * Warning.class) String headline} reports an over-long headline without making the report invalid.
 */
public interface Warning extends Payload {}
