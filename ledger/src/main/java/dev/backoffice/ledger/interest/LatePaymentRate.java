package dev.backoffice.ledger.interest;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Rate;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One announced rate: in force from a day to a day (both included), yearly, with the act that announced it. */
@Value.Immutable
@BackOfficeStyle
public abstract class LatePaymentRate {
  /** The first day the rate applies. */
  public abstract LocalDate firstDay();

  /** The last day the rate applies. */
  public abstract LocalDate lastDay();

  /** The yearly rate. */
  public abstract Rate rate();

  /** Where it comes from: the announcement ({@code "M.P. 2020 poz. 1212"}) or how it was derived. */
  public abstract String source();

  /**
   * A rate.
   *
   * @param from first day
   * @param to last day
   * @param percent yearly rate in percent, e.g. {@code "16.75"}
   * @param source the announcement or derivation
   * @return the rate
   */
  public static LatePaymentRate of(LocalDate from, LocalDate to, String percent, String source) {
    return ImmutableLatePaymentRate.builder().firstDay(from).lastDay(to).rate(Rate.ofPercent(percent)).source(source)
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(!lastDay().isBefore(firstDay()), "late-payment rate from " + firstDay(),
        "lastDay", lastDay(), "must not be before the first day");
    Checks.check(!rate().isNegative(), "late-payment rate from " + firstDay(), "rate", rate(),
        "must not be negative");
  }
}
