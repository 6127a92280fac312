package dev.backoffice.payroll.run;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.payroll.calc.EmployeeTerms;
import dev.backoffice.payroll.calc.MonthInput;
import dev.backoffice.payroll.calc.YearToDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One employee's line of a payroll run: the terms, the month's input and the year-to-date state before it. */
@Value.Immutable
@BackOfficeStyle
public abstract class RunEntry {
  /** The employee's terms. */
  public abstract EmployeeTerms terms();

  /** The month's input; its year and month must be the run's. */
  public abstract MonthInput input();

  /** The state after the earlier months of the year; empty means nothing paid yet this year. */
  public abstract Optional<YearToDate> yearToDate();

  /**
   * An entry with no earlier pay in the year.
   *
   * @param terms the terms
   * @param input the month's input
   * @return the entry
   */
  public static RunEntry of(EmployeeTerms terms, MonthInput input) {
    return ImmutableRunEntry.builder().terms(terms).input(input).build();
  }

  /**
   * An entry with a year-to-date state.
   *
   * @param terms the terms
   * @param input the month's input
   * @param yearToDate the state before the month
   * @return the entry
   */
  public static RunEntry of(EmployeeTerms terms, MonthInput input, YearToDate yearToDate) {
    return ImmutableRunEntry.builder().terms(terms).input(input).yearToDate(yearToDate).build();
  }

  /** The employee's identifier. */
  public String employeeId() {
    return terms().employeeId();
  }
}
