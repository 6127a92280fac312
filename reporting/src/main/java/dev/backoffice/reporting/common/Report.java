package dev.backoffice.reporting.common;

import com.google.common.collect.ImmutableList;

/**
 * A report: an immutable value with rows and totals, independent of how it is rendered, that states the
 * checks it made of its own figures.
 */
public interface Report {
  /** The checks the report made of its figures, in a fixed order; empty when it makes none. */
  ImmutableList<Check> checks();

  /** True when every check passed. */
  default boolean allChecksPassed() {
    return checks().stream().allMatch(Check::passed);
  }
}
