package io.github.newsmodel.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the CLI: the jar manifest's {@code Implementation-Version}, else a resource. */
final class Version {

  private static final String RESOURCE = "version.properties";

  private Version() {}

  /**
   * Returns the version.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}
   */
  static String get() {
    String fromManifest = Version.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String fromResource = properties.getProperty("version");
        if (fromResource != null && !fromResource.isBlank() && !fromResource.startsWith("${")) {
          return fromResource;
        }
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return "unknown";
  }
}
