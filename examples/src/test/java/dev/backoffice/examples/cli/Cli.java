package dev.backoffice.examples.cli;

import dev.backoffice.core.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the tool in-process as {@code java -jar backoffice.jar} would, capturing its streams and exit code. */
final class Cli {
  private Cli() {}

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    /** The standard error's lines. */
    String[] errLines() {
      return err.isEmpty() ? new String[0] : err.split("\n", -1);
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BackofficeCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * Runs {@code command} in a process of its own, its streams in files under {@code dir} (UTF-8); fails the test when
   * it has not finished within {@code timeout}.
   */
  static Result process(Path dir, Duration timeout, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * A test file: this module's own test resource when it has one (journals written for these tests), else the
   * project's reference data ({@code shared/data/}, kept outside the repository).
   */
  static Path resource(String name) {
    java.net.URL own = Cli.class.getResource("/" + name);
    if (own != null && "file".equals(own.getProtocol())) {
      try {
        return Path.of(own.toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return SharedData.require(name);
  }

  /** A file of this module's own test resources ({@code src/test/resources/}) as a path. */
  static Path own(String name) {
    try {
      return Path.of(Cli.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test resource's text (UTF-8). */
  static String text(String name) {
    try {
      return Files.readString(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
