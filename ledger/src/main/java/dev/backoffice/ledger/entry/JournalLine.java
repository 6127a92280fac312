package dev.backoffice.ledger.entry;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One line of a journal entry (pozycja zapisu): an amount booked on one side of one account.
 *
 * <p>{@link #amount()} is in the line's own currency and is what the account's balance in that currency
 * moves by. A foreign-currency line may state its {@link #cost()} in another currency (ledger's
 * {@code @ unit price} or {@code @@ total}, or the złoty value of a euro payment at the NBP rate, with
 * {@link #rate()}): then the cost, not the amount, counts when the entry is checked for balance, and a cost
 * in the ledger's base currency is the line's base-currency value.
 *
 * <p>Amounts are normally positive. A negative amount is a red reversal (storno czerwone): the turnover of
 * that side shrinks. A zero amount with a cost is a revaluation of a foreign-currency balance.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JournalLine {
  /** The account code. */
  public abstract String account();

  /** Debit (Wn) or credit (Ma). */
  public abstract Side side();

  /** The amount in the line's own currency. */
  public abstract Money amount();

  /** The value of the line in another currency, which counts instead of the amount when balancing. */
  public abstract Optional<Money> cost();

  /** The unit exchange rate or price that gave the cost (informational: cost = amount × rate, rounded). */
  public abstract Optional<BigDecimal> rate();

  /** Analytical tags (cost centre, project, employee…). */
  @Value.Default
  public Dimensions dimensions() {
    return Dimensions.empty();
  }

  /** A note on this line. */
  public abstract Optional<String> memo();

  /**
   * Facts about this line that the ledger keeps but does not interpret (the settled document, its due date,
   * the VAT rate and base of a VAT line…): a journal posting's comment tags. Empty unless given.
   */
  @Value.Default
  public Tags tags() {
    return Tags.empty();
  }

  /**
   * A debit line.
   *
   * @param account the account code
   * @param amount the amount
   * @return the line
   */
  public static JournalLine debit(String account, Money amount) {
    return ImmutableJournalLine.builder().account(account).side(Side.DEBIT).amount(amount).build();
  }

  /**
   * A credit line.
   *
   * @param account the account code
   * @param amount the amount
   * @return the line
   */
  public static JournalLine credit(String account, Money amount) {
    return ImmutableJournalLine.builder().account(account).side(Side.CREDIT).amount(amount).build();
  }

  /**
   * A line on either side.
   *
   * @param account the account code
   * @param side debit or credit
   * @param amount the amount
   * @return the line
   */
  public static JournalLine of(String account, Side side, Money amount) {
    return ImmutableJournalLine.builder().account(account).side(side).amount(amount).build();
  }

  /**
   * A builder for lines with cost, rate, dimensions or memo.
   *
   * @return a new builder
   */
  public static ImmutableJournalLine.Builder builder() {
    return ImmutableJournalLine.builder();
  }

  /** The amount that counts when the entry is checked for balance: the cost if stated, else the amount. */
  public Money balancingAmount() {
    return cost().orElse(amount());
  }

  /**
   * The value of the line in the base currency, if known: the amount when it is in the base currency, the
   * cost when that is.
   *
   * @param base the ledger's base currency
   * @return the base-currency value, or empty when the line has none
   */
  public Optional<Money> baseValue(CurrencyUnit base) {
    if (amount().getCurrencyUnit().equals(base)) {
      return Optional.of(amount());
    }
    return cost().filter(c -> c.getCurrencyUnit().equals(base));
  }

  /** The same line on the opposite side (black reversal, storno czarne). */
  public JournalLine withOppositeSide() {
    return ImmutableJournalLine.copyOf(this).withSide(side().opposite());
  }

  /** The same line with negated amount and cost (red reversal, storno czerwone). */
  public JournalLine negated() {
    // both at once: a line with its amount negated but not yet its cost would fail the sign check
    return ImmutableJournalLine.builder().from(this).amount(amount().negated()).cost(cost().map(Money::negated)).build();
  }

  @Value.Check
  void check() {
    Checks.check(!account().isBlank(), "line", "account", account(), "must not be blank");
    cost().ifPresent(c -> {
      Checks.check(!c.getCurrencyUnit().equals(amount().getCurrencyUnit()), "line on " + account(), "cost", c,
          "must be in another currency than the amount " + amount());
      Checks.check(c.isZero() || amount().isZero() || c.getAmount().signum() == amount().getAmount().signum(),
          "line on " + account(), "cost", c, "must have the same sign as the amount " + amount());
    });
    rate().ifPresent(r -> Checks.check(r.signum() > 0, "line on " + account(), "rate", r.toPlainString(), "must be positive"));
    memo().ifPresent(m -> Checks.check(m.length() <= 512, "line on " + account(), "memo", m, "must be at most 512 characters"));
  }

  @Override
  public String toString() {
    return (side() == Side.DEBIT ? "Dr " : "Cr ") + account() + " " + amount()
        + cost().map(c -> " @@ " + c).orElse("") + (dimensions().isEmpty() ? "" : " " + dimensions());
  }
}
