package dev.backoffice.ledger.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.backoffice.core.testing.BackofficeArchRules;

/** The layering rules of the ledger-jdbc module, each named after the sentence it protects. */
@AnalyzeClasses(
    packages = "dev.backoffice.ledger.jdbc",
    importOptions = {ImportOption.DoNotIncludeTests.class, BackofficeArchRules.DoNotIncludeTestJars.class})
class ArchitectureTest {

  /** "ledger-jdbc → ledger → core": no dependency on payroll, reporting or examples. */
  @ArchTest
  static final ArchRule DEPENDS_ONLY_ON_LEDGER_AND_CORE = BackofficeArchRules.moduleDependsOnlyOn("ledger", "core");

  /** "The database store plugs in through the store SPI": it does not reach into the engine's package. */
  @ArchTest
  static final ArchRule USES_THE_ENGINE_ONLY_THROUGH_ITS_API =
      noClasses().that().resideInAPackage("dev.backoffice.ledger.jdbc..")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger")
          .as("The JDBC store knows the ledger only through the LedgerStore SPI and the record values");

  /** "Only PostgreSQL's JDBC driver, through java.sql": no pool or ORM in the library. */
  @ArchTest
  static final ArchRule NO_POOL_OR_ORM =
      noClasses().that().resideInAPackage("dev.backoffice.ledger.jdbc..")
          .should().dependOnClassesThat().resideInAnyPackage("com.zaxxer..", "org.hibernate..", "org.flywaydb..",
              "org.postgresql..")
          .as("The library takes the caller's DataSource and speaks plain java.sql (no pool, ORM, Flyway or driver API)");

  /** "Internals stay package-private". */
  @ArchTest
  static final ArchRule INTERNALS_ARE_PACKAGE_PRIVATE =
      classes().that().resideInAPackage("dev.backoffice.ledger.jdbc")
          .and().haveSimpleNameNotStartingWith("Immutable")
          .and().haveNameMatching(".*\\.(RecordWriter|Transactions|SqlFailures).*")
          .should().notBePublic()
          .as("Writing, transactions and failure classification are package-private");

  /** The rules every library module obeys. */
  @ArchTest
  static final ArchTests LIBRARY_RULES = ArchTests.in(BackofficeArchRules.class);
}
