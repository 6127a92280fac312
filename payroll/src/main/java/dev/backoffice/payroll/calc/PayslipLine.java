package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.money.Rate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a payslip that explains itself: what it is ({@link #code()}, {@link #name()}), the base it
 * was computed from, the rate applied (if any), the amount, the legal source and, where something
 * non-obvious happened (a cap reached, a relief used), a note. For a rated line, {@code amount} is
 * {@code base × rate} rounded as the line's rule says (contributions to the grosz, tax to the złoty).
 */
@Value.Immutable(builder = false)
@BackOfficeStyle
public abstract class PayslipLine {
  /** The stable code. */
  @Value.Parameter
  public abstract LineCode code();

  /** The name printed on the payslip. */
  @Value.Parameter
  public abstract String name();

  /** The base the amount was computed from (the amount itself for plain components), PLN. */
  @Value.Parameter
  public abstract Money base();

  /** The rate applied to the base, if any. */
  @Value.Parameter
  public abstract Optional<Rate> rate();

  /** The amount, PLN. */
  @Value.Parameter
  public abstract Money amount();

  /** The legal source of the rule or rate. */
  @Value.Parameter
  public abstract String source();

  /** A note on how the rule was applied this month (e.g. the 30× cap reached), if any. */
  @Value.Parameter
  public abstract Optional<String> note();

  /**
   * A line.
   *
   * @param code the code (its Polish name is used)
   * @param base the base
   * @param rate the rate, or null for none
   * @param amount the amount
   * @param source the legal source
   * @param note a note, or null for none
   * @return the line
   */
  static PayslipLine line(LineCode code, Money base, @org.jspecify.annotations.Nullable Rate rate, Money amount,
      String source, @org.jspecify.annotations.Nullable String note) {
    return named(code, code.polishName(), base, rate, amount, source, note);
  }

  static PayslipLine named(LineCode code, String name, Money base, @org.jspecify.annotations.Nullable Rate rate,
      Money amount, String source, @org.jspecify.annotations.Nullable String note) {
    return ImmutablePayslipLine.of(code, name, base, Optional.ofNullable(rate), amount, source, Optional.ofNullable(note));
  }

  static PayslipLine rated(LineCode code, Money base, Optional<Rate> rate, Money amount, String source,
      @org.jspecify.annotations.Nullable String note) {
    return ImmutablePayslipLine.of(code, code.polishName(), base, rate, amount, source, Optional.ofNullable(note));
  }

  /** {@code "EMPLOYEE_PENSION Składka emerytalna (pracownik): 8000.00 × 9.76% = 780.80 [art. …]"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(code().name()).append(' ').append(name()).append(": ");
    if (rate().isPresent()) {
      sb.append(base().getAmount().toPlainString()).append(" × ").append(rate().get()).append(" = ");
    }
    sb.append(amount().getAmount().toPlainString());
    note().ifPresent(n -> sb.append(" (").append(n).append(')'));
    return sb.append(" [").append(source()).append(']').toString();
  }
}
