package dev.backoffice.ledger.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalCalendar;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.period.PeriodState;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The read-only side of a ledger: balances, turnovers, entries, periods. Every method reads a consistent
 * snapshot (no half-applied entry is ever visible). Reports and guards are built on this interface only.
 */
public interface LedgerView {
  /** The currency the books are kept in (waluta sprawozdawcza), usually PLN. */
  CurrencyUnit baseCurrency();

  /** The current chart of accounts. */
  ChartOfAccounts chart();

  /** The fiscal calendar. */
  FiscalCalendar calendar();

  /**
   * Turnovers and balances of an account per currency.
   *
   * @param query which account, dates, currency and tags
   * @return per currency the balance; currencies without postings in range are absent
   * @throws dev.backoffice.core.error.NotFoundException if the account does not exist
   */
  ImmutableMap<CurrencyUnit, Balance> balances(BalanceQuery query);

  /**
   * The balance (debit − credit) of an account's own postings in one currency as of a date.
   *
   * @param account the account code
   * @param currency the currency
   * @param asOf the last day counted
   * @return the net balance, zero when nothing was posted
   */
  default Money balance(String account, CurrencyUnit currency, LocalDate asOf) {
    Balance b = balances(BalanceQuery.builder().account(account).currency(currency).to(asOf).build()).get(currency);
    return b == null ? Money.zero(currency) : b.net();
  }

  /**
   * The balance of every account and currency with a posting dated in the range, each account's own
   * postings only (no roll-up), sorted by account code then currency.
   *
   * @param from the first day, or null for the beginning
   * @param to the last day, or null for no limit
   * @return the rows
   */
  ImmutableList<AccountBalance> accountBalances(@Nullable LocalDate from, @Nullable LocalDate to);

  /**
   * An entry by id, posted, pending, voided or expired.
   *
   * @param id the id
   * @return the entry, or empty
   */
  Optional<PostedEntry> entry(EntryId id);

  /**
   * The reversal of an entry, if it has been reversed.
   *
   * @param id the reversed entry's id
   * @return the id of the reversing entry
   */
  Optional<EntryId> reversedBy(EntryId id);

  /**
   * A page of entries matching a query, in journal order.
   *
   * @param query the filters and page
   * @return the page
   */
  Page<PostedEntry> entries(EntryQuery query);

  /**
   * The journal (dziennik): all posted entries in booking order, as of the moment of the call. Streaming:
   * entries posted later are not included, and the stream holds no lock.
   *
   * @return the posted entries
   */
  Stream<PostedEntry> journal();

  /** The number of posted entries. */
  long postedCount();

  /** The open reservations, in reservation order. */
  ImmutableList<PostedEntry> pending();

  /**
   * The state of a period.
   *
   * @param period the period
   * @return its state, {@link PeriodState#OPEN} unless changed
   */
  PeriodState periodState(AccountingPeriod period);

  /** Every period state change so far, oldest first. */
  ImmutableList<PeriodChange> periodHistory();

  /**
   * Runs several queries on one consistent snapshot: no change is applied while the action runs, so the
   * figures of a report built from many queries agree with each other (and with {@link #journal()}). The
   * default runs the action directly, which is enough for a view that does not change; the ledger holds its
   * read lock for the duration.
   *
   * @param action the queries
   * @param <T> the result type
   * @return what the action returns
   */
  default <T> T read(java.util.function.Function<LedgerView, T> action) {
    return action.apply(this);
  }
}
