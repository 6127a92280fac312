package dev.backoffice.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's third-party reference data — official schemas, real bank statements, journals with the
 * balances other tools computed — in the {@code shared/data/} folder that sits beside the clone (or above the
 * working directory). The repository keeps no copies of these files.
 *
 * <p>Where the folder is absent a test says so and is skipped; under CI ({@code CI=true}) that is an error
 * instead, so a test never skips silently there.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The path of a shared file or folder, if present.
   *
   * @param relative the path under {@code shared/data/}, e.g. {@code "jpk/catalog.xml"}
   * @return the path, or empty when no {@code shared/data} beside or above the working directory has it
   */
  public static Optional<Path> locate(String relative) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("data").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The path of a shared file or folder; skips the calling test when it is absent (fails it under CI).
   *
   * @param relative the path under {@code shared/data/}
   * @return the path
   */
  public static Path require(String relative) {
    Optional<Path> p = locate(relative);
    if (p.isEmpty()) {
      String message = "shared/data/" + relative + " is not beside or above " + Path.of("").toAbsolutePath()
          + " (the project's reference data is kept outside the repository)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + "; CI must have it");
      }
      Assumptions.abort(message + ": test skipped");
    }
    return p.get();
  }
}
