package dev.backoffice.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared reference data ({@code shared/data/...}: real bank statements, official schemas) in a
 * {@code shared} folder beside or above the working directory, as it lies beside the clone in CI. Tests that need a
 * file call {@link #require(String)}, which skips the test (a JUnit assumption, saying so) where the data is absent.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The file, if it is there.
   *
   * @param relative the path under {@code shared/}, e.g. {@code "data/bank-statements/mt940-pl-bph.sta"}
   * @return the file, or empty when no {@code shared} folder above the working directory has it
   */
  public static Optional<Path> find(String relative) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The file, or the test is skipped with a message saying the shared data is absent.
   *
   * @param relative the path under {@code shared/}
   * @return the file
   */
  public static Path require(String relative) {
    Optional<Path> found = find(relative);
    Assumptions.assumeTrue(found.isPresent(),
        () -> "shared/" + relative + " is absent beside and above " + Path.of("").toAbsolutePath() + "; skipped");
    return found.orElseThrow();
  }
}
