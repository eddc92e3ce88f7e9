package io.github.newsmodel.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small documents in every format, valid and invalid, shared by the in-process and forked-JVM
 * tests; each on one line, so they can also be NDJSON records.
 */
final class FormatDocuments {

  static final String HEADLINE = "Казахстан и ДЗЯО";

  static final String NATIVE =
      "{\"id\": \"kz-1\", \"headline\": \""
          + HEADLINE
          + "\","
          + " \"firstPublished\": \"2023-11-28T19:00:00+06:00\"}";

  /** An {@code ftp:} canonical URL; its value starts at byte 78 of line 1. */
  static final String NATIVE_INVALID =
      "{\"id\": \"kz-1\", \"headline\": \"" + HEADLINE + "\", \"canonicalUrl\": \"ftp://a.kz/1\"}";

  static final String NINJS_31 =
      "{\"standard\": {\"name\": \"ninjs\", \"version\": \"3.1\"},"
          + " \"uri\": \"urn:newsmodel:kz-1\", \"type\": \"text\","
          + " \"versionCreated\": \"2023-11-28T19:00:00+06:00\","
          + " \"headlines\": [{\"role\": \"main\", \"value\": \""
          + HEADLINE
          + "\"}]}";

  /** {@code pubStatus} outside the 3.1 enum. */
  static final String NINJS_31_INVALID =
      "{\"standard\": {\"name\": \"ninjs\", \"version\": \"3.1\"},"
          + " \"uri\": \"urn:newsmodel:kz-1\", \"pubStatus\": \"gone\","
          + " \"headlines\": [{\"role\": \"main\", \"value\": \""
          + HEADLINE
          + "\"}]}";

  /** A 3.1 item with an event block, which ninjs 2.2 cannot carry. */
  static final String NINJS_31_EVENT =
      "{\"standard\": {\"name\": \"ninjs\", \"version\": \"3.1\"},"
          + " \"uri\": \"urn:newsmodel:kz-1\", \"type\": \"text\","
          + " \"headlines\": [{\"role\": \"main\", \"value\": \""
          + HEADLINE
          + "\"}],"
          + " \"eventDetails\": {\"dates\": {\"expectedStartDate\": \"2023-11-27\"}}}";

  static final String NINJS_22 =
      "{\"standard\": {\"name\": \"ninjs\", \"version\": \"2.2\"},"
          + " \"uri\": \"urn:newsmodel:kz-1\", \"type\": \"text\","
          + " \"versioncreated\": \"2023-11-28T19:00:00+06:00\","
          + " \"headlines\": [{\"role\": \"main\", \"value\": \""
          + HEADLINE
          + "\"}]}";

  /** {@code versioncreated} is a number. */
  static final String NINJS_22_INVALID =
      "{\"standard\": {\"name\": \"ninjs\", \"version\": \"2.2\"},"
          + " \"uri\": \"urn:newsmodel:kz-1\", \"versioncreated\": 2023,"
          + " \"headlines\": [{\"role\": \"main\", \"value\": \""
          + HEADLINE
          + "\"}]}";

  static final String SCHEMA_ORG =
      "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
          + " \"identifier\": \"kz-1\", \"headline\": \""
          + HEADLINE
          + "\","
          + " \"datePublished\": \"2023-11-28T19:00:00+06:00\"}";

  /** An image with a negative width, and a date without an offset (a warning). */
  static final String SCHEMA_ORG_INVALID =
      "{\"@context\": \"https://schema.org\","
          + " \"@type\": \"NewsArticle\", \"headline\": \""
          + HEADLINE
          + "\","
          + " \"datePublished\": \"2023-11-28T19:00:00\","
          + " \"image\": {\"@type\": \"ImageObject\", \"url\": \"https://a.kz/1.jpg\", \"width\": -5}}";

  private FormatDocuments() {}

  /**
   * A valid document of a format.
   *
   * @param format a format name
   * @return the document
   */
  static String valid(String format) {
    return switch (format) {
      case "native" -> NATIVE;
      case "ninjs", "ninjs3" -> NINJS_31;
      case "ninjs2" -> NINJS_22;
      case "schemaorg" -> SCHEMA_ORG;
      default -> throw new IllegalArgumentException(format);
    };
  }

  /**
   * An invalid document of a format.
   *
   * @param format a format name
   * @return the document
   */
  static String invalid(String format) {
    return switch (format) {
      case "native" -> NATIVE_INVALID;
      case "ninjs", "ninjs3" -> NINJS_31_INVALID;
      case "ninjs2" -> NINJS_22_INVALID;
      case "schemaorg" -> SCHEMA_ORG_INVALID;
      default -> throw new IllegalArgumentException(format);
    };
  }

  /**
   * The IPTC conformance directory, passed by the build as {@code newsmodel.conformance.dir}.
   *
   * @return the {@code ninjs} directory in it
   * @throws IllegalStateException if the property is missing or the directory does not exist
   */
  static Path conformanceNinjs() {
    String dir = System.getProperty("newsmodel.conformance.dir");
    if (dir == null) {
      throw new IllegalStateException("system property newsmodel.conformance.dir is not set");
    }
    Path ninjs = Path.of(dir, "ninjs");
    if (!Files.isDirectory(ninjs)) {
      throw new IllegalStateException(ninjs + " does not exist");
    }
    return ninjs;
  }
}
