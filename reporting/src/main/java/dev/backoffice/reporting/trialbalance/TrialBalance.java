package dev.backoffice.reporting.trialbalance;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.Report;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * A trial balance (zestawienie obrotów i sald): per account the opening balance, the period turnover, the
 * cumulative turnover and the closing balance, debit and credit; the totals; and the checks that debits
 * equal credits and that the turnover equals the journal total.
 *
 * <p>By default every amount is in the ledger's base currency (each line at its base-currency value, the
 * foreign amounts as memo on the row), so there is one total and debits equal credits in it. A line in a
 * foreign currency with no base-currency value (no cost in the base currency) cannot be valued: it stays on a
 * row in the currency it balances in (its cost, or its own amount), with a total of that currency. An entry that
 * mixes such lines with base-currency ones then leaves both totals unbalanced, which their checks report. {@link #byCurrency()} gives the per-currency view:
 * a row per account and currency, a total per currency.
 *
 * <p>Rows come sorted by account code then currency ({@link AccountLevel#HIERARCHY}: in tree order). The
 * totals always sum the posting-level figures, whatever level the rows show.
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class TrialBalance implements Report {
  /** The first day of the period, if bounded. */
  public abstract Optional<LocalDate> from();

  /** The last day of the period, if bounded. */
  public abstract Optional<LocalDate> to();

  /**
   * The first day counted in the cumulative turnover: the start of the fiscal year containing the end of the
   * period (or its start, when the end is open); empty when neither is known, and then the cumulative
   * turnover equals the period turnover.
   */
  public abstract Optional<LocalDate> cumulativeFrom();

  /** The account level of the rows. */
  public abstract AccountLevel level();

  /**
   * False (the default) when every amount is in the ledger's base currency, the foreign amounts being memo
   * ({@link TrialBalanceRow#currencyAmounts()}); true in the per-currency view, one row per account and currency.
   */
  @Value.Default
  public boolean byCurrency() {
    return false;
  }

  /** The rows. */
  public abstract ImmutableList<TrialBalanceRow> rows();

  /** The totals, one per currency, sorted by currency code. */
  public abstract ImmutableList<TrialBalanceTotal> totals();

  @Override
  public abstract ImmutableList<Check> checks();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTrialBalance.Builder builder() {
    return ImmutableTrialBalance.builder();
  }

  /**
   * The totals in one currency.
   *
   * @param currency the currency
   * @return the totals
   * @throws NotFoundException if the trial balance has no amounts in that currency
   */
  public TrialBalanceTotal total(CurrencyUnit currency) {
    return totals().stream().filter(t -> t.currency().equals(currency)).findFirst()
        .orElseThrow(() -> new NotFoundException("trial balance total", currency.getCode()));
  }

  /**
   * The rows of one account (one per currency).
   *
   * @param account the account code
   * @return its rows, empty if it has none
   */
  public ImmutableList<TrialBalanceRow> rows(String account) {
    return rows().stream().filter(r -> r.account().equals(account)).collect(ImmutableList.toImmutableList());
  }

  /** True when in every currency debits equal credits. */
  public boolean balanced() {
    return totals().stream().allMatch(TrialBalanceTotal::balanced);
  }
}
