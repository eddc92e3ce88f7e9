package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.article.Article;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the JSON-LD an article would be written as against Google's Article structured-data
 * guidance. Every finding is a {@link Severity#WARNING} whose pointer points into the output of
 * {@link SchemaOrg#writeJsonLd(Article)}.
 */
final class GoogleArticleProfile {
  static final long MIN_PIXELS = 50_000;
  static final int MAX_HEADLINE = 110;
  private static final Pattern SEVERAL_PEOPLE =
      Pattern.compile("(?iu)(\\s(and|und|et|y|и|және)\\s|[,;&/])");
  private static final Pattern BYLINE_WORDS =
      Pattern.compile("(?iu)^(by|posted by|written by|автор|текст)[\\s:]");

  private GoogleArticleProfile() {}

  static List<JsonProblem> check(Article article) {
    ObjectNode tree = JsonLdWriter.toTree(article);
    List<JsonProblem> warnings = new ArrayList<>();
    if (article.headline().codePointCount(0, article.headline().length()) > MAX_HEADLINE) {
      warn(
          warnings,
          "/headline",
          "google.headline.long",
          "headline is longer than " + MAX_HEADLINE + " characters and may be truncated");
    }
    checkImages(tree.get("image"), warnings);
    checkAuthors(tree.get("author"), warnings);
    checkDate(article.firstPublished(), "/datePublished", true, warnings);
    checkDate(article.modified(), "/dateModified", false, warnings);
    return List.copyOf(warnings);
  }

  private static void checkImages(@Nullable JsonNode images, List<JsonProblem> warnings) {
    if (images == null || images.isEmpty()) {
      warn(
          warnings,
          "/image",
          "google.image.missing",
          "no image; Google recommends images of at least 50,000 pixels in 16x9, 4x3 and 1x1");
      return;
    }
    boolean[] ratios = new boolean[MediaWriter.RATIOS.length];
    for (int i = 0; i < images.size(); i++) {
      JsonNode image = images.get(i);
      String pointer = "/image/" + i;
      String url = image.path("contentUrl").asString("");
      String lower = url.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
        warn(
            warnings,
            pointer + "/contentUrl",
            "google.image.url",
            "image URL is not an http(s) URL Google can crawl");
      }
      JsonNode width = image.get("width");
      JsonNode height = image.get("height");
      if (width == null || height == null) {
        warn(
            warnings,
            pointer,
            "google.image.size.unknown",
            "image width and height are unknown, so its 50,000-pixel minimum cannot be checked");
        continue;
      }
      long pixels = width.asLong() * height.asLong();
      if (pixels < MIN_PIXELS) {
        warn(
            warnings,
            pointer,
            "google.image.small",
            "image has "
                + pixels
                + " pixels ("
                + width.asLong()
                + "x"
                + height.asLong()
                + "); Google requires at least "
                + MIN_PIXELS
                + " (width x height)");
      }
      for (int r = 0; r < ratios.length; r++) {
        int[] ratio = MediaWriter.RATIOS[r];
        double actual = width.asDouble() / Math.max(1, height.asDouble());
        double wanted = ratio[0] / (double) ratio[1];
        ratios[r] |= Math.abs(actual - wanted) / wanted < 0.01;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int r = 0; r < ratios.length; r++) {
      if (!ratios[r]) {
        missing.add(MediaWriter.RATIOS[r][0] + "x" + MediaWriter.RATIOS[r][1]);
      }
    }
    if (!missing.isEmpty()) {
      warn(
          warnings,
          "/image",
          "google.image.ratios",
          "no image with aspect ratio "
              + String.join(", ", missing)
              + "; Google recommends 16x9, 4x3 and 1x1 images");
    }
  }

  private static void checkAuthors(@Nullable JsonNode authors, List<JsonProblem> warnings) {
    if (authors == null || authors.isEmpty()) {
      warn(
          warnings,
          "/author",
          "google.author.missing",
          "no author; Google recommends author with name (and url) for each author");
      return;
    }
    for (int i = 0; i < authors.size(); i++) {
      JsonNode author = authors.get(i);
      String pointer = "/author/" + i;
      String name = author.path("name").asString("");
      if (BYLINE_WORDS.matcher(name).find() || name.contains("://")) {
        warn(
            warnings,
            pointer + "/name",
            "google.author.name",
            "author name should be only the name, without \"By\", titles or URLs");
      } else if (SEVERAL_PEOPLE.matcher(name).find()) {
        warn(
            warnings,
            pointer + "/name",
            "google.author.multiple",
            "author name seems to hold several people; give each author its own entry");
      }
      if (!author.has("url") && !author.has("sameAs")) {
        warn(
            warnings,
            pointer,
            "google.author.url",
            "author has no url or sameAs that identifies them");
      }
    }
  }

  private static void checkDate(
      @Nullable NewsDateTime date, String pointer, boolean required, List<JsonProblem> warnings) {
    if (date == null) {
      if (required) {
        warn(warnings, pointer, "google.date.missing", "no datePublished");
      }
      return;
    }
    if (!date.hasOffset()) {
      warn(
          warnings,
          pointer,
          "google.date.offset",
          "\"" + date.text() + "\" has no time zone offset; Google recommends one");
    }
  }

  private static void warn(
      List<JsonProblem> warnings, String pointer, String code, String message) {
    warnings.add(new JsonProblem(pointer, code, Severity.WARNING, message, 0, 0));
  }
}
