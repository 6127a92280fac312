package dev.backoffice.reporting.trialbalance;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What trial balance to compute: the period (both ends optional), the account level, base-currency values
 * (default) or each currency on its own, and whether to check the turnover against the journal.
 *
 * <pre>{@code
 * TrialBalanceQuery.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
 * TrialBalanceQuery.builder().to(LocalDate.of(2025, 3, 31)).level(AccountLevel.SYNTHETIC).build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class TrialBalanceQuery {
  /** The first day of the period; empty means from the first posting (then the opening balance is zero). */
  public abstract Optional<LocalDate> from();

  /** The last day of the period; empty means up to the last posting. */
  public abstract Optional<LocalDate> to();

  /** Which accounts the rows list; {@link AccountLevel#POSTING} by default. */
  @Value.Default
  public AccountLevel level() {
    return AccountLevel.POSTING;
  }

  /**
   * Whether each currency is reported on its own rows in its own amounts (the per-commodity view of
   * hledger and ledger-cli) instead of the default: every amount at its value in the ledger's base currency,
   * as the Accounting Act keeps the books (art. 30: operations in foreign currencies are booked at their
   * złoty value), so that debits equal credits in the base currency with the foreign amounts as memo.
   */
  @Value.Default
  public boolean byCurrency() {
    return false;
  }

  /**
   * Whether to add the journal's totals and check that the turnover equals them (default true). The
   * check reads every journal entry once, so a trial balance that must come from the balance indexes alone
   * (the fast path) turns it off.
   */
  @Value.Default
  public boolean verifyAgainstJournal() {
    return true;
  }

  /**
   * The period from {@code from} to {@code to}, posting level, checked against the journal.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the query
   */
  public static TrialBalanceQuery of(LocalDate from, LocalDate to) {
    return builder().from(from).to(to).build();
  }

  /**
   * All postings up to a date (opening balances zero).
   *
   * @param to the last day
   * @return the query
   */
  public static TrialBalanceQuery asOf(LocalDate to) {
    return builder().to(to).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTrialBalanceQuery.Builder builder() {
    return ImmutableTrialBalanceQuery.builder();
  }

  @Value.Check
  void check() {
    if (from().isPresent() && to().isPresent()) {
      Checks.check(!to().get().isBefore(from().get()), "trial balance", "to", to().get(),
          "must not be before from " + from().get());
    }
  }
}
