package dev.backoffice.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InMemoryLedgerStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void replaysEveryRecordEqualAndInOrderIncludingPostedEntriesKeptWithoutTheirWrapper() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(CLOCK).store(store).build();
    PostedEntry first = ledger.post(entry("100.00"));
    ledger.blockAccount("409");
    PostedEntry second = ledger.post(entry("7.50"));
    List<LedgerRecord> appended = List.of(new LedgerRecord.EntryPosted(first),
        new LedgerRecord.AccountDeleted("999", CLOCK.instant()), new LedgerRecord.EntryPosted(second));
    InMemoryLedgerStore copy = new InMemoryLedgerStore();
    appended.forEach(copy::append);

    List<LedgerRecord> replayed = new ArrayList<>();
    copy.replay(replayed::add);
    List<LedgerRecord> fromLedger = new ArrayList<>();
    store.replay(fromLedger::add);

    assertThat(replayed).containsExactlyElementsOf(appended);
    assertThat(copy.size()).isEqualTo(3);
    assertThat(fromLedger).filteredOn(r -> r instanceof LedgerRecord.EntryPosted)
        .containsExactly(new LedgerRecord.EntryPosted(first), new LedgerRecord.EntryPosted(second));
    assertThat(fromLedger).hasSize(store.size()).anyMatch(r -> r instanceof LedgerRecord.AccountSaved);
  }

  @Test
  void ticketsCountTheRecordsAndANullRecordIsRefused() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    assertThat(store.append(new LedgerRecord.AccountDeleted("999", CLOCK.instant()))).isEqualTo(1);
    assertThat(store.append(new LedgerRecord.AccountDeleted("998", CLOCK.instant()))).isEqualTo(2);
    assertThatThrownBy(() -> store.append(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("record");
    assertThat(store.size()).isEqualTo(2);
  }

  private static JournalEntry entry(String amount) {
    Money m = Money.of(Monies.PLN, new java.math.BigDecimal(amount));
    return JournalEntry.builder().date(LocalDate.of(2025, 1, 15)).description("test")
        .addLines(JournalLine.debit("100", m), JournalLine.credit("800", m)).build();
  }
}
