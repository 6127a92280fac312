package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.query.AccountBalance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Year-end close (zamknięcie roku): plans what closing a fiscal year writes — the closing entry that moves
 * every result account's balance to the result account, and the period changes that close the year — and
 * reads the next year's opening balances. Owns no state: it reads the chart and the books ({@link Accounts},
 * {@link BalanceQueries}) and the periods, under the ledger's lock; the ledger writes the plan (the public
 * outcome is {@link YearEndClose}).
 */
final class YearEnd {
  private final Accounts accounts;
  private final BalanceQueries queries;
  private final Periods periods;
  private final Reservations reservations;

  /** What closing a year writes: the checked period changes, and the closing entry (null when nothing moves). */
  record Plan(List<PeriodChange> changes, @Nullable JournalEntry closing) {}

  YearEnd(Accounts accounts, BalanceQueries queries, Periods periods, Reservations reservations) {
    this.accounts = accounts;
    this.queries = queries;
    this.periods = periods;
    this.reservations = reservations;
  }

  /** Checks that a year may be closed to an account and plans it, changing nothing. */
  Plan plan(FiscalYear year, String resultAccount, Instant now) {
    accounts.chart().require(resultAccount);
    boolean allClosed = year.periods().stream().allMatch(p -> periods.state(p) == PeriodState.CLOSED);
    if (allClosed) {
      throw new ConflictException("fiscal year " + year.id(), "is already closed");
    }
    List<PeriodChange> changes = new ArrayList<>(); // validates first: no open reservations
    for (AccountingPeriod p : year.periods()) {
      if (periods.state(p) != PeriodState.CLOSED) {
        changes.add(periods.change(p, PeriodState.CLOSED, "year-end close " + year.id(), now, reservations));
      }
    }
    return new Plan(changes, closingEntry(year, resultAccount));
  }

  private @Nullable JournalEntry closingEntry(FiscalYear year, String resultAccount) {
    ImmutableJournalEntry.Builder b = JournalEntry.builder()
        .date(year.end())
        .document(DocumentRef.of("PK", "ZR/" + year.id(), year.end()))
        .description("Zamknięcie roku obrotowego " + year.id() + ": przeniesienie wyniku na konto " + resultAccount)
        .adjusting(true);
    Map<CurrencyUnit, Money[]> toResult = new TreeMap<>();
    int lines = 0;
    queries.catchUp(null, year.end());
    for (Account a : accounts.chart().accounts()) {
      if (a.category() != AccountCategory.RESULT) {
        continue;
      }
      AccountState st = accounts.state(a.code());
      for (CurrencyBook book : st.books) {
        long[] s = book.sum(null, year.end());
        long net = s[DayIndex.DR] - s[DayIndex.CR];
        if (net == 0) {
          continue;
        }
        Money amount = Money.ofMinor(book.currency, Math.abs(net));
        Money[] sums = toResult.computeIfAbsent(book.currency, c -> new Money[] {Money.zero(c), Money.zero(c)});
        if (net > 0) { // debit balance (costs): credit it, debit the result
          b.addLines(JournalLine.credit(a.code(), amount));
          sums[0] = sums[0].plus(amount);
        } else {
          b.addLines(JournalLine.debit(a.code(), amount));
          sums[1] = sums[1].plus(amount);
        }
        lines++;
      }
    }
    if (lines == 0) {
      return null;
    }
    for (Money[] sums : toResult.values()) {
      if (!sums[0].isZero()) {
        b.addLines(JournalLine.debit(resultAccount, sums[0]));
      }
      if (!sums[1].isZero()) {
        b.addLines(JournalLine.credit(resultAccount, sums[1]));
      }
    }
    return b.build();
  }

  /** The balance-sheet accounts' balances as of the day before a year starts. */
  ImmutableList<AccountBalance> openingBalances(FiscalYear year) {
    return queries.accountBalances(null, year.start().minusDays(1)).stream()
        .filter(r -> accounts.chart().require(r.account()).category() == AccountCategory.BALANCE_SHEET)
        .collect(ImmutableList.toImmutableList());
  }
}
