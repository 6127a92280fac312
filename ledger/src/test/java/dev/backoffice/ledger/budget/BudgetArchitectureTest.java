package dev.backoffice.ledger.budget;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.backoffice.core.testing.BackofficeArchRules;
import dev.backoffice.ledger.error.PostingRejectedException;

/**
 * The layering rules of budget control within the ledger module, each named after the design sentence it
 * protects (the library-wide rules on the budget package are in {@link BudgetLibraryRulesTest}).
 */
@AnalyzeClasses(
    packages = "dev.backoffice.ledger",
    importOptions = {ImportOption.DoNotIncludeTests.class, BackofficeArchRules.DoNotIncludeTestJars.class})
class BudgetArchitectureTest {

  /** "A budget is checked as a guard before an entry is posted": the engine knows guards, never budgets. */
  @ArchTest
  static final ArchRule THE_LEDGER_ENGINE_KNOWS_NOTHING_OF_BUDGETS =
      noClasses().that().resideOutsideOfPackage("dev.backoffice.ledger.budget..")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger.budget..")
          .as("The ledger engine knows nothing of budgets: budget control plugs in only as a PostingGuard");

  /** Budget control reads the ledger through its public API and writes nothing to its store. */
  @ArchTest
  static final ArchRule BUDGET_CONTROL_NEVER_TOUCHES_THE_STORE =
      noClasses().that().resideInAPackage("dev.backoffice.ledger.budget..")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger.store..")
          .as("Budget control reads the ledger through Ledger and LedgerView and never touches its store");

  /** "One public entry point per module, the rest values" — within the feature: BudgetControl. */
  @ArchTest
  static final ArchRule ONE_ENTRY_POINT_THE_REST_VALUES =
      classes().that().resideInAPackage("dev.backoffice.ledger.budget").and().arePublic()
          .should(beTheEntryPointAValueAnEnumOrAnError())
          .as("Budget control has one public entry point, BudgetControl; every other public type is an immutable"
              + " value, an enum or an exception");

  private static ArchCondition<JavaClass> beTheEntryPointAValueAnEnumOrAnError() {
    return new ArchCondition<>("be BudgetControl, an Immutables value, an enum or a PostingRejectedException") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean ok = c.isEnum()
            || c.getName().startsWith(BudgetControl.class.getName())
            || c.isAssignableTo(PostingRejectedException.class)
            || c.getName().startsWith("dev.backoffice.ledger.budget.Immutable") // generated values and builders
            || c.getSimpleName().equals("Phasing") // an immutable strategy value with factories
            || (c.getModifiers().contains(JavaModifier.ABSTRACT)
                && c.isAnnotatedWith("org.immutables.value.Value$Immutable"));
        if (!ok) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " is public but neither the entry point nor a value"));
        }
      }
    };
  }
}
