package dev.backoffice.ledger.settlement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.backoffice.core.testing.BackofficeArchRules;

/** The place of settlements in the ledger module, each rule named after the design sentence it protects. */
@AnalyzeClasses(
    packages = "dev.backoffice.ledger",
    importOptions = {ImportOption.DoNotIncludeTests.class, BackofficeArchRules.DoNotIncludeTestJars.class})
class SettlementArchitectureTest {

  /** "Settlements are a read model over the ledger's entries": they read LedgerView, never the engine or store. */
  @ArchTest
  static final ArchRule SETTLEMENTS_READ_THE_LEDGER_THROUGH_ITS_VIEW =
      noClasses().that().resideInAPackage("dev.backoffice.ledger.settlement..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.ledger", "dev.backoffice.ledger.store..")
          .as("Settlements read the ledger through LedgerView and post nothing themselves: no engine, no store");

  /** The formats (statements, payment orders, interest tables) know nothing of settlements. */
  @ArchTest
  static final ArchRule FORMATS_DO_NOT_KNOW_SETTLEMENTS =
      noClasses().that().resideInAnyPackage("dev.backoffice.ledger.bank..", "dev.backoffice.ledger.payment..",
              "dev.backoffice.ledger.interest..")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger.settlement..")
          .as("Bank statements, payment orders and interest tables are formats and data; settlements use them");

  /** The engine and the other ledger features do not depend on settlements (only FX valuation reads open items). */
  @ArchTest
  static final ArchRule ONLY_FX_VALUATION_READS_SETTLEMENTS =
      noClasses().that().resideOutsideOfPackages("dev.backoffice.ledger.settlement..", "dev.backoffice.ledger.fx..")
          .and().resideInAPackage("dev.backoffice.ledger..")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger.settlement..")
          .as("Only FX valuation reads settlements (it values open items); the engine knows nothing of them");
}
