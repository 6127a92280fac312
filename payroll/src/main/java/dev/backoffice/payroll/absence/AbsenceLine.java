package dev.backoffice.payroll.absence;

import dev.backoffice.core.BackOfficeStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One computed absence figure that explains itself, as a payslip line does: what it is, the base it was
 * computed from, how (the method written out with its numbers), the amount, the legal source and, where a
 * rule's variant applied, a note.
 */
@Value.Immutable(builder = false)
@BackOfficeStyle
public abstract class AbsenceLine {
  /** What the figure is. */
  @Value.Parameter
  public abstract AbsenceLineKind kind();

  /** The base the amount was computed from, PLN (a monthly rate, a sickness base, a leave base). */
  @Value.Parameter
  public abstract Money base();

  /** How the amount was computed, with its numbers: {@code "6000.00 / 30 × 5 days"}. */
  @Value.Parameter
  public abstract String method();

  /** The amount, PLN (a deduction is positive: it is the amount taken off). */
  @Value.Parameter
  public abstract Money amount();

  /** The legal source of the rule. */
  @Value.Parameter
  public abstract String source();

  /** A note on how the rule applied (a variant, a limit reached), if any. */
  @Value.Parameter
  public abstract Optional<String> note();

  static AbsenceLine of(AbsenceLineKind kind, Money base, String method, Money amount, String source,
      @org.jspecify.annotations.Nullable String note) {
    return ImmutableAbsenceLine.of(kind, base, method, amount, source, Optional.ofNullable(note));
  }

  /** {@code "SICKNESS_DEDUCTION Potrącenie za dni choroby: 6000.00 / 30 × 5 days = 1000.00 [§ 11 …]"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind().name()).append(' ').append(kind().polishName()).append(": ")
        .append(method()).append(" = ").append(amount().getAmount().toPlainString());
    note().ifPresent(n -> sb.append(" (").append(n).append(')'));
    return sb.append(" [").append(source()).append(']').toString();
  }
}
