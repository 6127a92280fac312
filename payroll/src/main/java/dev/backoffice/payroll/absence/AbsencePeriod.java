package dev.backoffice.payroll.absence;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An absence from one day to another, both included. The part inside the month being paid counts. For
 * unpaid absence the hours are the working hours of its days (working-time calendar × fraction) unless
 * {@link #hours()} gives them (part of a day).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class AbsencePeriod {
  /** The first day absent. */
  @Value.Parameter
  public abstract LocalDate firstDay();

  /** The last day absent, not before {@link #firstDay()}. */
  @Value.Parameter
  public abstract LocalDate lastDay();

  /** Why. */
  @Value.Parameter
  public abstract AbsenceKind kind();

  /** The hours absent, when not whole working days (unpaid absence only). */
  public abstract Optional<BigDecimal> hours();

  /**
   * An absence of whole days.
   *
   * @param from the first day
   * @param to the last day
   * @param kind why
   * @return the period
   */
  public static AbsencePeriod of(LocalDate from, LocalDate to, AbsenceKind kind) {
    return ImmutableAbsencePeriod.of(from, to, kind);
  }

  /**
   * Unpaid absence of some hours within the given days (e.g. 3 hours on one day).
   *
   * @param from the first day
   * @param to the last day
   * @param hours the hours absent, above 0
   * @return the period
   */
  public static AbsencePeriod unpaidHours(LocalDate from, LocalDate to, BigDecimal hours) {
    return ImmutableAbsencePeriod.of(from, to, AbsenceKind.UNPAID).withHours(hours);
  }

  /** Whether the two periods share a day. */
  boolean overlaps(AbsencePeriod o) {
    return !firstDay().isAfter(o.lastDay()) && !o.firstDay().isAfter(lastDay());
  }

  @Value.Check
  void check() {
    String s = "absence " + firstDay() + ".." + lastDay();
    Checks.check(!lastDay().isBefore(firstDay()), s, "lastDay", lastDay(), "must not be before firstDay (" + firstDay() + ")");
    if (hours().isPresent()) {
      Checks.check(kind() == AbsenceKind.UNPAID, s, "hours", hours().get(), "applies only to unpaid absence (sickness counts calendar days)");
      Checks.check(hours().get().signum() > 0, s, "hours", hours().get(), "must be above 0");
    }
  }
}
