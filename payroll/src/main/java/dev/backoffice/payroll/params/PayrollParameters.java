package dev.backoffice.payroll.params;

import com.google.common.collect.ImmutableSortedMap;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The payroll law of several tax years, each a {@link YearParameters}. {@link #standard()} holds the bundled
 * years 2024, 2025 and 2026 (resources {@code dev/backoffice/payroll/params/YYYY.properties}); callers add
 * or replace years with {@link #with(YearParameters)} — a future year, a what-if — without code changes.
 *
 * <p>Immutable and thread-safe.
 */
public final class PayrollParameters {
  private static final int[] BUNDLED_YEARS = {2024, 2025, 2026};

  private final ImmutableSortedMap<Integer, YearParameters> years;

  private PayrollParameters(ImmutableSortedMap<Integer, YearParameters> years) {
    this.years = years;
  }

  /**
   * The bundled Polish payroll law of 2024, 2025 and 2026.
   *
   * @return the parameters
   */
  public static PayrollParameters standard() {
    return Standard.INSTANCE;
  }

  /**
   * Parameters of the given years only.
   *
   * @param years one value set per year; a later one replaces an earlier one of the same year
   * @return the parameters
   */
  public static PayrollParameters of(YearParameters... years) {
    TreeMap<Integer, YearParameters> m = new TreeMap<>();
    for (YearParameters y : years) {
      m.put(Checks.notNull(y, "years").year(), y);
    }
    return new PayrollParameters(ImmutableSortedMap.copyOfSorted(m));
  }

  /**
   * These parameters with a year added or replaced.
   *
   * @param year the year's values
   * @return new parameters; this object is unchanged
   */
  public PayrollParameters with(YearParameters year) {
    Checks.notNull(year, "year");
    TreeMap<Integer, YearParameters> m = new TreeMap<>(years);
    m.put(year.year(), year);
    return new PayrollParameters(ImmutableSortedMap.copyOfSorted(m));
  }

  /**
   * The values of a year.
   *
   * @param year the tax year
   * @return its parameters
   * @throws NotFoundException naming the year and the years known
   */
  public YearParameters year(int year) {
    YearParameters y = years.get(year);
    if (y == null) {
      throw new NotFoundException("payroll parameters", String.valueOf(year),
          "payroll parameters for year " + year + " do not exist (known years: " + years.keySet()
              + "); supply them with PayrollParameters.with(YearParameters)");
    }
    return y;
  }

  /**
   * The values of a year, if known.
   *
   * @param year the tax year
   * @return its parameters, or empty
   */
  public Optional<YearParameters> findYear(int year) {
    return Optional.ofNullable(years.get(year));
  }

  /** The years with parameters, ascending. */
  public ImmutableSortedMap<Integer, YearParameters> years() {
    return years;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PayrollParameters && ((PayrollParameters) o).years.equals(years);
  }

  @Override
  public int hashCode() {
    return years.hashCode();
  }

  /** {@code "PayrollParameters[2024, 2025, 2026]"}. */
  @Override
  public String toString() {
    return "PayrollParameters" + years.keySet();
  }

  /**
   * Reads a bundled year.
   *
   * @param year the year
   * @return its parameters
   */
  static YearParameters bundled(int year) {
    String name = year + ".properties";
    try (InputStream in = PayrollParameters.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new NotFoundException("payroll parameters", String.valueOf(year), "bundled resource " + name + " does not exist");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return YearParameters.parse(r, "bundled " + name);
      }
    } catch (IOException e) {
      throw new BackOfficeException("cannot read bundled payroll parameters " + name, e);
    }
  }

  /** Lazily loaded, immutable bundled parameters. */
  private static final class Standard {
    static final PayrollParameters INSTANCE = load();

    private static PayrollParameters load() {
      YearParameters[] ys = new YearParameters[BUNDLED_YEARS.length];
      for (int i = 0; i < ys.length; i++) {
        ys[i] = bundled(BUNDLED_YEARS[i]);
      }
      return of(ys);
    }
  }
}
