package dev.backoffice.payroll.calc;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.money.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Pay for days of illness in a month (employment contracts only): employer sick pay or sickness benefit.
 * Outside the social contribution base; subject to health insurance and PIT.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class SickPay {
  /** Employer sick pay or ZUS sickness benefit. */
  public abstract SickPayKind kind();

  /** The amount paid, PLN. */
  public abstract Money amount();

  /** How the amount was computed, when {@link #computed} computed it. */
  public abstract Optional<String> explanation();

  /**
   * An amount the caller computed.
   *
   * @param kind the kind
   * @param amount the amount, PLN
   * @return the sick pay
   */
  public static SickPay of(SickPayKind kind, Money amount) {
    return ImmutableSickPay.builder().kind(kind).amount(amount).build();
  }

  /**
   * Sick pay from its basis (podstawa wymiaru: the average monthly pay of the last 12 months less the
   * employee's social contributions), the percentage (80 % or 100 %) and the days of illness: the daily
   * rate {@code basis × percentage / 30} is rounded to the grosz half up and multiplied by the days (art. 92
   * Kodeksu pracy; art. 36–37 of the sickness benefit act).
   *
   * @param kind the kind
   * @param basis the monthly basis, PLN, not negative
   * @param percentage 80 % or 100 % (any rate between 0 and 100 % is accepted)
   * @param days days of illness, 0 to 31
   * @return the sick pay
   * @throws dev.backoffice.core.error.ValidationException for a negative basis, a rate out of range or bad days
   */
  public static SickPay computed(SickPayKind kind, Money basis, Rate percentage, int days) {
    Checks.check(basis.getAmount().signum() >= 0, "sickPay.basis", basis, "must not be negative");
    Checks.check(!percentage.isNegative() && percentage.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0, "sickPay.percentage",
        percentage, "must be between 0% and 100%");
    Checks.check(days >= 0 && days <= 31, "sickPay.days", days, "must be between 0 and 31");
    BigDecimal daily = RoundingPolicy.GROSZ_HALF_UP.round(
        percentage.applyTo(basis.getAmount()).divide(BigDecimal.valueOf(30), 10, RoundingMode.HALF_UP));
    Money amount = Monies.of(basis.getCurrencyUnit(), daily.multiply(BigDecimal.valueOf(days)));
    String how = basis.getAmount().toPlainString() + " × " + percentage + " / 30 = " + daily.toPlainString() + " a day × " + days + " days";
    return ImmutableSickPay.builder().kind(kind).amount(amount).explanation(how).build();
  }
}
