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
import java.util.HashSet;
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

  private static final Set<String> DATES =
      Set.of(
          "firstCreated",
          "versionCreated",
          "contentCreated",
          "embargoedUntil",
          "expires",
          "startDate",
          "endDate",
          "until",
          "on");
  private static final Set<String> AMOUNTS =
      Set.of(
          "width",
          "height",
          "sizeInBytes",
          "duration",
          "charCount",
          "wordCount",
          "frameRate",
          "count",
          "interval",
          "rangeFrom",
          "rangeTo");
  private static final Set<String> LINKS = Set.of("href");

  private final NinjsVersion version;
  private final boolean strict;
  private final NewsValidator validator;
  private final Locale locale;
  private final FastHints hints;
  private final List<JsonProblem> out = new ArrayList<>();

  /** Date-time texts known to parse: those the article holds, and each one checked here once. */
  private final Set<String> parsed = new HashSet<>();

  /** Checks reusing the validation report {@code hints} may hold. */
  StrictChecks(
      NinjsVersion version,
      boolean strict,
      NewsValidator validator,
      Locale locale,
      FastHints hints) {
    this.version = version;
    this.strict = strict;
    this.validator = validator;
    this.locale = locale;
    this.hints = hints;
  }

  /** Checks the document (3.x names) and the article read from it. */
  List<JsonProblem> check(JsonNode normalized, Article article) {
    for (NewsDateTime date :
        new NewsDateTime[] {
          article.firstPublished(),
          article.modified(),
          article.created(),
          article.embargoedUntil(),
          article.expires()
        }) {
      if (date != null) {
        parsed.add(date.text());
      }
    }
    walk(normalized, new ArrayList<>(), null, false, 0);
    for (Problem problem : hints.validate(validator, article, locale).problems()) {
      String pointer = ModelPaths.toPointer(problem.path(), normalized);
      Severity severity = strict ? problem.severity() : Severity.WARNING;
      out.add(
          new JsonProblem(inVersion(pointer), problem.code(), severity, problem.message(), 0, 0));
    }
    return out;
  }

  /**
   * Walks the tree; the pointer of a node is built only when a problem is reported there ({@code
   * path} holds the member names and indexes from the root, {@code associations} whether one of
   * them is the member {@code associations}).
   */
  private void walk(
      JsonNode node,
      List<Object> path,
      @org.jspecify.annotations.Nullable String name,
      boolean associations,
      int depth) {
    if (depth > 200) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String key = member.getKey();
        if (!key.equals("geoJSON")) {
          path.add(key);
          walk(member.getValue(), path, key, associations || key.equals("associations"), depth + 1);
          path.remove(path.size() - 1);
        }
      }
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        walk(node.get(i), path, name, associations, depth + 1);
        path.remove(path.size() - 1);
      }
      return;
    }
    if (name == null) {
      return;
    }
    if (DATES.contains(name) && node.isString()) {
      if (parsed.contains(node.asString())) {
        return;
      }
      try {
        NewsDateTime.parse(node.asString());
        parsed.add(node.asString());
      } catch (DateTimeParseException e) {
        add(
            pointer(path),
            "ninjs.strict.date",
            "'" + node.asString() + "' is not an ISO 8601 date-time");
      }
    } else if (AMOUNTS.contains(name) && node.isNumber() && node.doubleValue() < 0) {
      add(pointer(path), "ninjs.strict.negative", name + " must not be negative");
    } else if (LINKS.contains(name) && node.isString() && !associations) {
      for (Problem problem : validator.validate(Rendition.of(node.asString()), locale).problems()) {
        if (problem.path().equals("url") && problem.isError()) {
          add(pointer(path), "ninjs.strict.url", problem.message());
        }
      }
    }
  }

  private static String pointer(List<Object> path) {
    String pointer = "";
    for (Object token : path) {
      pointer =
          token instanceof Integer index
              ? JsonPointers.append(pointer, index)
              : JsonPointers.append(pointer, (String) token);
    }
    return pointer;
  }

  private void add(String pointer, String code, String message) {
    out.add(
        new JsonProblem(
            inVersion(pointer), code, strict ? Severity.ERROR : Severity.WARNING, message, 0, 0));
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
