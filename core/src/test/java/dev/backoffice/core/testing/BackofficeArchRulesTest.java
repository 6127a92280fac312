package dev.backoffice.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import archfixtures.ArchFixtures;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.Slices;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Shows that every rule of {@link BackofficeArchRules} fails on a class that breaks it and passes on one that
 * keeps it, so a green {@code ArchitectureTest} means something.
 */
class BackofficeArchRulesTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(new BackofficeArchRules.DoNotIncludeTestJars())
      .importPackages("dev.backoffice.core");

  /** Imported once: importing class by class resolves the class path again each time and is slow. */
  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixtures");

  private static JavaClasses classes(Class<?> type) {
    return FIXTURES.that(JavaClass.Predicates.equivalentTo(type));
  }

  private static void assertViolated(ArchRule rule, Class<?> offender, String... fragments) {
    assertThatThrownBy(() -> rule.check(classes(offender)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(fragments);
  }

  private static void assertKept(ArchRule rule, Class<?> type) {
    assertThatCode(() -> rule.check(classes(type))).doesNotThrowAnyException();
  }

  @Test
  void floatingPointInPublicSignaturesAndFieldsIsReported() {
    assertViolated(BackofficeArchRules.NO_DOUBLE_OR_FLOAT_IN_PUBLIC_API, ArchFixtures.FloatingPointApi.class,
        "amount()", "amounts()", "java.lang.Double", "count([F)", "ratio", "java.lang.Float");
    assertKept(BackofficeArchRules.NO_DOUBLE_OR_FLOAT_IN_PUBLIC_API, ArchFixtures.ExactApi.class);
  }

  @Test
  void printingToStandardStreamsIsReported() {
    assertViolated(BackofficeArchRules.LIBRARY_NEVER_PRINTS, ArchFixtures.Printer.class,
        "System.out", "printStackTrace");
    assertKept(BackofficeArchRules.LIBRARY_NEVER_PRINTS, ArchFixtures.ClockUser.class);
  }

  @Test
  void exitingTheJvmIsReported() {
    assertViolated(BackofficeArchRules.LIBRARY_NEVER_EXITS_THE_JVM, ArchFixtures.Exiter.class, "System.exit(int)");
    assertKept(BackofficeArchRules.LIBRARY_NEVER_EXITS_THE_JVM, ArchFixtures.Printer.class);
  }

  @Test
  void readingTheWallClockWithoutAClockIsReported() {
    assertViolated(BackofficeArchRules.LIBRARY_NEVER_READS_THE_WALL_CLOCK, ArchFixtures.WallClockReader.class,
        "LocalDate.now()", "Instant.now()");
    assertViolated(BackofficeArchRules.LIBRARY_NEVER_READS_THE_WALL_CLOCK, ArchFixtures.MillisReader.class,
        "System.currentTimeMillis()");
    assertKept(BackofficeArchRules.LIBRARY_NEVER_READS_THE_WALL_CLOCK, ArchFixtures.ClockUser.class);
  }

  @Test
  void javaUtilLoggingIsReported() {
    assertViolated(BackofficeArchRules.LIBRARY_LOGS_ONLY_THROUGH_SLF4J, ArchFixtures.JulLogger.class,
        "JulLogger.LOG");
    assertKept(BackofficeArchRules.LIBRARY_LOGS_ONLY_THROUGH_SLF4J, ArchFixtures.ClockUser.class);
  }

  @Test
  void throwingGenericExceptionsIsReported() {
    assertViolated(BackofficeArchRules.NO_GENERIC_EXCEPTIONS, ArchFixtures.GenericThrower.class,
        "RuntimeException.<init>()");
    assertKept(BackofficeArchRules.NO_GENERIC_EXCEPTIONS, ArchFixtures.ClockUser.class);
  }

  @Test
  void mutableStaticFieldsAreReported() {
    assertViolated(BackofficeArchRules.NO_GLOBAL_MUTABLE_STATE, ArchFixtures.GlobalCounter.class, "counter");
    assertKept(BackofficeArchRules.NO_GLOBAL_MUTABLE_STATE, ArchFixtures.JulLogger.class);
  }

  @Test
  void classesOutsideANullMarkedPackageAreReported() {
    assertViolated(BackofficeArchRules.EVERY_PACKAGE_IS_NULL_MARKED, ArchFixtures.ExactApi.class,
        "archfixtures", "@NullMarked");
    assertThatCode(() -> BackofficeArchRules.EVERY_PACKAGE_IS_NULL_MARKED.check(CORE)).doesNotThrowAnyException();
  }

  @Test
  void moduleDependencyRuleReportsUsesOfUnlistedModules() {
    // fx uses core.money (Monies), core.error (Checks) and the root package (BackOfficeStyle): listing only money
    // must fail and name the unlisted package; error uses no other Backoffice package at all.
    assertThatThrownBy(() -> BackofficeArchRules.moduleDependsOnlyOn("core.fx", "core.money").check(CORE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("core.fx depends on only core.money")
        .hasMessageContaining("dev.backoffice.core.error.Checks");
    assertThatCode(() -> BackofficeArchRules.moduleDependsOnlyOn("core.error").check(CORE))
        .doesNotThrowAnyException();
  }

  @Test
  void cycleRulesSliceByModuleAndByFeaturePackage() {
    assertThat(sliceNames("dev.backoffice.(*)..")).containsExactly("core");
    assertThat(sliceNames("dev.backoffice.(*).(*)..")).containsExactlyInAnyOrder(
        "core.dimension", "core.document", "core.error", "core.fx", "core.money", "core.time");
  }

  private static Set<String> sliceNames(String pattern) {
    int captures = pattern.split("\\(\\*\\)", -1).length - 1;
    return Slices.matching(pattern).transform(CORE).stream()
        .map(slice -> IntStream.rangeClosed(1, captures).mapToObj(slice::getNamePart).collect(Collectors.joining(".")))
        .collect(Collectors.toSet());
  }

  @Test
  void testJarsAreLeftOutOfTheImport() {
    ImportOption option = new BackofficeArchRules.DoNotIncludeTestJars();
    assertThat(option.includes(Location.of(URI.create("jar:file:/m2/backoffice-core-0.1.0-SNAPSHOT-tests.jar!/dev/X.class"))))
        .isFalse();
    assertThat(option.includes(Location.of(URI.create("jar:file:/m2/backoffice-core-0.1.0-SNAPSHOT.jar!/dev/X.class"))))
        .isTrue();
  }
}
