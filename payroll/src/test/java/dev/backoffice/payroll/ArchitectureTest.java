package dev.backoffice.payroll;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The layering rules of the payroll module, each named after the design sentence it protects. */
class ArchitectureTest {
  private static final JavaClasses PAYROLL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.backoffice.payroll");

  @Test
  void inPayrollOnlyThePostingPackageTouchesLedger() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.backoffice.payroll.posting..")
        .should().dependOnClassesThat().resideInAPackage("dev.backoffice.ledger..")
        .allowEmptyShould(true);
    rule.check(PAYROLL);
  }

  @Test
  void theCalculatorIsUsableAloneByTaxRuleTests() {
    noClasses().that().resideInAnyPackage("dev.backoffice.payroll.calc..", "dev.backoffice.payroll.params..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.payroll.run..", "dev.backoffice.payroll.posting..",
            "dev.backoffice.payroll.testkit..")
        .check(PAYROLL);
    noClasses().that().resideInAPackage("dev.backoffice.payroll.params..")
        .should().dependOnClassesThat().resideInAPackage("dev.backoffice.payroll.calc..")
        .check(PAYROLL);
  }

  @Test
  void absencesAndDeclarationsReadTheCalculatorAndNeverTheRunOrTheLedger() {
    noClasses().that().resideInAnyPackage("dev.backoffice.payroll.absence..", "dev.backoffice.payroll.declaration..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.backoffice.payroll.run..", "dev.backoffice.payroll.posting..",
            "dev.backoffice.payroll.testkit..", "dev.backoffice.ledger..")
        .check(PAYROLL);
    noClasses().that().resideInAPackage("dev.backoffice.payroll.absence..")
        .should().dependOnClassesThat().resideInAPackage("dev.backoffice.payroll.declaration..")
        .check(PAYROLL);
  }

  @Test
  void onlyTheTestKitUsesJunitOrJqwik() {
    noClasses().that().resideOutsideOfPackage("dev.backoffice.payroll.testkit..")
        .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "net.jqwik..", "org.opentest4j..")
        .check(PAYROLL);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("dev.backoffice.payroll.(*)..").should().beFreeOfCycles().check(PAYROLL);
  }

  @Test
  void libraryCodeNeverPrintsThrowsGenericExceptionsOrUsesJavaUtilLogging() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(PAYROLL);
    NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(PAYROLL);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(PAYROLL);
    noClasses().should().callMethod(System.class, "exit", int.class).check(PAYROLL);
  }

  @Test
  void neverReadsTheWallClockWithoutAClock() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.YearMonth.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(PAYROLL);
  }

  @Test
  void noDoubleOrFloatInAnyMoneyOrRateApi() {
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should().notHaveRawReturnType(double.class).andShould().notHaveRawReturnType(float.class)
        .andShould().notHaveRawParameterTypes(double.class).check(PAYROLL);
    noClasses().should().dependOnClassesThat().belongToAnyOf(Double.class, Float.class).check(PAYROLL);
  }
}
