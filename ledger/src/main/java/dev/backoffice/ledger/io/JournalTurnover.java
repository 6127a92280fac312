package dev.backoffice.ledger.io;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The turnover of a journal file over a period, per account and commodity, read without building a ledger
 * ({@link JournalBalances#turnover}): what a trial balance is made of. Rows for every account and commodity with
 * a line dated up to the end of the period, sorted by account then commodity code; the conversion rows of
 * transactions that balance through a price; the file's market prices and its last date.
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from
public abstract class JournalTurnover {
  /** The account name of the conversion rows: the opposite of each priced transaction's sum per commodity. */
  public static final String CONVERSION = "(conversion)";

  /** The first day of the period; empty: from the first transaction (openings zero). */
  public abstract Optional<LocalDate> from();

  /** The last day of the period; empty: to the last transaction. */
  public abstract Optional<LocalDate> to();

  /** The first day of the cumulative turnover; empty: the period's. */
  public abstract Optional<LocalDate> cumulativeFrom();

  /** The accounts' rows. */
  public abstract ImmutableList<TurnoverRow> rows();

  /** One {@link #CONVERSION} row per commodity in which priced transactions leave a difference. */
  public abstract ImmutableList<TurnoverRow> conversions();

  /** The market prices ({@code P}) of the file, in file order. */
  public abstract ImmutableList<MarketPrice> prices();

  /** The last date of a transaction or price of the file; empty for a file without any. */
  public abstract Optional<LocalDate> lastDate();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJournalTurnover.Builder builder() {
    return ImmutableJournalTurnover.builder();
  }
}
