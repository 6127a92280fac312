package dev.backoffice.payroll.absence;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Consecutive days of incapacity for work of one cause within one calendar year, paid in one payout: the input
 * of {@link SickLeave#of(SickDays)}. Several causes in one month are several inputs, chained through
 * {@link SickLeave#daysUsedAfter()}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class SickDays {
  /** The calendar year the days fall in (the employer-paid limit is per calendar year). */
  public abstract int year();

  /** Calendar days of incapacity (every day counts, days off included: art. 92 § 2 KP), 1 to 31. */
  public abstract int days();

  /** The cause. */
  @Value.Default
  public SicknessCause cause() {
    return SicknessCause.ILLNESS;
  }

  /** The base (podstawa wymiaru). */
  public abstract SicknessBase base();

  /** Days of incapacity in the same year already counted against the employer-paid limit; default 0. */
  @Value.Default
  public int daysUsedBefore() {
    return 0;
  }

  /** The birth date: from the year after the 50th birthday the employer pays 14 days a year, not 33. */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Whether the payer pays the sickness benefit on ZUS's behalf (płatnik zasiłków: more than 20 insured for
   * sickness, art. 61 ustawy zasiłkowej); if not, ZUS pays it directly and it is not on the payslip. Default true.
   */
  @Value.Default
  public boolean payerPaysBenefit() {
    return true;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableSickDays.Builder builder() {
    return ImmutableSickDays.builder();
  }

  @Value.Check
  void check() {
    String s = "sick days " + year();
    Checks.check(days() >= 1 && days() <= 31, s, "days", days(), "must be 1 to 31");
    Checks.check(daysUsedBefore() >= 0 && daysUsedBefore() <= 366, s, "daysUsedBefore", daysUsedBefore(), "must be 0 to 366");
    if (birthDate().isPresent()) {
      Checks.check(birthDate().get().getYear() <= year(), s, "birthDate", birthDate().get(), "must not be after the year " + year());
    }
  }
}
