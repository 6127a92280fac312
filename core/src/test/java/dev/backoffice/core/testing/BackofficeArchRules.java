package dev.backoffice.core.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules every Backoffice library module obeys (docs/ARCHITECTURE.md "Dependency rules" and
 * "Library rules"), each named after the design sentence it protects. They apply to the classes a test imports,
 * so import only your module's production classes:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.backoffice.ledger",
 *     importOptions = {ImportOption.DoNotIncludeTests.class, BackofficeArchRules.DoNotIncludeTestJars.class})
 * class ArchitectureTest {
 *   @ArchTest static final ArchTests LIBRARY_RULES = ArchTests.in(BackofficeArchRules.class);
 *   @ArchTest static final ArchRule LEDGER_DEPENDS_ONLY_ON_CORE =
 *       BackofficeArchRules.moduleDependsOnlyOn("ledger", "core");
 * }
 * }</pre>
 *
 * <p>Ships in core's test-jar ({@code <type>test-jar</type>}).
 */
public final class BackofficeArchRules {
  private static final Set<String> FLOATING_POINT =
      Set.of("double", "float", Double.class.getName(), Float.class.getName());

  private BackofficeArchRules() {}

  /** "Money is exact: never double/float in any money or rate API." */
  @ArchTest
  public static final ArchRule NO_DOUBLE_OR_FLOAT_IN_PUBLIC_API =
      classes().that().arePublic()
          .should(notExposeFloatingPointTypes())
          .as("Money is exact: no public class exposes double, float, Double or Float in a public or protected"
              + " method, constructor or field")
          .allowEmptyShould(true);

  /** "Library modules never print": no {@code System.out}, {@code System.err} or {@code printStackTrace()}. */
  @ArchTest
  public static final ArchRule LIBRARY_NEVER_PRINTS =
      noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .as("Library modules log only through SLF4J and never print to System.out or System.err")
          .allowEmptyShould(true);

  /** "Library modules never call System.exit" (nor {@code Runtime.exit}/{@code halt}). */
  @ArchTest
  public static final ArchRule LIBRARY_NEVER_EXITS_THE_JVM =
      noClasses().should().callMethodWhere(exitingTheJvm())
          .as("Library modules never call System.exit: the embedding application owns the JVM")
          .allowEmptyShould(true);

  /**
   * "Never read the wall clock directly (inject java.time.Clock)": no {@code now()} of {@code java.time}
   * without a {@code Clock} argument, no {@code System.currentTimeMillis()}.
   */
  @ArchTest
  public static final ArchRule LIBRARY_NEVER_READS_THE_WALL_CLOCK =
      noClasses().should().callMethodWhere(readingTheWallClock())
          .as("Library modules never read the wall clock directly: every now() takes an injected java.time.Clock")
          .allowEmptyShould(true);

  /** "Library modules log only through the SLF4J API": no java.util.logging, Log4j, Commons Logging, Logback. */
  @ArchTest
  public static final ArchRule LIBRARY_LOGS_ONLY_THROUGH_SLF4J =
      noClasses().should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
          .orShould().dependOnClassesThat().resideInAnyPackage(
              "org.apache.log4j..", "org.apache.logging.log4j..", "org.apache.commons.logging..", "ch.qos.logback..")
          .as("Library modules log only through the SLF4J API")
          .allowEmptyShould(true);

  /** "Bad input gets an exception from the project's hierarchy": never a bare Exception/RuntimeException. */
  @ArchTest
  public static final ArchRule NO_GENERIC_EXCEPTIONS =
      noClasses().should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
          .as("Failures are BackOfficeExceptions that name what went wrong, never generic exceptions")
          .allowEmptyShould(true);

  /**
   * "No cycles between modules." Meaningful where the import spans several modules (reporting, examples: import
   * {@code "dev.backoffice"}); on one module's classes it holds trivially.
   */
  @ArchTest
  public static final ArchRule NO_CYCLES_BETWEEN_MODULES =
      slices().matching("dev.backoffice.(*)..").should().beFreeOfCycles()
          .as("No cycles between modules")
          .allowEmptyShould(true);

  /** "No cycles between packages": the feature packages {@code dev.backoffice.<module>.<feature>}. */
  @ArchTest
  public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
      slices().matching("dev.backoffice.(*).(*)..").should().beFreeOfCycles()
          .as("No cycles between feature packages")
          .allowEmptyShould(true);

  /** "No global mutable state": every static field is final. */
  @ArchTest
  public static final ArchRule NO_GLOBAL_MUTABLE_STATE =
      fields().that().areStatic().should().beFinal()
          .as("Library modules keep no global mutable state: every static field is final")
          .allowEmptyShould(true);

