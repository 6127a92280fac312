package dev.backoffice.payroll.testkit;

import java.nio.file.Path;

/** The project's shared reference data for this package's tests, found by core's {@code SharedData}. */
final class SharedData {
  private SharedData() {}

  /**
   * A shared file.
   *
   * @param relative the path under {@code shared/}, e.g. {@code "data/payroll/published-examples.csv"}
   * @return its path (the test is skipped when it is absent outside CI)
   */
  static Path find(String relative) {
    return dev.backoffice.core.testing.SharedData.require(relative.substring("data/".length()));
  }
}
