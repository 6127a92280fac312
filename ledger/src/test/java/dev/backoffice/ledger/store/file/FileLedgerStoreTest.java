package dev.backoffice.ledger.store.file;

import static dev.backoffice.ledger.store.file.StoreFixtures.T0;
import static dev.backoffice.ledger.store.file.StoreFixtures.ledger;
import static dev.backoffice.ledger.store.file.StoreFixtures.pln;
import static dev.backoffice.ledger.store.file.StoreFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.entry.BatchResult;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.store.LedgerRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerStoreTest {
  @TempDir Path dir;

  /** Everything a ledger shows that must survive a restart. */
  record State(List<PostedEntry> journal, List<PostedEntry> pending, Object periods, Object accounts, Object balances) {
    static State of(Ledger l) {
      return new State(l.journal().collect(Collectors.toList()), l.pending(), l.periodHistory(), l.chart().accounts(),
          l.accountBalances(null, null));
    }
  }

  @Test
  void reopenedStoreRebuildsTheSameLedger() {
    State before;
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(store.recovery().created()).isTrue();
      ledger.openAccount(Account.builder().code("130-001").name("Rachunek PKO").type(AccountType.ASSET).parent("130").build());
      for (int n = 1; n <= 20; n++) {
        ledger.post(sale(n));
      }
      PostedEntry held = ledger.reserve(sale(100), T0.plus(1, ChronoUnit.DAYS));
      ledger.reserve(sale(101), T0.plus(2, ChronoUnit.DAYS));
      PostedEntry voided = ledger.reserve(sale(102), T0.plus(2, ChronoUnit.DAYS));
      ledger.commit(held.id(), List.of(pln("50.00"), pln("50.00")));
      ledger.voidReservation(voided.id());
      ledger.reverse(EntryId.of("S-3"), LocalDate.of(2025, 1, 20), ReversalMode.RED);
      ledger.closePeriod(AccountingPeriod.ofMonth(YearMonth.of(2024, 12)));
      ledger.renameAccount("130-001", "Rachunek bieżący PKO");
      ledger.deleteAccount("140");
      before = State.of(ledger);
    }
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(store.recovery().created()).isFalse();
      assertThat(store.recovery().truncatedBytes()).isZero();
      assertThat(State.of(ledger)).isEqualTo(before);
      // spot checks derived by hand: S-1..S-20 plus the committed S-100 and the storno of S-3 are posted
      assertThat(ledger.postedCount()).isEqualTo(22);
      assertThat(ledger.entry(EntryId.of("S-102")).orElseThrow().status()).isEqualTo(EntryStatus.VOIDED);
      assertThat(ledger.pending()).extracting(PostedEntry::id).containsExactly(EntryId.of("S-101"));
      assertThat(ledger.periodState(AccountingPeriod.ofMonth(YearMonth.of(2024, 12)))).isEqualTo(PeriodState.CLOSED);
      assertThat(ledger.chart().contains("140")).isFalse();
      assertThat(ledger.chart().require("130-001").name()).isEqualTo("Rachunek bieżący PKO");
    }
  }

  @Test
  void anAcknowledgedRecordIsInTheFileWhenAwaitDurableReturns() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      long ticket = store.append(new LedgerRecord.AccountDeleted("999", T0));
      assertThat(StoreFixtures.frames(dir)).isEmpty(); // appended, not yet written
      store.awaitDurable(ticket);
      List<StoreFixtures.Frame> frames = StoreFixtures.frames(dir);
      assertThat(frames).hasSize(1);
      assertThat(frames.get(0).index()).isZero();
      assertThat(frames.get(0).type()).isEqualTo(8); // FORMAT.md: 8 = AccountDeleted
      assertThat(ticket).isEqualTo(1);
    }
  }

  @Test
  void oneSyncCoversEveryRecordAppendedBeforeIt() {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      long syncs = store.syncCount();
      long t1 = store.append(new LedgerRecord.AccountDeleted("997", T0));
      long t2 = store.append(new LedgerRecord.AccountDeleted("998", T0));
      long t3 = store.append(new LedgerRecord.AccountDeleted("999", T0));
      assertThat(List.of(t1, t2, t3)).containsExactly(1L, 2L, 3L);
      store.awaitDurable(t3);
      store.awaitDurable(t1);
      store.awaitDurable(t2);
      assertThat(store.syncCount() - syncs).isEqualTo(1);
      assertThat(StoreFixtures.frames(dir)).extracting(StoreFixtures.Frame::batch).containsExactly(0L, 0L, 0L);
    }
  }

  @Test
  void concurrentWritersShareSyncs() throws Exception {
    int threads = 8;
    int each = 50;
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      long syncs = store.syncCount();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t * each;
        done.add(pool.submit(() -> {
          start.await();
          for (int n = first; n < first + each; n++) {
            ledger.post(sale(n));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(ledger.postedCount()).isEqualTo(threads * each);
      // 400 acknowledged posts; with 8 writers waiting together, syncs are shared
      assertThat(store.syncCount() - syncs).isLessThan(threads * each);
    }
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(ledger.postedCount()).isEqualTo(threads * each);
      assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty();
    }
  }

  @Test
  void aBatchOfEntriesTakesOneSyncAndIsDurableWhenPostAllReturns() {
    List<JournalEntry> batch = new ArrayList<>();
    for (int n = 1; n <= 500; n++) {
      batch.add(sale(n));
    }
    List<PostedEntry> posted;
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      long syncs = store.syncCount();
      BatchResult result = ledger.postAll(batch);
      assertThat(result.allPosted()).isTrue();
      assertThat(store.syncCount() - syncs).isEqualTo(1);
      posted = result.posted();
    }
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(ledger.journal().collect(Collectors.toList())).isEqualTo(posted);
      assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty();
    }
  }

  @Test
  void withAnExecutorABatchIsWrittenOnItsThreadAndSyncedOnceBeforePostAllReturns() throws Exception {
    List<JournalEntry> batch = new ArrayList<>();
    for (int n = 1; n <= 500; n++) {
      batch.add(sale(n));
    }
    ExecutorService pool = Executors.newSingleThreadExecutor();
    AtomicInteger tasks = new AtomicInteger();
    Executor counting = r -> {
      tasks.incrementAndGet();
      pool.execute(r);
    };
    List<PostedEntry> posted;
    try (FileLedgerStore store = FileLedgerStore.open(dir, FileStoreOptions.builder().executor(counting).build());
         Ledger ledger = ledger(store)) {
      long syncs = store.syncCount();
      BatchResult result = ledger.postAll(batch);
      assertThat(result.allPosted()).isTrue();
      assertThat(store.syncCount() - syncs).isEqualTo(1);
      posted = result.posted();
    } finally {
      pool.shutdown();
    }
    assertThat(tasks.get()).as("tasks given to the executor").isPositive();
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(ledger.journal().collect(Collectors.toList())).isEqualTo(posted);
      assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty();
    }
  }

  @Test
  void withAnExecutorConcurrentWritersAreAllDurable() throws Exception {
    int threads = 8;
    int each = 40;
    ExecutorService storePool = Executors.newFixedThreadPool(2);
    try (FileLedgerStore store = FileLedgerStore.open(dir, FileStoreOptions.builder().executor(storePool).build());
         Ledger ledger = ledger(store)) {
      ExecutorService writers = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t * each;
        done.add(writers.submit(() -> {
          for (int n = first; n < first + each; n += 4) {
            ledger.postAll(List.of(sale(n), sale(n + 1), sale(n + 2)));
            ledger.post(sale(n + 3));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      writers.shutdown();
    } finally {
      storePool.shutdown();
    }
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(ledger.postedCount()).isEqualTo(threads * each);
      assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty();
    }
  }

  @Test
  void anExecutorThatRefusesOrNeverRunsItsTasksLeavesTheWorkToTheWaitingWriters() {
    Executor refusing = r -> {
      throw new RejectedExecutionException("shut down");
    };
    Executor dropping = r -> { }; // accepts and never runs: the writers must not wait for it
    for (Executor executor : List.of(refusing, dropping)) {
      Path d = dir.resolve(executor == refusing ? "refusing" : "dropping");
      try (FileLedgerStore store = FileLedgerStore.open(d, FileStoreOptions.builder().executor(executor).build());
           Ledger ledger = ledger(store)) {
        ledger.post(sale(1));
        assertThat(ledger.postAll(List.of(sale(2), sale(3))).allPosted()).isTrue();
        ledger.post(sale(4));
      }
      try (FileLedgerStore store = FileLedgerStore.open(d); Ledger ledger = ledger(store)) {
        assertThat(ledger.postedCount()).as(d.toString()).isEqualTo(4);
      }
    }
  }

  @Test
  void aSecondOpenIsRefusedWhileTheStoreIsOpen() {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThatThrownBy(() -> FileLedgerStore.open(dir))
          .isInstanceOf(StoreFileException.class)
          .hasMessageContaining(dir.resolve("ledger.lock").toString())
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("only one may open it for writing");
      assertThat(store.head().records()).isZero();
    }
    FileLedgerStore.open(dir).close(); // released on close
  }

  @Test
  void aLogOfANewerFormatVersionIsRefused() throws IOException {
    FileLedgerStore.open(dir).close();
    byte[] file = Files.readAllBytes(StoreFixtures.log(dir));
    assertThat(file[8]).as("a new log is written in format version 4").isEqualTo((byte) 4);
    file[8] = 5; // FORMAT.md: byte 8 is the version; re-seal the header CRC over bytes 0..59
    StoreFixtures.putInt(file, 60, StoreFixtures.crc(file, 0, 60));
    Files.write(StoreFixtures.log(dir), file);
    assertThatThrownBy(() -> FileLedgerStore.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining("format version 5 is not supported")
        .hasMessageContaining("written by a newer version");
    file[8] = 0;
    StoreFixtures.putInt(file, 60, StoreFixtures.crc(file, 0, 60));
    Files.write(StoreFixtures.log(dir), file);
    assertThatThrownBy(() -> FileLedgerStore.open(dir)).isInstanceOf(StoreFileException.class)
        .hasMessageContaining("format version 0 is not supported");
  }

  @Test
  void aVersionOneLogIsStillReadAndWrittenWithoutGroupMarks() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      store.awaitDurable(store.append(saved("997")));
    }
    byte[] file = Files.readAllBytes(StoreFixtures.log(dir));
    file[8] = 1; // the same layout as version 1 had; the chain starts from the header, so re-chain the frames
    StoreFixtures.putInt(file, 60, StoreFixtures.crc(file, 0, 60));
    StoreFixtures.rechain(file, StoreFixtures.frames(file), 0);
    Files.write(StoreFixtures.log(dir), file);
    StoreFixtures.forgetCheckpoint(dir);
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThat(store.recovery().records()).isEqualTo(1);
      store.append(saved("998"), true);
      store.awaitDurable(store.append(saved("999"), false));
    }
    assertThat(flags(dir)).containsExactly(0, 0, 0); // a version-1 reader would refuse a flag
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThat(store.recovery().records()).isEqualTo(3);
    }
    assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty();
  }

  private static LedgerRecord saved(String code) {
    return new LedgerRecord.AccountSaved(Account.builder().code(code).name("account " + code).type(AccountType.ASSET)
        .build(), T0);
  }

  @Test
  void aGroupFlagInAVersionOneLogIsDamageNamedByItsOffsetAndNothingIsChanged() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      store.awaitDurable(store.append(saved("991")));
      store.awaitDurable(store.append(saved("992"))); // a later write, so the first frame is not a torn tail
    }
    byte[] file = Files.readAllBytes(StoreFixtures.log(dir));
    file[8] = 1;
    StoreFixtures.putInt(file, 60, StoreFixtures.crc(file, 0, 60));
    List<StoreFixtures.Frame> frames = StoreFixtures.frames(file);
    file[(int) frames.get(0).offset() + 5] = 1; // CONTINUES, which version 1 does not have
    StoreFixtures.seal(file, frames.get(0));
    StoreFixtures.rechain(file, frames, 0);
    Files.write(StoreFixtures.log(dir), file);
    StoreFixtures.forgetCheckpoint(dir);

    assertThatThrownBy(() -> FileLedgerStore.open(dir)).isInstanceOf(StoreFileException.class)
        .hasMessageContaining("offset " + frames.get(0).offset())
        .hasMessageContaining("damaged in the middle");
    assertThat(Files.readAllBytes(StoreFixtures.log(dir))).isEqualTo(file);
  }

  /** The flags byte (offset 5) of every frame. */
  private static List<Integer> flags(Path dir) throws IOException {
    byte[] file = Files.readAllBytes(StoreFixtures.log(dir));
    return StoreFixtures.frames(file).stream().map(f -> file[(int) f.offset() + 5] & 0xff).collect(Collectors.toList());
  }

  @Test
  void aGroupWhoseLastRecordNeverCameIsCutOffOnOpenAndAWholeGroupKept() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      store.awaitDurable(store.append(saved("991")));
      store.append(saved("992"), true);
      store.awaitDurable(store.append(saved("993"), true)); // durable, not finished
    } // as a crash would: the group never got its last record
    assertThat(flags(dir)).containsExactly(0, 1, 1);
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThat(store.recovery().records()).isEqualTo(1);
      assertThat(store.recovery().truncatedBytes()).isPositive();
      store.append(saved("994"), true);
      store.append(saved("995"), true);
      store.awaitDurable(store.append(saved("996"), false));
    }
    assertThat(flags(dir)).containsExactly(0, 1, 1, 0);
    List<String> codes = new ArrayList<>();
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThat(store.recovery().truncatedBytes()).isZero();
      store.replay(r -> codes.add(((LedgerRecord.AccountSaved) r).account().code()));
    }
    assertThat(codes).containsExactly("991", "994", "995", "996");
    assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty();
  }

  @Test
  void theLedgerWritesAYearEndCloseAndSeveralNewAccountsAsGroups() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      int before = StoreFixtures.frames(dir).size();
      ledger.openAccounts(List.of(
          Account.builder().code("130-001").name("PKO").type(AccountType.ASSET).parent("130").build(),
          Account.builder().code("130-002").name("mBank").type(AccountType.ASSET).parent("130").build(),
          Account.builder().code("130-003").name("ING").type(AccountType.ASSET).parent("130").build()));
      ledger.post(sale(1));
      ledger.closeYear(FiscalYear.calendar(2025));
      List<Integer> flags = flags(dir).subList(before, StoreFixtures.frames(dir).size());
      // three accounts (a group), the sale (alone), then the closing entry and the 12 period closes (a group)
      List<Integer> expected = new ArrayList<>(List.of(1, 1, 0, 0, 1));
      for (int month = 1; month <= 12; month++) {
        expected.add(month < 12 ? 1 : 0);
      }
      assertThat(flags).isEqualTo(expected);
    }
  }

  @Test
  void aFileThatIsNoLogIsRefused() throws IOException {
    Files.write(StoreFixtures.log(dir), "date,account,amount\n2025-01-01,201,100.00\n2025-01-02,700,-100.00\n".getBytes());
    assertThatThrownBy(() -> FileLedgerStore.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining("not a ledger log");
  }

  @Test
  void aClosedStoreRefusesAppendsButConfirmsWhatItWrote() {
    FileLedgerStore store = FileLedgerStore.open(dir);
    long ticket = store.append(new LedgerRecord.AccountDeleted("999", T0));
    store.close(); // writes what was appended
    store.awaitDurable(ticket);
    store.close(); // again: nothing
    assertThatThrownBy(() -> store.append(new LedgerRecord.AccountDeleted("998", T0)))
        .isInstanceOf(LedgerStoreException.class).hasMessageContaining("closed");
    assertThat(StoreFixtures.frames(dir)).hasSize(1);
  }

  @Test
  void aTicketThatWasNeverIssuedIsRejected() {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThatThrownBy(() -> store.awaitDurable(5)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("ticket = '5'");
    }
  }

  @Test
  void preallocatedSpaceIsCutOffOnClose() throws IOException {
    long logEnd;
    try (FileLedgerStore store = FileLedgerStore.open(dir, FileStoreOptions.builder().preallocateBytes(1 << 20).build());
        Ledger ledger = ledger(store)) {
      ledger.post(sale(1));
      // the frames end well before the file does: the rest is zeros
      logEnd = StoreFixtures.frames(dir).get(StoreFixtures.frames(dir).size() - 1).end();
      byte[] file = Files.readAllBytes(StoreFixtures.log(dir));
      assertThat(file.length).isGreaterThan((int) logEnd + (1 << 19));
      assertThat(java.util.Arrays.copyOfRange(file, (int) logEnd, file.length)).containsOnly(0);
    }
    assertThat(Files.size(StoreFixtures.log(dir))).isEqualTo(logEnd);
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThat(store.recovery().logEnd()).isEqualTo(logEnd);
    }
  }

  @Test
  void checkpointsAreWrittenAsTheLogGrowsAndUsedOnOpen() throws IOException {
    FileStoreOptions small = FileStoreOptions.builder().checkpointIntervalBytes(4096).build();
    try (FileLedgerStore store = FileLedgerStore.open(dir, small); Ledger ledger = ledger(store)) {
      for (int n = 0; n < 60; n++) {
        ledger.post(sale(n));
      }
      assertThat(dir.resolve("ledger.checkpoint")).exists(); // before any close
    }
    try (FileLedgerStore store = FileLedgerStore.open(dir, small); Ledger ledger = ledger(store)) {
      assertThat(store.recovery().fromCheckpoint()).isTrue();
      assertThat(ledger.postedCount()).isEqualTo(60);
    }
  }

  @Test
  void theChainHeadIsTheHashOfTheLastFrame() throws IOException {
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      byte[] header = Files.readAllBytes(StoreFixtures.log(dir));
      assertThat(store.head()).isEqualTo(ChainHead.of(0, StoreFixtures.hex(StoreFixtures.sha256(header, 0, 64))));
      store.awaitDurable(store.append(new LedgerRecord.AccountDeleted("999", T0)));
      store.awaitDurable(store.append(new LedgerRecord.AccountDeleted("998", T0)));
      byte[] file = Files.readAllBytes(StoreFixtures.log(dir));
      StoreFixtures.Frame last = StoreFixtures.frames(file).get(1);
      assertThat(store.head()).isEqualTo(ChainHead.of(2,
          StoreFixtures.hex(StoreFixtures.sha256(file, (int) last.offset(), last.length()))));
      // the second frame carries the first one's hash
      StoreFixtures.Frame first = StoreFixtures.frames(file).get(0);
      byte[] prev = java.util.Arrays.copyOfRange(file, (int) last.offset() + 28, (int) last.offset() + 60);
      assertThat(prev).isEqualTo(StoreFixtures.sha256(file, (int) first.offset(), first.length()));
    }
  }

  @Test
  void anInterruptedWriterIsStillAcknowledgedAndKeepsItsInterrupt() {
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      Thread.currentThread().interrupt();
      try {
        ledger.post(sale(1));
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
      ledger.post(sale(2)); // the store still works
    }
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(ledger.postedCount()).isEqualTo(2);
    }
  }

  @Test
  void storeFileExceptionCarriesFileOffsetAndRecord() {
    StoreFileException e = new StoreFileException("/x/ledger.log", 128, 3, "broken", null);
    assertThat(e.file()).isEqualTo("/x/ledger.log");
    assertThat(e.offset()).hasValue(128);
    assertThat(e.record()).hasValue(3);
    assertThat(e).hasMessage("/x/ledger.log at offset 128 (record #3): broken");
    StoreFileException plain = new StoreFileException("/x/ledger.lock", -1, -1, "locked", null);
    assertThat(plain.offset()).isEmpty();
    assertThat(plain).hasMessage("/x/ledger.lock: locked");
  }

  @Test
  void optionsRejectNonsense() {
    assertThatThrownBy(() -> FileStoreOptions.builder().preallocateBytes(-1).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("preallocateBytes");
    assertThatThrownBy(() -> FileStoreOptions.builder().checkpointIntervalBytes(10).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("checkpointIntervalBytes");
    assertThatThrownBy(() -> ChainHead.of(1, "XYZ")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("64 lower-case hex digits");
    assertThat(FileStoreOptions.defaults().preallocateBytes()).isEqualTo(4L << 20);
  }
}
