package dev.backoffice.ledger;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.backoffice.core.testing.BackofficeArchRules;
import dev.backoffice.ledger.store.LedgerStore;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

/** The layering rules of the ledger module (docs/ARCHITECTURE.md), each named after the sentence it protects. */
@AnalyzeClasses(
    packages = "dev.backoffice.ledger",
    importOptions = {ImportOption.DoNotIncludeTests.class, BackofficeArchRules.DoNotIncludeTestJars.class})
class ArchitectureTest {

  /** "ledger → core": no dependency on payroll, reporting or examples. */
  @ArchTest
  static final ArchRule LEDGER_DEPENDS_ONLY_ON_CORE = BackofficeArchRules.moduleDependsOnlyOn("ledger", "core");

  /** "Internals stay package-private": the engine's index classes are not public. */
  @ArchTest
  static final ArchRule ENGINE_INTERNALS_ARE_PACKAGE_PRIVATE =
      classes().that().resideInAPackage("dev.backoffice.ledger")
          .and().haveSimpleNameNotStartingWith("Immutable")
          .and().doNotHaveSimpleName("Ledger").and().doNotHaveSimpleName("YearEndClose")
          .and().areNotNestedClasses()
          .should().notBePublic()
          .as("Engine internals (indexes, journal) are package-private; Ledger and YearEndClose are the API");

  /** "Values know nothing of the engine": entries, accounts and queries do not depend on the Ledger class. */
  @ArchTest
  static final ArchRule VALUES_DO_NOT_DEPEND_ON_THE_ENGINE =
      noClasses().that().resideInAnyPackage("dev.backoffice.ledger.entry..", "dev.backoffice.ledger.account..",
              "dev.backoffice.ledger.query..", "dev.backoffice.ledger.period..", "dev.backoffice.ledger.guard..",
              "dev.backoffice.ledger.event..", "dev.backoffice.ledger.error..")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger")
          .as("Entries, accounts, queries, periods, guards, events and errors do not depend on the engine package");

  /** "Budget control plugs in as a guard": the engine never depends on the budget package. */
  @ArchTest
  static final ArchRule ENGINE_DOES_NOT_KNOW_BUDGETS =
      noClasses().that().resideInAPackage("dev.backoffice.ledger")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger.budget..")
          .as("The posting engine knows budgets only through the PostingGuard SPI");

  /** "The store is an SPI": the engine uses no particular store implementation. */
  @ArchTest
  static final ArchRule ENGINE_DOES_NOT_KNOW_THE_FILE_STORE =
      noClasses().that().resideInAPackage("dev.backoffice.ledger")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger.store.file..")
          .as("The posting engine knows stores only through the LedgerStore SPI");

  /**
   * "Only Ledger takes the lock": the front door's read and write templates are the one place where the
   * ledger's lock is taken; the engine's parts run inside them and never lock (their own monitor aside, the
   * day-slot catch-up, which is not a {@code Lock}).
   */
  @ArchTest
  static final ArchRule ONLY_THE_FRONT_DOOR_TAKES_THE_LOCK =
      noClasses().that().resideInAPackage("dev.backoffice.ledger")
          .and().doNotHaveFullyQualifiedName(Ledger.class.getName())
          .should().callMethodWhere(target(owner(assignableTo(Lock.class))))
          .orShould().callMethodWhere(target(owner(assignableTo(ReadWriteLock.class))))
          .as("Only Ledger takes the ledger's lock; the engine's parts run under it");

  /**
   * "The front door keeps the store": only Ledger (replay, close) and its StoreLink (the calls of a change: catch-up,
   * append, sync) call the store; the parts reach it through the Change a write template hands them.
   */
  @ArchTest
  static final ArchRule ONLY_THE_FRONT_DOOR_CALLS_THE_STORE =
      noClasses().that().resideInAPackage("dev.backoffice.ledger")
          .and().doNotHaveFullyQualifiedName(Ledger.class.getName())
          .and().doNotHaveFullyQualifiedName(StoreLink.class.getName())
          .should().callMethodWhere(target(owner(assignableTo(LedgerStore.class)))
              .and(target(nameMatching("append|awaitDurable|beginWrite|endWrite|defersApply|catchUp|close"))))
          .as("Only Ledger and its StoreLink write to the LedgerStore; the engine's parts append through Change");

  /** The store is read whole only when the ledger opens. */
  @ArchTest
  static final ArchRule ONLY_THE_OPENING_READS_THE_WHOLE_STORE =
      noClasses().that().resideInAPackage("dev.backoffice.ledger")
          .and().doNotHaveFullyQualifiedName(Opening.class.getName())
          .should().callMethodWhere(target(owner(assignableTo(LedgerStore.class)))
              .and(target(nameMatching("replay|summary"))))
          .as("Only Opening reads the store's records or summary: the ledger does so once, when it opens");

  /** "Bank formats are values and readers": statements, payment orders and interest never reach into the engine. */
  @ArchTest
  static final ArchRule BANK_FORMATS_DO_NOT_DEPEND_ON_THE_ENGINE =
      noClasses().that().resideInAnyPackage("dev.backoffice.ledger.bank..", "dev.backoffice.ledger.payment..",
              "dev.backoffice.ledger.interest..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.ledger", "dev.backoffice.ledger.store..",
              "dev.backoffice.ledger.io..")
          .as("Bank statements, payment orders and late-payment interest depend on no engine, store or journal class");

  /** "Statements know nothing of payments": the statement readers do not depend on payment orders. */
  @ArchTest
  static final ArchRule STATEMENTS_DO_NOT_KNOW_PAYMENTS =
      noClasses().that().resideInAPackage("dev.backoffice.ledger.bank..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.ledger.payment..",
              "dev.backoffice.ledger.interest..")
          .as("The bank package (statements, IBAN) is below payment orders and interest");

  /** The rules every library module obeys. */
  @ArchTest
  static final ArchTests LIBRARY_RULES = ArchTests.in(BackofficeArchRules.class);
}
