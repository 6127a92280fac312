package dev.backoffice.benchmarks.store;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.file.FileLedgerStore;
import dev.backoffice.ledger.store.file.FileStoreReport;
import dev.backoffice.ledger.store.file.FileStoreVerifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Restart time of a ledger of 1,000,000 entries on the file store: open the store (recovery), replay every
 * record into a new {@link Ledger} (checksums, record numbers and hash chain checked), and close. The file
 * (about 200 MB) is written once per trial by appending the records directly. Also the time of a full
 * {@link FileStoreVerifier} run over the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class RestartBenchmark {
  private static final int ENTRIES = 1_000_000;
  private static final int ACCOUNTS = 1000;

  private Path dir;

  /** Writes the accounts and a million posted entries. */
  @Setup(Level.Trial)
  public void write() {
    dir = StoreFixture.newDirectory("restart");
    Instant at = StoreFixture.CLOCK.instant();
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      for (Account a : StoreFixture.chart(ACCOUNTS).accounts()) {
        store.append(new LedgerRecord.AccountSaved(a, at));
      }
      JournalEntry[] entries = StoreFixture.entries(ENTRIES, ACCOUNTS, 7);
      long ticket = 0;
      for (int n = 0; n < ENTRIES; n++) {
        PostedEntry p = PostedEntry.of(EntryId.of("E" + (n + 1)), n + 1L, at, entries[n], EntryStatus.POSTED,
            Optional.empty(), ImmutableList.of());
        ticket = store.append(new LedgerRecord.EntryPosted(p));
        if (n % 10_000 == 9_999) {
          store.awaitDurable(ticket);
        }
      }
      store.awaitDurable(ticket);
    }
  }

  /** Deletes the store. */
  @TearDown(Level.Trial)
  public void delete() {
    StoreFixture.delete(dir);
  }

  /** Opens the store, rebuilds the ledger from it and closes it. */
  @Benchmark
  public long restart() {
    try (FileLedgerStore store = FileLedgerStore.open(dir);
        Ledger ledger = Ledger.builder().store(store).clock(StoreFixture.CLOCK).build()) {
      if (ledger.postedCount() != ENTRIES) {
        throw new IllegalStateException("replayed " + ledger.postedCount() + " entries, not " + ENTRIES);
      }
      return ledger.postedCount();
    }
  }

  /** Verifies the files: checksums, chain, checkpoint, and balances of a replayed ledger against plain sums. */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public FileStoreReport verify() {
    FileStoreReport report = FileStoreVerifier.verify(dir);
    if (!report.isSound()) {
      throw new IllegalStateException(report.toString());
    }
    return report;
  }
}
