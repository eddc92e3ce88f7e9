package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonPointers;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.media.Rendition;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.NewsValidator;
import io.github.newsmodel.validation.Problem;
import io.github.newsmodel.validation.Severity;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks stricter than the official schema, reported apart from its verdict: every date-time must
 * parse ({@code ninjs.strict.date}), sizes, dimensions, durations and counts must not be negative
 * ({@code ninjs.strict.negative}), rendition and trust-indicator links must be safe http(s) URLs
 * ({@code ninjs.strict.url}), and the article read must pass {@link NewsValidator} (its problem
 * codes, located in the ninjs document). In lenient mode these are warnings; in strict mode the
 * JSON checks are errors and validator problems keep their own severity.
 */
final class StrictChecks {

  private static final Set<String> DATES = Set.of("firstCreated", "versionCreated",
      "contentCreated", "embargoedUntil", "expires", "startDate", "endDate", "until", "on");
  private static final Set<String> AMOUNTS = Set.of("width", "height", "sizeInBytes", "duration",
      "charCount", "wordCount", "frameRate", "count", "interval", "rangeFrom", "rangeTo");
  private static final Set<String> LINKS = Set.of("href");

  private final NinjsVersion version;
  private final boolean strict;
  private final NewsValidator validator;
  private final Locale locale;
  private final List<JsonProblem> out = new ArrayList<>();

  StrictChecks(NinjsVersion version, boolean strict, NewsValidator validator, Locale locale) {
    this.version = version;
    this.strict = strict;
    this.validator = validator;
    this.locale = locale;
  }

  /** Checks the document (3.x names) and the article read from it. */
  List<JsonProblem> check(JsonNode normalized, Article article) {
    walk(normalized, "", null, 0);
    for (Problem problem : validator.validate(article, locale).problems()) {
      String pointer = ModelPaths.toPointer(problem.path(), normalized);
      Severity severity = strict ? problem.severity() : Severity.WARNING;
      out.add(new JsonProblem(inVersion(pointer), problem.code(), severity,
          problem.message(), 0, 0));
    }
    return out;
  }

  private void walk(JsonNode node, String pointer, @org.jspecify.annotations.Nullable String name,
      int depth) {
    if (depth > 200) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (!member.getKey().equals("geoJSON")) {
          walk(member.getValue(), JsonPointers.append(pointer, member.getKey()), member.getKey(),
              depth + 1);
        }
      }
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), JsonPointers.append(pointer, i), name, depth + 1);
      }
      return;
    }
    if (name == null) {
      return;
    }
    if (DATES.contains(name) && node.isString()) {
      try {
        NewsDateTime.parse(node.asString());
      } catch (DateTimeParseException e) {
        add(pointer, "ninjs.strict.date", "'" + node.asString() + "' is not an ISO 8601 date-time");
      }
    } else if (AMOUNTS.contains(name) && node.isNumber() && node.doubleValue() < 0) {
      add(pointer, "ninjs.strict.negative", name + " must not be negative");
    } else if (LINKS.contains(name) && node.isString() && !pointer.contains("/associations/")) {
      for (Problem problem : validator.validate(Rendition.of(node.asString()), locale).problems()) {
        if (problem.path().equals("url") && problem.isError()) {
          add(pointer, "ninjs.strict.url", problem.message());
        }
      }
    }
  }

  private void add(String pointer, String code, String message) {
    out.add(new JsonProblem(inVersion(pointer), code, strict ? Severity.ERROR : Severity.WARNING,
        message, 0, 0));
  }

  private String inVersion(String pointer) {
    if (version.isV3() || pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder renamed = new StringBuilder();
    for (String token : JsonPointers.tokens(pointer)) {
      renamed.append('/').append(JsonPointers.escape(Names.toV2(token)));
    }
    return renamed.toString();
  }
}
