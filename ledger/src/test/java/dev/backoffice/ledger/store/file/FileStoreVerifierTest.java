package dev.backoffice.ledger.store.file;

import static dev.backoffice.ledger.store.file.StoreFixtures.T0;
import static dev.backoffice.ledger.store.file.StoreFixtures.ledger;
import static dev.backoffice.ledger.store.file.StoreFixtures.pln;
import static dev.backoffice.ledger.store.file.StoreFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.store.LedgerRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreVerifierTest {
  @TempDir Path dir;

  @Test
  void aSoundStoreIsReportedWithItsCountsAndHead() throws IOException {
    ChainHead head;
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      for (int i = 1; i <= 10; i++) {
        ledger.post(sale(i));
      }
      PostedEntry r = ledger.reserve(sale(11), T0.plus(1, ChronoUnit.DAYS));
      ledger.commit(r.id());
      ledger.reserve(sale(12), T0.plus(1, ChronoUnit.DAYS));
      head = store.head();
    }
    FileStoreReport report = FileStoreVerifier.verify(dir, Monies.PLN, Optional.of(head));
    assertThat(report.problems()).isEmpty();
    assertThat(report.isSound()).isTrue();
    // the template accounts, 10 posts, reserve and commit of 11, reserve of 12: one frame each
    assertThat(report.records()).isEqualTo(StoreFixtures.frames(dir).size()).isEqualTo(head.records());
    assertThat(report.postedEntries()).isEqualTo(11);
    assertThat(report.head()).isEqualTo(head);
    assertThat(report.logEnd()).isEqualTo(Files.size(StoreFixtures.log(dir)));
    assertThat(report.tornTailBytes()).isZero();
    assertThat(report.toString()).startsWith("sound: " + head.records() + " records, 11 posted entries");
  }

  @Test
  void aStoreCanBeVerifiedWhileItIsOpen() {
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      ledger.post(sale(1));
      FileStoreReport report = FileStoreVerifier.verify(dir);
      assertThat(report.problems()).isEmpty();
      assertThat(report.head()).isEqualTo(store.head());
      assertThat(report.tornTailBytes()).isZero(); // the preallocated zeros are no torn tail
    }
  }

  @Test
  void aTornTailIsReportedButIsNoProblem() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      ledger.post(sale(1));
      ledger.post(sale(2));
    }
    StoreFixtures.forgetCheckpoint(dir);
    byte[] file = Files.readAllBytes(StoreFixtures.log(dir));
    Files.write(StoreFixtures.log(dir), Arrays.copyOf(file, file.length - 10));
    StoreFixtures.Frame last = StoreFixtures.frames(file).get(StoreFixtures.frames(file).size() - 1);
    FileStoreReport report = FileStoreVerifier.verify(dir);
    assertThat(report.problems()).isEmpty();
    assertThat(report.tornTailBytes()).isEqualTo(last.length() - 10);
    assertThat(report.postedEntries()).isEqualTo(1);
  }

  @Test
  void aLogTheLedgerCouldNotHaveWrittenFailsTheBalanceCheck() {
    // an entry on account 999 followed by the deletion of 999: the ledger never allows this, a forger might
    PostedEntry posted = PostedEntry.of(EntryId.of("X-1"), 1, T0, JournalEntry.builder().date(LocalDate.of(2025, 1, 2))
        .addLines(JournalLine.debit("999", pln("10.00")), JournalLine.credit("700", pln("10.00"))).build(),
        EntryStatus.POSTED, Optional.empty(), ImmutableList.of());
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      store.append(new LedgerRecord.AccountSaved(Account.of("999", "Forged", AccountType.ASSET), T0));
      store.append(new LedgerRecord.AccountSaved(Account.of("700", "Sales", AccountType.REVENUE), T0));
      store.append(new LedgerRecord.EntryPosted(posted));
      store.awaitDurable(store.append(new LedgerRecord.AccountDeleted("999", T0)));
    }
    FileStoreReport report = FileStoreVerifier.verify(dir);
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FileStoreProblem.Kind.BALANCE_MISMATCH);
      assertThat(p.message()).startsWith("999 PLN: the posted lines sum to debit 10.00, credit 0");
    });
  }

  @Test
  void aJournalSequenceGapIsReported() {
    PostedEntry fifth = PostedEntry.of(EntryId.of("X-5"), 5, T0, sale(5), EntryStatus.POSTED, Optional.empty(),
        ImmutableList.of());
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      store.awaitDurable(store.append(new LedgerRecord.EntryPosted(fifth)));
    }
    assertThat(FileStoreVerifier.verify(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FileStoreProblem.Kind.JOURNAL_MISMATCH);
      assertThat(p.record()).hasValue(0);
      assertThat(p.message()).contains("journal sequence 5 but is posted entry number 1");
    });
  }

  @Test
  void aMissingLogIsABadHeader() {
    FileStoreReport report = FileStoreVerifier.verify(dir.resolve("nothing-here"));
    assertThat(report.isSound()).isFalse();
    assertThat(report.problems()).extracting(FileStoreProblem::kind).containsExactly(FileStoreProblem.Kind.BAD_HEADER);
  }

  @Test
  void anUnreadableCheckpointIsReported() throws IOException {
    FileLedgerStore.open(dir).close();
    Files.write(dir.resolve("ledger.checkpoint"), new byte[] {1, 2, 3});
    assertThat(FileStoreVerifier.verify(dir).problems()).extracting(FileStoreProblem::kind)
        .containsExactly(FileStoreProblem.Kind.CHECKPOINT_MISMATCH);
    try (FileLedgerStore store = FileLedgerStore.open(dir)) { // the log alone is complete: open scans all of it
      assertThat(store.recovery().fromCheckpoint()).isFalse();
    }
  }
}
