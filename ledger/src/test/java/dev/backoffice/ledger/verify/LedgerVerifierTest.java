package dev.backoffice.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.store.InMemoryLedgerStore;
import dev.backoffice.ledger.store.LedgerRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerVerifierTest {
  private final Clock clock = Clock.fixed(Instant.parse("2025-02-01T08:00:00Z"), ZoneOffset.UTC);

  private static JournalEntry e(String debit, String credit, String amount) {
    return JournalEntry.builder().date(LocalDate.of(2025, 1, 5))
        .addLines(JournalLine.debit(debit, Monies.of("PLN", amount)), JournalLine.credit(credit, Monies.of("PLN", amount)))
        .build();
  }

  @Test
  void aSoundLedgerVerifies() {
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).build();
    PostedEntry a = ledger.post(e("130", "800", "100.00"));
    ledger.post(e("402", "130", "40.00"));
    ledger.reverse(a.id(), LocalDate.of(2025, 1, 6), ReversalMode.RED);
    ledger.reserve(e("402", "130", "1.00"), clock.instant().plusSeconds(60));

    VerificationReport report = LedgerVerifier.verify(ledger);

    assertThat(report.isSound()).as(report.toString()).isTrue();
    assertThat(report.postedEntries()).isEqualTo(3);
    assertThat(report.balancingTotals()).containsEntry(Monies.PLN, Monies.of("PLN", "0.00"));
  }

  @Test
  void aRecordTheLedgerDoesNotHoldIsReportedWithItsAccounts() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).store(store).build();
    ledger.post(e("130", "800", "100.00"));
    // a record written behind the ledger's back (as a tampered or foreign store would hold)
    store.append(new LedgerRecord.EntryPosted(PostedEntry.of(EntryId.of("X"), 2, clock.instant(), e("402", "130", "7.00"),
        EntryStatus.POSTED, Optional.empty(), List.of())));

    VerificationReport report = LedgerVerifier.verify(ledger);

    assertThat(report.isSound()).isFalse();
    assertThat(report.mismatches()).extracting(Mismatch::toString).contains(
        "130 PLN: posted credit expected 7.00 but found 0.00",
        "402 PLN: posted turnover expected 7.00/0 but found no balance",
        "journal: posted entries expected 2 but found 1");
  }
}
