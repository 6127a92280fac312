package dev.backoffice.ledger.io;

import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.account.ChartOfAccounts;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/** What remains of a journal read as a stream ({@link JournalReader#stream}): the chart, the commodities, the count. */
@Value.Immutable
@BackOfficeStyle
public abstract class JournalSummary {
  /** The source name. */
  public abstract String source();

  /** The accounts declared or used, with their parents. */
  public abstract ChartOfAccounts chart();

  /** The commodities declared or used, sorted by code. */
  public abstract ImmutableSet<CurrencyUnit> commodities();

  /** The number of transactions handed to the handler. */
  public abstract long transactionCount();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJournalSummary.Builder builder() {
    return ImmutableJournalSummary.builder();
  }
}
