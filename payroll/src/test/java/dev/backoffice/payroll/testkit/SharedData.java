package dev.backoffice.payroll.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared reference data ({@code shared/data/...}) beside or above the working directory, or else
 * its copy in this module's {@code src/test/resources/shared/} (a fresh clone has no team folder around it).
 */
final class SharedData {
  private SharedData() {}

  static Path find(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    Path copy = dir.resolve("src/test/resources/shared").resolve(relative);
    if (Files.isRegularFile(copy)) {
      return copy;
    }
    throw new AssertionError("shared/" + relative + " not found in " + dir + ", any parent directory or " + copy);
  }
}
