package dev.backoffice.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.backoffice.core.testing.BackofficeArchRules;

/**
 * The layering rules of core (docs/ARCHITECTURE.md "Dependency rules"), each named after the design sentence it protects,
 * plus every library-wide rule of {@link BackofficeArchRules}, checked on core's production classes.
 */
@AnalyzeClasses(
    packages = "dev.backoffice.core",
    importOptions = {ImportOption.DoNotIncludeTests.class, BackofficeArchRules.DoNotIncludeTestJars.class})
class ArchitectureTest {

  /** "core depends on no other module." */
  @ArchTest
  static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = BackofficeArchRules.moduleDependsOnlyOn("core");

  /** The rules every library module obeys: exact money API, no printing, no exit, no wall clock, no cycles… */
  @ArchTest
  static final ArchTests LIBRARY_RULES = ArchTests.in(BackofficeArchRules.class);
}
