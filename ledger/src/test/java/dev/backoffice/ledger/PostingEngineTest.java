package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.FiscalCalendar;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.guard.PostingKind;
import dev.backoffice.ledger.store.LedgerRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The posting engine's two steps are separate: {@code check} changes no state, and {@code apply} gives the
 * same books whether it gets the prepared posting (a live change) or not (replay, or a record read back from a
 * store); a prepared posting of another entry is not used.
 */
class PostingEngineTest {
  /** The parts a posting engine works on, wired as the ledger wires them, without a lock or a store. */
  private static final class Parts {
    final Accounts accounts = new Accounts(Monies.PLN);
    final EntryIndex entries = new EntryIndex();
    final PostingEngine engine = new PostingEngine(Monies.PLN, accounts, entries, new Reservations(true),
        new Periods(FiscalCalendar.calendarYears()), ImmutableList.of(), Ledger.builder().build());

    Parts() {
      for (String code : List.of("A", "B")) {
        engine.apply(new LedgerRecord.AccountSaved(Account.of(code, code, AccountType.ASSET), Fixtures.T0), null);
      }
    }

    /** Posted debits and credits of an account in PLN, in minor units. */
    long[] posted(String code) {
      CurrencyBook book = accounts.state(code).book(Monies.PLN);
      return new long[] {book.postedDr, book.postedCr};
    }
  }

  private static LedgerRecord.EntryPosted record(JournalEntry e, long n) {
    return new LedgerRecord.EntryPosted(
        PostedEntry.of(EntryId.ofNumber(n), n, Fixtures.T0, e, EntryStatus.POSTED, Optional.empty(), ImmutableList.of()));
  }

  @Test
  void checkChangesNothingAndApplyGivesTheSameBooksWithOrWithoutThePreparedPosting() {
    JournalEntry e = Fixtures.simple("2025-03-10", "A", "B", "12.34");
    Parts live = new Parts();
    PreparedPosting prepared = live.engine.check(e, EntryId.ofNumber(1), PostingKind.POST, null);
    assertThat(live.posted("A")).containsExactly(0, 0);
    assertThat(live.entries.size()).isZero();

    live.engine.apply(record(e, 1), prepared);
    Parts replayed = new Parts();
    replayed.engine.apply(record(e, 1), null);

    // Dr A 12.34 / Cr B 12.34: 1,234 minor units on each side
    assertThat(live.posted("A")).containsExactly(1234, 0);
    assertThat(live.posted("B")).containsExactly(0, 1234);
    assertThat(replayed.posted("A")).containsExactly(live.posted("A"));
    assertThat(replayed.posted("B")).containsExactly(live.posted("B"));
    assertThat(replayed.accounts.state("A").book(Monies.PLN).sum(null, null))
        .containsExactly(live.accounts.state("A").book(Monies.PLN).sum(null, null));
    assertThat(live.entries.lookup(EntryId.ofNumber(1)).entry()).isSameAs(e);
  }

  @Test
  void aPreparedPostingOfAnotherEntryIsNotUsed() {
    JournalEntry checked = Fixtures.simple("2025-03-10", "A", "B", "1.00");
    JournalEntry applied = Fixtures.simple("2025-03-10", "B", "A", "5.00");
    Parts parts = new Parts();
    PreparedPosting prepared = parts.engine.check(checked, EntryId.ofNumber(1), PostingKind.POST, null);

    parts.engine.apply(record(applied, 1), prepared);

    // what the record says (Dr B 5.00 / Cr A 5.00), not what was checked
    assertThat(parts.posted("A")).containsExactly(0, 500);
    assertThat(parts.posted("B")).containsExactly(500, 0);
  }
}
