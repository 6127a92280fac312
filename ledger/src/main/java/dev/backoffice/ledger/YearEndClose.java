package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.query.AccountBalance;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of {@link Ledger#closeYear}: the closing entry (absent when no result account had a
 * balance) and the opening balances of the next year (bilans otwarcia), equal to the closing balances of
 * the balance-sheet accounts.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class YearEndClose {
  /** The closed year. */
  @Value.Parameter
  public abstract FiscalYear year();

  /** The entry that moved the result accounts to the financial result. */
  @Value.Parameter
  public abstract Optional<PostedEntry> closingEntry();

  /** The next year's opening balances of the balance-sheet accounts. */
  @Value.Parameter
  public abstract ImmutableList<AccountBalance> openingBalances();

  /**
   * The outcome.
   *
   * @param year the closed year
   * @param closingEntry the closing entry, if any
   * @param openingBalances the next year's opening balances
   * @return the value
   */
  public static YearEndClose of(FiscalYear year, Optional<? extends PostedEntry> closingEntry,
      Iterable<? extends AccountBalance> openingBalances) {
    return ImmutableYearEndClose.of(year, closingEntry, openingBalances);
  }
}
