package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A rule of availability control (kontrola dostępności środków) on a budget or a budget line: what to do
 * ({@link #action()}) when a change of the given {@link #targets()} would take consumption — actuals plus
 * commitments — in the rule's {@link #scope()} past the budget plus a tolerance.
 *
 * <p><b>Limit.</b> A change breaks the rule when it increases the line's consumption in scope and, after
 * it, {@code actuals + commitments > budget + tolerance}. Changes that decrease consumption (credits,
 * reversals, released commitments) always pass, even on a line already over its limit.
 *
 * <p><b>Tolerance</b> (SAP's tolerance limit): {@link #tolerancePercent()} of the budget in scope, rounded
 * toward zero to the minor unit, and/or an {@link #toleranceAmount()}. With both, the smaller one applies
 * (the limit that is reached first). With neither, the tolerance is zero. A negative tolerance makes the
 * rule fire before the budget is used up — e.g. a WARN rule with −10 % warns at 90 %.
 *
 * <pre>{@code
 * ControlRule.stop(ControlScope.ANNUAL).withTolerancePercent(Rate.ofPercent("5"));   // stop at 105 %
 * ControlRule.warn(ControlScope.MONTHLY_ACCUMULATED).onlyFor(ControlTarget.ACTUALS);  // warn on invoices
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class ControlRule {
  private static final Rate MIN_TOLERANCE = Rate.ofPercent("-100");
  private static final Rate MAX_TOLERANCE = Rate.ofPercent("1000");

  /** What happens when the limit is exceeded. */
  public abstract ControlAction action();

  /** Annual or monthly accumulated comparison. */
  public abstract ControlScope scope();

  /** Which changes the rule checks; both actuals and commitments by default. */
  @Value.Default
  public ImmutableSet<ControlTarget> targets() {
    return ImmutableSet.copyOf(ControlTarget.values());
  }

  /** Tolerance as a percentage of the budget in scope. */
  public abstract Optional<Rate> tolerancePercent();

  /** Tolerance as an amount in the budget's currency. */
  public abstract Optional<Money> toleranceAmount();

  /**
   * A rule that rejects changes past the limit.
   *
   * @param scope annual or monthly accumulated
   * @return the rule, without tolerance, for actuals and commitments
   */
  public static ControlRule stop(ControlScope scope) {
    return of(ControlAction.STOP, scope);
  }

  /**
   * A rule that lets changes past the limit through with a warning.
   *
   * @param scope annual or monthly accumulated
   * @return the rule, without tolerance, for actuals and commitments
   */
  public static ControlRule warn(ControlScope scope) {
    return of(ControlAction.WARN, scope);
  }

  /**
   * A rule that checks nothing (explicitly uncontrolled, e.g. to exempt one line of a controlled budget).
   *
   * @return the rule
   */
  public static ControlRule ignore() {
    return of(ControlAction.IGNORE, ControlScope.ANNUAL);
  }

  /**
   * A rule.
   *
   * @param action what to do past the limit
   * @param scope annual or monthly accumulated
   * @return the rule, without tolerance, for actuals and commitments
   */
  public static ControlRule of(ControlAction action, ControlScope scope) {
    return ImmutableControlRule.builder().action(action).scope(scope).build();
  }

  /**
   * This rule with a percentage tolerance.
   *
   * @param percent the share of the budget in scope that may be exceeded, e.g. 5 %
   * @return a copy with the tolerance set
   */
  public ControlRule withTolerancePercent(Rate percent) {
    return ImmutableControlRule.copyOf(this).withTolerancePercent(percent);
  }

  /**
   * This rule with an absolute tolerance.
   *
   * @param amount the amount by which the budget may be exceeded, in the budget's currency
   * @return a copy with the tolerance set
   */
  public ControlRule withToleranceAmount(Money amount) {
    return ImmutableControlRule.copyOf(this).withToleranceAmount(amount);
  }

  /**
   * This rule restricted to one kind of change.
   *
   * @param target actuals or commitments
   * @return a copy that checks only that kind
   */
  public ControlRule onlyFor(ControlTarget target) {
    return ImmutableControlRule.copyOf(this).withTargets(Checks.notNull(target, "target"));
  }

  /**
   * True when the rule checks changes of this kind.
   *
   * @param target actuals or commitments
   * @return whether it applies
   */
  public boolean appliesTo(ControlTarget target) {
    return targets().contains(target);
  }

  /**
   * The tolerance for a budget, in minor units: the percentage of the budget rounded toward zero and/or the
   * absolute amount, the smaller of the two when both are set, zero when neither is.
   *
   * @param budgetMinor the budget in scope, in minor units of the budget's currency
   * @return the tolerance in minor units (may be negative)
   */
  long toleranceMinor(long budgetMinor) {
    long tol = Long.MAX_VALUE;
    if (tolerancePercent().isPresent()) {
      tol = BigDecimal.valueOf(budgetMinor).multiply(tolerancePercent().get().fraction())
          .setScale(0, RoundingMode.DOWN).longValueExact();
    }
    if (toleranceAmount().isPresent()) {
      tol = Math.min(tol, toleranceAmount().get().getAmountMinorLong());
    }
    return tol == Long.MAX_VALUE ? 0 : tol;
  }

  @Value.Check
  void check() {
    Checks.check(!targets().isEmpty(), "control rule", "targets", targets(), "must name at least one target");
    tolerancePercent().ifPresent(p -> Checks.check(p.compareTo(MIN_TOLERANCE) >= 0 && p.compareTo(MAX_TOLERANCE) <= 0,
        "control rule", "tolerancePercent", p, "must be between -100% and 1000%"));
  }

  /** {@code "STOP ANNUAL [ACTUALS, COMMITMENTS] tolerance 5%"}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(action()).append(' ').append(scope()).append(' ').append(targets());
    tolerancePercent().ifPresent(p -> s.append(" tolerance ").append(p));
    toleranceAmount().ifPresent(a -> s.append(" tolerance ").append(a));
    return s.toString();
  }
}
