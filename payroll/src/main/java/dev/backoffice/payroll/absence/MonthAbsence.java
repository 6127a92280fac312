package dev.backoffice.payroll.absence;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.payroll.calc.EmployeeTerms;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The absences of one person in one month with the monthly rate they reduce: the input of
 * {@link AbsenceDeduction#of(MonthAbsence, WorkingTimeCalendar)}.
 *
 * <pre>{@code
 * MonthAbsence m = MonthAbsence.builder().month(YearMonth.of(2025, 3)).monthlyRate(Monies.of("PLN", "6000.00"))
 *     .addPeriods(AbsencePeriod.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7), AbsenceKind.SICKNESS))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class MonthAbsence {
  /** The month paid. */
  public abstract YearMonth month();

  /** The fixed monthly rate for the person's working time (already reduced for part time), PLN. */
  public abstract Money monthlyRate();

  /** The working-time fraction (etat), above 0 and at most 1; default 1. */
  @Value.Default
  public BigDecimal fte() {
    return BigDecimal.ONE;
  }

  /** The absences; they must not overlap. Parts outside {@link #month()} are ignored. */
  public abstract ImmutableList<AbsencePeriod> periods();

  /**
   * The absences of a month under an employment contract's terms: its monthly rate and working time.
   *
   * @param terms the contract's terms, with {@link EmployeeTerms#monthlyRate()}
   * @param month the month paid
   * @param periods the absences
   * @return the input
   * @throws dev.backoffice.core.error.ValidationException when the terms give no monthly rate
   */
  public static MonthAbsence of(EmployeeTerms terms, YearMonth month, Iterable<AbsencePeriod> periods) {
    Checks.notNull(terms, "terms");
    Money rate = terms.monthlyRate().orElseThrow(() -> new ValidationException(terms.subject(), "monthlyRate", null,
        "must be given to deduct absences from a monthly rate"));
    return builder().month(month).monthlyRate(rate).fte(terms.workingTime()).addAllPeriods(periods).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthAbsence.Builder builder() {
    return ImmutableMonthAbsence.builder();
  }

  @Value.Check
  void check() {
    String s = "absences " + month();
    Checks.check(monthlyRate().getCurrencyUnit().equals(Monies.PLN) && monthlyRate().getAmount().signum() >= 0, s,
        "monthlyRate", monthlyRate(), "must be a non-negative amount in PLN");
    WorkingTimeCalendar.checkFte(fte());
    for (int i = 0; i < periods().size(); i++) {
      for (int j = i + 1; j < periods().size(); j++) {
        AbsencePeriod a = periods().get(i);
        AbsencePeriod b = periods().get(j);
        Checks.check(!a.overlaps(b), s, "periods[" + j + "]", b.firstDay() + ".." + b.lastDay(),
            "must not overlap periods[" + i + "] " + a.firstDay() + ".." + a.lastDay());
      }
    }
  }
}
