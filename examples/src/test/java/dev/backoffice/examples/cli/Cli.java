package dev.backoffice.examples.cli;

import dev.backoffice.core.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
