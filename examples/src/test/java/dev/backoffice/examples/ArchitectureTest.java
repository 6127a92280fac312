package dev.backoffice.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.backoffice.core.testing.BackofficeArchRules;

/**
 * The rules of the examples module, each named after the design sentence it protects. Examples are programs,
 * so unlike the library modules they may print and exit — but only at their entry points.
 */
@AnalyzeClasses(
    packages = "dev.backoffice.examples",
    importOptions = {ArchitectureTest.NoTestClasses.class, BackofficeArchRules.DoNotIncludeTestJars.class})
class ArchitectureTest {
  /**
   * Leaves out test classes wherever the build puts them ({@code target/test-classes}, or
   * {@code target-NAME/test-classes} with {@code -DtargetName}, which ArchUnit's own option does not know).
   */
  static final class NoTestClasses implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/");
    }
  }

  /** "Money is exact: never double/float in any money or rate API." */
  @ArchTest
  static final ArchRule NO_DOUBLE_OR_FLOAT = BackofficeArchRules.NO_DOUBLE_OR_FLOAT_IN_PUBLIC_API;

  /** "Never read the wall clock directly": the demo runs on a fixed clock, the tool on an injected one. */
  @ArchTest
  static final ArchRule NO_WALL_CLOCK = BackofficeArchRules.LIBRARY_NEVER_READS_THE_WALL_CLOCK;

  /** "Log only through the SLF4J API" (slf4j-simple is the runtime binding of the jar, never called directly). */
  @ArchTest
  static final ArchRule LOGS_ONLY_THROUGH_SLF4J = BackofficeArchRules.LIBRARY_LOGS_ONLY_THROUGH_SLF4J;

  /** "Bad input gets an exception from the project's hierarchy." */
  @ArchTest
  static final ArchRule NO_GENERIC_EXCEPTIONS = BackofficeArchRules.NO_GENERIC_EXCEPTIONS;

  /** "No cycles between packages." */
  @ArchTest
  static final ArchRule NO_CYCLES = BackofficeArchRules.NO_CYCLES_BETWEEN_PACKAGES;

  /** "No global mutable state." */
  @ArchTest
  static final ArchRule NO_GLOBAL_MUTABLE_STATE = BackofficeArchRules.NO_GLOBAL_MUTABLE_STATE;

  /** "Every package has a package-info.java with @NullMarked." */
  @ArchTest
  static final ArchRule NULL_MARKED = BackofficeArchRules.EVERY_PACKAGE_IS_NULL_MARKED;

  /** "The backoffice command-line tool (picocli)": picocli stays in the cli package; the demo is plain Java. */
  @ArchTest
  static final ArchRule ONLY_THE_CLI_USES_PICOCLI =
      noClasses().that().resideOutsideOfPackage("dev.backoffice.examples.cli..")
          .should().dependOnClassesThat().resideInAPackage("picocli..")
          .as("Only the command-line tool (package cli) uses picocli");

  /** "The demo … and the backoffice command-line tool": the tool runs the demo, the demo knows nothing of the tool. */
  @ArchTest
  static final ArchRule THE_DEMO_DOES_NOT_DEPEND_ON_THE_TOOL =
      noClasses().that().resideInAPackage("dev.backoffice.examples.demo..")
          .should().dependOnClassesThat().resideInAPackage("dev.backoffice.examples.cli..")
          .as("The demo does not depend on the command-line tool");

  /** "Examples may print": only through the standard streams at the entry points, the rest writes where it is told. */
  @ArchTest
  static final ArchRule ONLY_ENTRY_POINTS_PRINT =
      noClasses().that().doNotHaveSimpleName("SmallCompanyMonth").and().doNotHaveSimpleName("BackofficeCli")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .as("Only the entry points (SmallCompanyMonth, BackofficeCli) touch System.out/System.err");

  /** "Exit 0 on success, 2 on bad usage, 1 on a domain error": only the tool's main exits the JVM, with that code. */
  @ArchTest
  static final ArchRule ONLY_THE_TOOLS_MAIN_EXITS =
      noClasses().that().doNotHaveFullyQualifiedName("dev.backoffice.examples.cli.BackofficeCli")
          .should().callMethodWhere(DescribedPredicate.describe("System.exit, Runtime.exit or Runtime.halt",
              (JavaMethodCall call) -> (call.getTargetOwner().isEquivalentTo(System.class) && call.getName().equals("exit"))
                  || (call.getTargetOwner().isEquivalentTo(Runtime.class)
                      && (call.getName().equals("exit") || call.getName().equals("halt")))))
          .as("Only BackofficeCli.main exits the JVM (the tool's exit codes); everything else returns");
}
