package dev.backoffice.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.backoffice.core.testing.BackofficeArchRules;

/**
 * The layering rules of reporting (docs/ARCHITECTURE.md "Modules": reporting holds read models over ledger and payroll), each
 * named after the design sentence it protects, plus every library-wide rule of {@link BackofficeArchRules}.
 */
@AnalyzeClasses(
    packages = "dev.backoffice.reporting",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestClasses.class,
        BackofficeArchRules.DoNotIncludeTestJars.class})
class ArchitectureTest {
  /**
   * Leaves out every {@code test-classes} folder: ArchUnit's own option recognises only {@code target/}, and
   * parallel builds use {@code -DtargetName=target-NAME}.
   */
  static final class DoNotIncludeTestClasses implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("/test-classes/");
    }
  }

  /** "reporting → payroll, ledger, core." */
  @ArchTest
  static final ArchRule REPORTING_DEPENDS_ONLY_ON_PAYROLL_LEDGER_AND_CORE =
      BackofficeArchRules.moduleDependsOnlyOn("reporting", "payroll", "ledger", "core");

  /**
   * "Reports are built from the ledger's queries only": the ledger's query API (query, entry, account, period)
   * and the budget control's variance rows, never the engine (the Ledger class and its internals), its store,
   * guards, events, FX or I/O.
   */
  @ArchTest
  static final ArchRule REPORTS_USE_ONLY_LEDGER_QUERY_APIS =
      noClasses().that().resideInAPackage("dev.backoffice.reporting..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "dev.backoffice.ledger", "dev.backoffice.ledger.store..", "dev.backoffice.ledger.guard..",
              "dev.backoffice.ledger.event..", "dev.backoffice.ledger.fx..", "dev.backoffice.ledger.io..",
              "dev.backoffice.ledger.verify..", "dev.backoffice.ledger.error..")
          .as("Reports are built from the ledger's query API only, never from the posting engine or its store");

  /** "Reports use payroll results (payslips, registers), never the payroll's posting to the ledger." */
  @ArchTest
  static final ArchRule REPORTS_READ_PAYROLL_RESULTS_ONLY =
      noClasses().that().resideInAPackage("dev.backoffice.reporting..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.payroll.posting..", "dev.backoffice.payroll.params..")
          .as("Reports read payroll results (calc, run), never the payroll's posting or parameters");

  /** "Renderers don't depend on the ledger" (nor on payroll): they know report values only. */
  @ArchTest
  static final ArchRule RENDERERS_DO_NOT_DEPEND_ON_THE_LEDGER =
      noClasses().that().resideInAPackage("dev.backoffice.reporting.render..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.ledger..", "dev.backoffice.payroll..")
          .as("Renderers know the report values only, never the ledger or payroll");

  /**
   * "Reports are immutable values independent of rendering": the report value packages use neither the
   * ledger, payroll nor the renderers.
   */
  @ArchTest
  static final ArchRule REPORT_VALUES_ARE_INDEPENDENT =
      noClasses().that().resideInAnyPackage("dev.backoffice.reporting.common..", "dev.backoffice.reporting.trialbalance..",
              "dev.backoffice.reporting.generalledger..", "dev.backoffice.reporting.statement..",
              "dev.backoffice.reporting.budget..", "dev.backoffice.reporting.payroll..", "dev.backoffice.reporting.jpk..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.ledger..", "dev.backoffice.payroll..",
              "dev.backoffice.reporting.render..")
          .as("Report values are independent of the ledger, payroll and rendering");

  /** "One public entry point per module": the root package exposes only Reports; its calculators are internal. */
  @ArchTest
  static final ArchRule ONE_ENTRY_POINT =
      classes().that().resideInAPackage("dev.backoffice.reporting").and().arePublic()
          .and().areTopLevelClasses()
          .should().haveSimpleName("Reports")
          .as("Reports is the one public entry point; the calculators are package-private");

  /** The rules every library module obeys: exact money API, no printing, no exit, no wall clock, no cycles… */
  @ArchTest
  static final ArchTests LIBRARY_RULES = ArchTests.in(BackofficeArchRules.class);
}
