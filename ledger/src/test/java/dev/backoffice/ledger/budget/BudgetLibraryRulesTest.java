package dev.backoffice.ledger.budget;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.backoffice.core.testing.BackofficeArchRules;

/**
 * The rules every library module obeys (exact money API, no printing, no exit, no wall clock, no global
 * mutable state, null-marked packages, no cycles), checked on the budget package's production classes.
 */
@AnalyzeClasses(
    packages = "dev.backoffice.ledger.budget",
    importOptions = {ImportOption.DoNotIncludeTests.class, BackofficeArchRules.DoNotIncludeTestJars.class})
class BudgetLibraryRulesTest {
  /** The library-wide rules. */
  @ArchTest
  static final ArchTests LIBRARY_RULES = ArchTests.in(BackofficeArchRules.class);
}
