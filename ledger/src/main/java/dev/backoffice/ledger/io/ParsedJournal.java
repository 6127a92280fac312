package dev.backoffice.ledger.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/** A journal file read whole: its transactions in file order, its chart of accounts and its commodities. */
@Value.Immutable
@BackOfficeStyle
public abstract class ParsedJournal {
  /** The source name: the path or the name given with the text. */
  public abstract String source();

  /** The transactions in file order. */
  public abstract ImmutableList<JournalTransaction> transactions();

  /**
   * The accounts declared with {@code account} or used by a posting, with every parent of the {@code :}
   * hierarchy; types inferred from the names.
   */
  public abstract ChartOfAccounts chart();

  /** The line on which each account of the chart first appears (a parent: where its first child does). */
  @Value.Auxiliary
  public abstract ImmutableMap<String, Long> accountLines();

  /** The commodities declared with {@code commodity} or used by an amount or price, sorted by code. */
  public abstract ImmutableSet<CurrencyUnit> commodities();

  /**
   * The entries of the transactions, in file order.
   *
   * @return the entries
   */
  public ImmutableList<JournalEntry> entries() {
    return transactions().stream().map(JournalTransaction::entry).collect(ImmutableList.toImmutableList());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableParsedJournal.Builder builder() {
    return ImmutableParsedJournal.builder();
  }
}
