package dev.backoffice.ledger.query;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * What balance to compute: one account (optionally with its analytic children), a date range (default: all
 * history up to today's last posting), a currency (default: all) and a dimension filter (default: none).
 *
 * <pre>{@code
 * BalanceQuery.builder().account("201").includeChildren(true).to(LocalDate.of(2025, 1, 31)).build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attributes named from/to; copy with ImmutableX.copyOf instead
public abstract class BalanceQuery {
  /** The account code. */
  public abstract String account();

  /** Whether postings to the account's analytic children (the whole subtree) count too. */
  @Value.Default
  public boolean includeChildren() {
    return false;
  }

  /** The first day counted; empty means from the beginning. */
  public abstract Optional<LocalDate> from();

  /** The last day counted (as-of date); empty means without an upper bound. */
  public abstract Optional<LocalDate> to();

  /** Only this currency; empty means every currency the account has. */
  public abstract Optional<CurrencyUnit> currency();

  /** Only lines carrying all these tags. */
  @Value.Default
  public Dimensions dimensions() {
    return Dimensions.empty();
  }

  /**
   * The whole balance of one account, all currencies.
   *
   * @param account the account code
   * @return the query
   */
  public static BalanceQuery of(String account) {
    return ImmutableBalanceQuery.builder().account(account).build();
  }

  /**
   * The balance of one account as of a date, all currencies.
   *
   * @param account the account code
   * @param asOf the last day counted
   * @return the query
   */
  public static BalanceQuery asOf(String account, LocalDate asOf) {
    return ImmutableBalanceQuery.builder().account(account).to(asOf).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBalanceQuery.Builder builder() {
    return ImmutableBalanceQuery.builder();
  }

  @Value.Check
  void check() {
    if (from().isPresent() && to().isPresent()) {
      Checks.check(!to().get().isBefore(from().get()), "balance query", "to", to().get(), "must not be before from " + from().get());
    }
  }
}
