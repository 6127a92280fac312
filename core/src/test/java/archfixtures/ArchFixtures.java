package archfixtures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Classes that break (or keep) one Backoffice architecture rule each, so that {@code BackofficeArchRulesTest}
 * can show every rule fails when it should. Deliberately outside {@code dev.backoffice} and without a
 * {@code @NullMarked} package-info, so no module's architecture test ever imports them.
 */
public final class ArchFixtures {
  private ArchFixtures() {}

  /** Exposes floating point in a method, a generic return type, a field and an array parameter. */
  public static final class FloatingPointApi {
    /** A public field of a boxed floating-point type. */
    public Float ratio = 1.5f;

    /** Creates it. */
    public FloatingPointApi() {}

    /** A double return value. */
    public double amount() {
      return 1.0;
    }

    /** A list of boxed doubles. */
    public List<Double> amounts() {
      return List.of(1.0);
    }

    /** An array parameter. */
    public int count(float[] values) {
      return values.length;
    }
  }

  /** Uses floating point only privately; its API is exact. */
  public static final class ExactApi {
    private final double internal = 0.5;

    /** Creates it. */
    public ExactApi() {}

    /** An exact value. */
    public BigDecimal amount() {
      return BigDecimal.valueOf(internal).setScale(2, java.math.RoundingMode.HALF_UP);
    }
  }

  /** Prints to the standard streams. */
  public static final class Printer {
    private Printer() {}

    static void print(RuntimeException e) {
      System.out.println("hello");
      e.printStackTrace();
    }
  }

  /** Ends the JVM. */
  public static final class Exiter {
    private Exiter() {}

    static void quit() {
      System.exit(1);
    }
  }

  /** Reads the wall clock without a Clock. */
  public static final class WallClockReader {
    private WallClockReader() {}

    static LocalDate today() {
      return LocalDate.now();
    }

    static Instant instant() {
      return Instant.now();
    }
  }

  /** Reads the wall clock through System.currentTimeMillis(). */
  public static final class MillisReader {
    private MillisReader() {}

    static long millis() {
      return System.currentTimeMillis();
    }
  }

  /** Reads time only through an injected Clock. */
  public static final class ClockUser {
    private ClockUser() {}

    static LocalDate today(Clock clock) {
      return LocalDate.now(clock);
    }
  }

  /** Logs through java.util.logging. */
  public static final class JulLogger {
    private static final Logger LOG = Logger.getLogger("x");

    private JulLogger() {}

    static void log() {
      LOG.info("hello");
    }
  }

  /** Throws a generic exception. */
  public static final class GenericThrower {
    private GenericThrower() {}

    static void fail() {
      throw new RuntimeException();
    }
  }

  /** Keeps global mutable state. */
  public static final class GlobalCounter {
    static int counter;

    private GlobalCounter() {}

    static int next() {
      return ++counter;
    }
  }
}
