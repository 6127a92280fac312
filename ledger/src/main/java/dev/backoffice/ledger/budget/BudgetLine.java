package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One line of a {@link Budget} (pozycja budżetu): the amounts planned for a set of accounts and a
 * combination of dimension tags, one amount per period of the budget's fiscal year.
 *
 * <p><b>What counts against the line.</b> A ledger line counts when its account is selected by
 * {@link #accounts()} (with analytic children), it carries every tag of {@link #dimensions()} (other tags
 * do not matter; an empty filter takes every line of the accounts), and its effective date lies in the
 * budget's fiscal year; it counts in the period of its date. Debits increase consumption, credits and red
 * reversals (negative amounts) decrease it. The value counted is the line's base-currency value.
 *
 * <p>{@link #rules()} and {@link #carryForward()} override the budget's when given.
 *
 * <pre>{@code
 * BudgetLine travel = BudgetLine.of("407/MPK-01", AccountSelector.account("407"),
 *     Dimensions.of(Dimension.COST_CENTRE, "MPK-01"), Monies.of("PLN", "12000.00"), Phasing.equal(),
 *     FiscalYear.calendar(2025));
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class BudgetLine {
  private static final BigDecimal MAX_MINOR = BigDecimal.valueOf(Ledger.MAX_LINE_MINOR_UNITS);

  /** The line's identifier, unique in its budget, e.g. {@code "402/MPK-01"}. */
  public abstract String id();

  /** The accounts the line covers. */
  public abstract AccountSelector accounts();

  /** The tags a ledger line must carry to count (cost centre, project, department…); empty for none. */
  @Value.Default
  public Dimensions dimensions() {
    return Dimensions.empty();
  }

  /** The budget per period of the fiscal year, in order, each zero or more, all in the budget's currency. */
  public abstract ImmutableList<Money> amounts();

  /** Control rules for this line instead of the budget's; empty to use the budget's. */
  public abstract ImmutableList<ControlRule> rules();

  /** Carry-forward rule for this line instead of the budget's. */
  public abstract Optional<CarryForwardRule> carryForward();

  /** A description for reports. */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * A line whose annual amount is phased over the periods of a fiscal year.
   *
   * @param id the line id
   * @param accounts the accounts covered
   * @param dimensions the tags required
   * @param annual the annual amount
   * @param phasing how the annual amount is spread
   * @param year the budget's fiscal year
   * @return the line, using the budget's rules
   */
  public static BudgetLine of(String id, AccountSelector accounts, Dimensions dimensions, Money annual, Phasing phasing,
      FiscalYear year) {
    return builder().id(id).accounts(accounts).dimensions(dimensions).amounts(phasing.spread(annual, year)).build();
  }

  /**
   * A builder, for amounts set by hand per period, own rules or a description.
   *
   * @return a new builder
   */
  public static ImmutableBudgetLine.Builder builder() {
    return ImmutableBudgetLine.builder();
  }

  /** The currency of the amounts. */
  public CurrencyUnit currency() {
    return amounts().get(0).getCurrencyUnit();
  }

  /** The annual budget: the sum of the period amounts. */
  public Money annual() {
    return Monies.sum(currency(), amounts());
  }

  /**
   * This line with other amounts (used by revisions).
   *
   * @param newAmounts one amount per period
   * @return a copy with the amounts replaced
   */
  public BudgetLine withAmounts(Iterable<? extends Money> newAmounts) {
    return ImmutableBudgetLine.copyOf(this).withAmounts(newAmounts);
  }

  /**
   * This line with its own control rules.
   *
   * @param newRules the rules replacing the budget's for this line
   * @return a copy with the rules set
   */
  public BudgetLine withRules(ControlRule... newRules) {
    return ImmutableBudgetLine.copyOf(this).withRules(newRules);
  }

  @Value.Check
  void check() {
    String subject = "budget line " + id();
    Checks.check(!id().isBlank() && id().length() <= 100 && id().strip().equals(id()), subject, "id", id(),
        "must be 1 to 100 characters without surrounding spaces");
    Checks.check(!amounts().isEmpty(), subject, "amounts", amounts(), "must give one amount per period");
    CurrencyUnit cu = amounts().get(0).getCurrencyUnit();
    for (int i = 0; i < amounts().size(); i++) {
      Money m = amounts().get(i);
      Checks.check(m.getCurrencyUnit().equals(cu), subject, "amounts[" + i + "]", m, "must be in " + cu);
      Checks.check(!m.isNegative(), subject, "amounts[" + i + "]", m, "must not be negative");
    }
    Money annual = annual();
    Checks.check(annual.getAmount().movePointRight(cu.getDecimalPlaces()).compareTo(MAX_MINOR) <= 0, subject, "amounts",
        annual, "must sum to at most " + Ledger.MAX_LINE_MINOR_UNITS + " minor units");
    Checks.check(!dimensions().has(BudgetControl.COMMITMENT), subject, "dimensions", dimensions(),
        "must not filter on '" + BudgetControl.COMMITMENT + "': that tag links postings to commitments");
    Checks.check(description().length() <= 512, subject, "description", description(), "must be at most 512 characters");
  }

  /** {@code "402/MPK-01 402 {costCentre=MPK-01} 12000.00 PLN"}. */
  @Override
  public String toString() {
    return id() + " " + accounts() + (dimensions().isEmpty() ? "" : " " + dimensions()) + " " + annual();
  }
}
