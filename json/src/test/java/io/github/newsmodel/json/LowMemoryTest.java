package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the whole hostile corpus (with its 10,000-deep, 50 MB, 200k-element and huge-number
 * documents) in a separate JVM limited to a 64 MB heap: streaming and the limits must keep every
 * read within it.
 */
class LowMemoryTest {

  @Test
  void theHostileCorpusIsReadWithin64MegabytesOfHeap() throws Exception {
    // the suite runs on the module path: the forked JVM gets both paths as one class path
    String classPath =
        String.join(
            java.io.File.pathSeparator,
            System.getProperty("jdk.module.path", ""),
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx64m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    classPath,
                    HostileCorpusMain.class.getName()))
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    assertThat(output)
        .doesNotContain("OutOfMemoryError")
        .containsPattern("read \\d{3,} hostile documents");
    assertThat(exit).as(output).isZero();
  }
}
