package dev.backoffice.payroll.params;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The payroll law of one tax year as data: dated values of every {@link ParameterKey}, each with its legal
 * source. A parameter may change during the year (the minimum wage of 2024 rose on 1 July); the value on a
 * day is the latest one effective on or before it.
 *
 * <p>Every parameter must have a value effective on 1 January, and every value's date must fall in the year.
 * The text form, read by {@link #parse(Reader, String)}, has one value a line:
 *
 * <pre>
 * # key = value | effective-from | legal source
 * minimumWage = 4666.00 | 2025-01-01 | Rozporządzenie Rady Ministrów z 12 września 2024 r. (Dz.U. 2024 poz. 1362)
 * zus.employee.pension = 9.76 | 2025-01-01 | art. 22 ust. 1 pkt a ustawy o systemie ubezpieczeń społecznych
 * </pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class YearParameters {
  /** The tax year. */
  public abstract int year();

  /** Where the values came from, e.g. {@code "bundled 2025.properties"} or {@code "what-if"}. */
  @Value.Default
  public String origin() {
    return "year " + year();
  }

  /** The values, sorted by parameter then date. */
  public abstract ImmutableList<ParameterValue> values();

  /**
   * The values of a year.
   *
   * @param year the tax year
   * @param origin where the values came from, for messages
   * @param values the dated values
   * @return the parameters
   * @throws ValidationException if a parameter is missing on 1 January, a date falls outside the year or a
   *     parameter has two values on the same day
   */
  public static YearParameters of(int year, String origin, Iterable<ParameterValue> values) {
    List<ParameterValue> sorted = new ArrayList<>();
    values.forEach(sorted::add);
    sorted.sort(Comparator.comparing(ParameterValue::key).thenComparing(ParameterValue::effectiveFrom));
    return ImmutableYearParameters.builder().year(year).origin(origin).addAllValues(sorted).build();
  }

  /**
   * Reads a year's values from text (see the class comment for the format).
   *
   * @param text the text, closed by the caller
   * @param origin the name of the source (a file name), used in messages
   * @return the parameters
   * @throws ValidationException naming the origin and line of the first malformed line, or a missing value
   */
  public static YearParameters parse(Reader text, String origin) {
    return ParameterFile.read(text, origin);
  }

  /**
   * The value of a parameter on a day: the latest value effective on or before it.
   *
   * @param key the parameter
   * @param day a day of this year
   * @return the value with its source
   * @throws ValidationException if the day is outside the year
   */
  public ParameterValue value(ParameterKey key, LocalDate day) {
    Checks.check(day.getYear() == year(), origin(), "day", day, "must fall in " + year());
    ParameterValue found = null;
    for (ParameterValue v : values()) {
      if (v.key() == key && !v.effectiveFrom().isAfter(day)) {
        found = v;
      }
    }
    // check() guarantees a value on 1 January
    return Checks.notNull(found, key.key());
  }

  /**
   * The value of a parameter on a day, if the data gives one (an {@linkplain ParameterKey#required() optional}
   * key may be missing).
   *
   * @param key the parameter
   * @param day a day of this year
   * @return the value with its source, or empty
   * @throws ValidationException if the day is outside the year
   */
  public Optional<ParameterValue> find(ParameterKey key, LocalDate day) {
    Checks.check(day.getYear() == year(), origin(), "day", day, "must fall in " + year());
    ParameterValue found = null;
    for (ParameterValue v : values()) {
      if (v.key() == key && !v.effectiveFrom().isAfter(day)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The parameter's value on a day, as a number.
   *
   * @param key the parameter
   * @param day a day of this year
   * @return the number
   */
  public BigDecimal number(ParameterKey key, LocalDate day) {
    return value(key, day).value();
  }

  /**
   * These parameters with one value added or replaced (same parameter and date): for what-if calculations.
   *
   * @param key the parameter
   * @param value the number in the parameter's unit
   * @param effectiveFrom the day it takes effect, in this year
   * @param source where it comes from (e.g. {@code "what-if: PIT 10 %"})
   * @return new parameters; this object is unchanged
   */
  public YearParameters with(ParameterKey key, BigDecimal value, LocalDate effectiveFrom, String source) {
    List<ParameterValue> out = new ArrayList<>();
    for (ParameterValue v : values()) {
      if (!(v.key() == key && v.effectiveFrom().equals(effectiveFrom))) {
        out.add(v);
      }
    }
    out.add(ParameterValue.of(key, value, effectiveFrom, source));
    return of(year(), origin(), out);
  }

  /**
   * The values in force at the end of this year, carried into another year from its 1 January: a starting
   * point for a future year whose law is not yet bundled (change what differs with {@link #with}).
   *
   * @param otherYear the year to carry the values into
   * @return parameters of {@code otherYear}, each source marked as carried over
   */
  public YearParameters carriedInto(int otherYear) {
    LocalDate lastDay = LocalDate.of(year(), 12, 31);
    LocalDate first = LocalDate.of(otherYear, 1, 1);
    List<ParameterValue> out = new ArrayList<>();
    for (ParameterKey key : ParameterKey.values()) {
      Optional<ParameterValue> found = find(key, lastDay);
      if (!found.isPresent()) {
        continue;
      }
      ParameterValue v = found.get();
      out.add(ParameterValue.of(key, v.value(), first, v.source() + " (carried over from " + year() + ")"));
    }
    return of(otherYear, "carried over from " + origin(), out);
  }

  @Value.Check
  void check() {
    Checks.check(year() >= 2000 && year() <= 2200, origin(), "year", year(), "must be a year between 2000 and 2200");
    Map<ParameterKey, LocalDate> first = new EnumMap<>(ParameterKey.class);
    ParameterValue previous = null;
    for (ParameterValue v : values()) {
      Checks.check(v.effectiveFrom().getYear() == year(), origin(), v.key().key() + ".effectiveFrom", v.effectiveFrom(),
          "must fall in " + year());
      if (previous != null && previous.key() == v.key() && previous.effectiveFrom().equals(v.effectiveFrom())) {
        throw new ValidationException(origin(), v.key().key(), v.effectiveFrom(), "must have one value per effective date");
      }
      first.putIfAbsent(v.key(), v.effectiveFrom());
      previous = v;
    }
    LocalDate jan1 = LocalDate.of(year(), 1, 1);
    for (ParameterKey key : ParameterKey.values()) {
      LocalDate from = first.get(key);
      if (from == null && !key.required()) {
        continue;
      }
      Checks.check(from != null && from.equals(jan1), origin(), key.key(), from,
          "must have a value effective on " + jan1 + " (every parameter, with its legal source)");
    }
  }
}