  /** "Every package has a package-info.java with @NullMarked." */
  @ArchTest
  public static final ArchRule EVERY_PACKAGE_IS_NULL_MARKED =
      classes().should(resideInANullMarkedPackage())
          .as("Every package has a package-info.java with @org.jspecify.annotations.NullMarked")
          .allowEmptyShould(true);

  /**
   * "Module M depends only on the listed modules" (docs/ARCHITECTURE.md: {@code ledger → core}, {@code payroll → ledger,
   * core}, …): classes of {@code dev.backoffice.<module>..} use no class of another Backoffice module.
   *
   * @param module the module checked, e.g. {@code "ledger"}
   * @param allowed the modules it may use, e.g. {@code "core"}
   * @return the rule
   */
  public static ArchRule moduleDependsOnlyOn(String module, String... allowed) {
    List<String> permitted = new ArrayList<>();
    permitted.add("dev.backoffice." + module + "..");
    Arrays.stream(allowed).map(m -> "dev.backoffice." + m + "..").forEach(permitted::add);
    String uses = allowed.length == 0 ? "no other Backoffice module" : "only " + String.join(", ", allowed);
    return noClasses().that().resideInAPackage("dev.backoffice." + module + "..")
        .should().dependOnClassesThat(
            resideInAPackage("dev.backoffice..").and(not(resideInAnyPackage(permitted.toArray(new String[0])))))
        .as(module + " depends on " + uses);
  }

  /**
   * Leaves out test-jars (such as core's, which holds this class) when importing from the class path, so
   * that a module's architecture test sees production classes only.
   */
  public static final class DoNotIncludeTestJars implements ImportOption {
    private static final java.util.regex.Pattern TEST_JAR = java.util.regex.Pattern.compile(".*-tests\\.jar.*");
    private static final java.util.regex.Pattern TEST_CLASSES = java.util.regex.Pattern.compile(".*/test-classes/.*");

    /** Creates the option (ArchUnit instantiates it). */
    public DoNotIncludeTestJars() {}

    @Override
    public boolean includes(Location location) {
      // test-jars, and test classes in any build folder (ArchUnit's DoNotIncludeTests knows only target/)
      return !location.matches(TEST_JAR) && !location.matches(TEST_CLASSES);
    }
  }

  private static ArchCondition<JavaClass> notExposeFloatingPointTypes() {
    return new ArchCondition<>("not expose double, float, Double or Float in its public API") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
          if (isApi(unit) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            List<JavaClass> involved = new ArrayList<>(unit.getReturnType().getAllInvolvedRawTypes());
            unit.getParameterTypes().forEach(p -> involved.addAll(p.getAllInvolvedRawTypes()));
            report(events, unit.getFullName(), involved, unit.getDescription());
          }
        }
        for (JavaField field : javaClass.getFields()) {
          if (isApi(field)) {
            report(events, field.getFullName(), new ArrayList<>(field.getAllInvolvedRawTypes()), field.getDescription());
          }
        }
      }
    };
  }

  private static boolean isApi(HasModifiers member) {
    return member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.PROTECTED);
  }

  private static void report(ConditionEvents events, String name, List<JavaClass> types, String description) {
    for (JavaClass type : types) {
      JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
      if (FLOATING_POINT.contains(base.getName())) {
        events.add(SimpleConditionEvent.violated(name, description + " uses " + type.getName()));
      }
    }
  }

  private static DescribedPredicate<JavaMethodCall> exitingTheJvm() {
    return DescribedPredicate.describe("System.exit, Runtime.exit or Runtime.halt", call ->
        (call.getTargetOwner().isEquivalentTo(System.class) && call.getName().equals("exit"))
            || (call.getTargetOwner().isEquivalentTo(Runtime.class)
                && (call.getName().equals("exit") || call.getName().equals("halt"))));
  }

  private static DescribedPredicate<JavaMethodCall> readingTheWallClock() {
    return DescribedPredicate.describe("a java.time now() without a Clock, or System.currentTimeMillis()", call ->
        (call.getTargetOwner().getPackageName().equals("java.time")
            && call.getName().equals("now")
            && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(java.time.Clock.class)))
            || (call.getTargetOwner().isEquivalentTo(System.class) && call.getName().equals("currentTimeMillis")));
  }

  private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a package annotated @NullMarked") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        boolean marked = javaClass.getPackage().isAnnotatedWith("org.jspecify.annotations.NullMarked");
        if (!marked) {
          events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is in package "
              + javaClass.getPackageName() + " which has no package-info.java annotated @NullMarked"));
        }
      }
    };
  }
}
