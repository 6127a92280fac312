package dev.backoffice.ledger.interest;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A late-payment interest note (nota odsetkowa) for one overdue amount: the days of delay split where the rate
 * changes, each part's interest, and the total rounded to the currency's minor unit.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class InterestNote {
  /** The overdue amount. */
  public abstract Money principal();

  /** The due date (termin płatności); interest runs from the next day. */
  public abstract LocalDate dueDate();

  /** The day paid (or the day the note is made up to), included. */
  public abstract LocalDate paidDate();

  /** The parts, one per rate in force, in date order. */
  public abstract ImmutableList<Part> parts();

  /** The interest: the sum of the parts' exact interest, rounded half up to the minor unit once. */
  public abstract Money total();

  /** Days of delay in all. */
  public long days() {
    return parts().stream().mapToLong(Part::days).sum();
  }

  /** A stretch of days at one rate. */
  @Value.Immutable
  @BackOfficeStyle
  public abstract static class Part {
    /** The first day of the stretch. */
    public abstract LocalDate firstDay();

    /** The last day of the stretch. */
    public abstract LocalDate lastDay();

    /** The rate. */
    public abstract LatePaymentRate rate();

    /** The number of days, both ends included. */
    public long days() {
      return lastDay().toEpochDay() - firstDay().toEpochDay() + 1;
    }

    /** The stretch's interest, rounded half up to the minor unit (for display; the total adds exact values). */
    public abstract Money interest();
  }
}
