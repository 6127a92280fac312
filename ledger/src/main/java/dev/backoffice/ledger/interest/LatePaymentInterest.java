package dev.backoffice.ledger.interest;

import dev.backoffice.core.error.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * Computes statutory late-payment interest on an amount: for each day from the day after the due date up to and
 * including the day paid, the principal × the yearly rate in force that day / 365 (actual days over a 365-day year,
 * as the courts and the Ministry's calculators count, leap years included). Days are grouped into parts where the
 * rate is constant; the total is the exact sum rounded half up to the minor unit once.
 */
public final class LatePaymentInterest {
  private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

  private final LatePaymentRates rates;

  private LatePaymentInterest(LatePaymentRates rates) {
    this.rates = rates;
  }

  /**
   * A calculator over a table of rates.
   *
   * @param rates e.g. {@link LatePaymentRates#statutory()}
   * @return the calculator
   */
  public static LatePaymentInterest with(LatePaymentRates rates) {
    return new LatePaymentInterest(Checks.notNull(rates, "rates"));
  }

  /**
   * The interest note.
   *
   * @param principal the overdue amount, positive
   * @param dueDate the due date
   * @param paidDate the day paid, after the due date
   * @return the note
   * @throws dev.backoffice.core.error.ValidationException if the amount is not positive, the payment is not late,
   *     or the table has no rate for some day of the delay
   */
  public InterestNote compute(Money principal, LocalDate dueDate, LocalDate paidDate) {
    Checks.check(principal.isPositive(), "interest", "principal", principal, "must be positive");
    Checks.check(paidDate.isAfter(dueDate), "interest", "paidDate", paidDate, "must be after the due date " + dueDate);
    ImmutableInterestNote.Builder note = ImmutableInterestNote.builder().principal(principal).dueDate(dueDate)
        .paidDate(paidDate);
    BigDecimal exact = BigDecimal.ZERO;
    LocalDate day = dueDate.plusDays(1);
    while (!day.isAfter(paidDate)) {
      LatePaymentRate rate = rates.on(day);
      LocalDate end = rate.lastDay().isBefore(paidDate) ? rate.lastDay() : paidDate;
      long days = end.toEpochDay() - day.toEpochDay() + 1;
      BigDecimal interest = principal.getAmount().multiply(rate.rate().fraction()).multiply(BigDecimal.valueOf(days))
          .divide(DAYS_IN_YEAR, 10, RoundingMode.HALF_UP);
      exact = exact.add(interest);
      note.addParts(ImmutablePart.builder().firstDay(day).lastDay(end).rate(rate)
          .interest(Money.of(principal.getCurrencyUnit(), interest, RoundingMode.HALF_UP)).build());
      day = end.plusDays(1);
    }
    return note.total(Money.of(principal.getCurrencyUnit(), exact, RoundingMode.HALF_UP)).build();
  }
}
