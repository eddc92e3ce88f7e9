package io.github.newsmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the built jar ({@code examples/target/newsmodel.jar}, from the system property {@code
 * newsmodel.cli.jar} that failsafe sets) in a forked JVM, as scripts run it: {@code java -Xmx256m
 * -jar newsmodel.jar …}, standard input from a file, output captured.
 */
final class ForkedCli {

  /** What one forked run printed and returned. */
  record Result(int status, String out, String err) {
    void hasNoStackTrace() {
      assertThat(err).doesNotContain("\tat ", "Exception in thread");
      assertThat(out).doesNotContain("\tat ", "Exception in thread");
    }
  }

  private final Path dir;
  private final Path jar;

  /**
   * Finds the jar.
   *
   * @param dir where inputs and captured output are written
   */
  ForkedCli(Path dir) {
    this.dir = dir;
    this.jar = Path.of(System.getProperty("newsmodel.cli.jar", "target/newsmodel.jar"));
    assertThat(jar).isRegularFile();
  }

  Path jar() {
    return jar;
  }

  /** Runs {@code java OPTIONS… -jar newsmodel.jar ARGS…}. */
  Result runWith(List<String> jvmOptions, Path stdin, String... args) {
    List<String> command = new ArrayList<>(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(Arrays.asList(args));
    return java(command, stdin);
  }

  /** Runs {@code java OPTIONS… ARGS…}, for a class path other than the jar. */
  Result java(List<String> arguments, Path stdin) {
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(arguments);
      Path out = Files.createTempFile(dir, "out", ".txt");
      Path err = Files.createTempFile(dir, "err", ".txt");
      Process process =
          new ProcessBuilder(command)
              .redirectInput(stdin.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int status = process.waitFor();
      return new Result(
          status,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs the jar with {@code -Xmx256m}, standard input from a file. */
  Result run(Path stdin, String... args) {
    return runWith(List.of("-Xmx256m"), stdin, args);
  }

  /** Runs the jar with {@code -Xmx256m} and empty standard input. */
  Result run(String... args) {
    return run(empty(), args);
  }

  Path empty() {
    return write("empty-stdin", new byte[0]);
  }

  Path write(String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String name, String content) {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
