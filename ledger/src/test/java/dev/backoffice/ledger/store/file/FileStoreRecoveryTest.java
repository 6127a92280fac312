package dev.backoffice.ledger.store.file;

import static dev.backoffice.ledger.store.file.StoreFixtures.T0;
import static dev.backoffice.ledger.store.file.StoreFixtures.ledger;
import static dev.backoffice.ledger.store.file.StoreFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.file.StoreFixtures.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Torn tails, damage in the middle and tampering: what open and the verifier make of them. */
class FileStoreRecoveryTest {
  @TempDir Path dir;

  /** Posts sales 1..n through a ledger and closes cleanly; returns the log's frames. */
  private List<Frame> postSales(int n) {
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      for (int i = 1; i <= n; i++) {
        ledger.post(sale(i));
      }
    }
    return StoreFixtures.frames(dir);
  }

  private byte[] log() throws IOException {
    return Files.readAllBytes(StoreFixtures.log(dir));
  }

  private void write(byte[] file) throws IOException {
    Files.write(StoreFixtures.log(dir), file);
  }

  private StoreFileException openFails() {
    StoreFileException e = catchThrowableOfType(StoreFileException.class, () -> {
      try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
        assertThat(ledger).isNull(); // not reached
      }
    });
    assertThat(e).as("open should have failed").isNotNull();
    return e;
  }

  /** The file with one frame's bytes removed. */
  private static byte[] without(byte[] file, Frame gone) {
    byte[] cut = new byte[file.length - gone.length()];
    System.arraycopy(file, 0, cut, 0, (int) gone.offset());
    System.arraycopy(file, (int) gone.end(), cut, (int) gone.offset(), file.length - (int) gone.end());
    return cut;
  }

  /** The frame of sale n (sales are the last frames, in order). */
  private static Frame saleFrame(List<Frame> frames, int n, int sales) {
    return frames.get(frames.size() - sales + n - 1);
  }

  // ------------------------------------------------------------------------------------------- torn tails

  @Test
  void aTruncatedTailIsCutOffAndEverythingBeforeItKept() throws IOException {
    List<Frame> frames = postSales(10);
    StoreFixtures.forgetCheckpoint(dir); // as after a crash: no clean close vouched for the end
    Frame last = frames.get(frames.size() - 1);
    byte[] file = log();
    write(Arrays.copyOf(file, (int) last.end() - 7));

    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(store.recovery().truncatedBytes()).isEqualTo(last.length() - 7);
      assertThat(store.recovery().records()).isEqualTo(frames.size() - 1);
      assertThat(store.recovery().logEnd()).isEqualTo(last.offset());
      assertThat(ledger.postedCount()).isEqualTo(9);
      assertThat(ledger.entry(EntryId.of("S-9"))).isPresent();
      assertThat(ledger.entry(EntryId.of("S-10"))).isEmpty();
      ledger.post(sale(10)); // the log goes on from the cut
    }
    assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty();
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(ledger.postedCount()).isEqualTo(10);
    }
  }

  @Test
  void garbageAfterTheLastRecordIsCutOff() throws IOException {
    postSales(3);
    StoreFixtures.forgetCheckpoint(dir);
    byte[] file = log();
    byte[] torn = Arrays.copyOf(file, file.length + 100);
    for (int i = file.length; i < torn.length; i++) {
      torn[i] = (byte) (i * 31 + 7);
    }
    write(torn);
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(store.recovery().truncatedBytes()).isEqualTo(100);
      assertThat(ledger.postedCount()).isEqualTo(3);
    }
    assertThat(log()).isEqualTo(file);
  }

  @Test
  void zerosAfterTheLastRecordArePreallocatedSpaceNotDamage() throws IOException {
    postSales(3);
    StoreFixtures.forgetCheckpoint(dir);
    byte[] file = log();
    write(Arrays.copyOf(file, file.length + 4096));
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      assertThat(store.recovery().truncatedBytes()).isZero();
      assertThat(store.recovery().logEnd()).isEqualTo(file.length);
      assertThat(ledger.postedCount()).isEqualTo(3);
    }
  }

  @Test
  void aTornBatchIsCutAtItsFirstBadFrameEvenIfLaterFramesOfTheBatchSurvived() throws IOException {
    postSales(2);
    long before;
    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      before = store.head().records();
      store.append(new LedgerRecord.AccountDeleted("997", T0));
      store.append(new LedgerRecord.AccountDeleted("998", T0));
      store.awaitDurable(store.append(new LedgerRecord.AccountDeleted("999", T0)));
    }
    StoreFixtures.forgetCheckpoint(dir);
    List<Frame> frames = StoreFixtures.frames(dir);
    List<Frame> batch = frames.subList(frames.size() - 3, frames.size());
    assertThat(batch).extracting(Frame::batch).containsOnly(before); // one write, one sync
    byte[] file = log();
    file[batch.get(0).payloadOffset() + 1] ^= 0x40; // the disk lost the batch's first page, kept the later ones
    write(file);

    try (FileLedgerStore store = FileLedgerStore.open(dir)) {
      assertThat(store.recovery().records()).isEqualTo(before);
      assertThat(store.recovery().truncatedBytes()).isEqualTo(batch.stream().mapToLong(Frame::length).sum());
    }
  }

  // ------------------------------------------------------------------------------------ damage in the middle

  @Test
  void aFlippedByteInTheMiddleIsReportedWithItsOffsetAndNothingIsChanged() throws IOException {
    List<Frame> frames = postSales(10);
    StoreFixtures.forgetCheckpoint(dir); // even without a checkpoint, later records prove it is no torn write
    Frame hit = saleFrame(frames, 5, 10);
    byte[] file = log();
    file[hit.payloadOffset() + 3] ^= 0x01;
    write(file);

    StoreFileException e = openFails();
    assertThat(e.offset()).hasValue(hit.offset());
    assertThat(e.record()).hasValue(hit.index());
    assertThat(e.file()).isEqualTo(StoreFixtures.log(dir).toString());
    assertThat(e).hasMessageContaining("at offset " + hit.offset())
        .hasMessageContaining("checksum does not match")
        .hasMessageContaining("damaged in the middle");
    assertThat(log()).isEqualTo(file); // nothing cut off

    FileStoreReport report = FileStoreVerifier.verify(dir);
    assertThat(report.problems()).first().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FileStoreProblem.Kind.CORRUPT_RECORD);
      assertThat(p.offset()).hasValue(hit.offset());
      assertThat(p.record()).hasValue(hit.index());
    });
  }

  @Test
  void aDamagedFrameHeaderInTheMiddleIsReportedWithItsOffset() throws IOException {
    List<Frame> frames = postSales(10);
    StoreFixtures.forgetCheckpoint(dir);
    Frame hit = saleFrame(frames, 3, 10);
    byte[] file = log();
    file[(int) hit.offset() + 10] ^= 0x08; // a bit of the length field
    write(file);
    StoreFileException e = openFails();
    assertThat(e.offset()).hasValue(hit.offset());
    assertThat(e).hasMessageContaining("no valid record header");
  }

  @Test
  void damageToTheLastRecordAfterACleanCloseIsAnErrorNotATornTail() throws IOException {
    List<Frame> frames = postSales(5);
    Frame last = frames.get(frames.size() - 1);
    byte[] file = log();
    file[last.payloadOffset() + 2] ^= 0x10;
    write(file);
    StoreFileException e = openFails();
    assertThat(e.offset()).hasValue(last.offset());
    assertThat(e).hasMessageContaining("checksum does not match");
    assertThat(log()).isEqualTo(file);
  }

  @Test
  void aLogCutShortOfItsCheckpointIsAnError() throws IOException {
    postSales(5);
    byte[] file = log();
    write(Arrays.copyOf(file, file.length - 7));
    assertThat(openFails()).hasMessageContaining("acknowledged records were lost");
  }

  // --------------------------------------------------------------------------------------------- tampering

  /**
   * Sale 5 is 5.06 PLN: 506 minor units, zig-zag 1012, varint F4 07 after the currency "PLN" (50 4C 4E).
   * Forged to 9.06 PLN: 906, zig-zag 1812, varint 94 0E. Both lines change, so the entry still balances.
   */
  private static void forgeSale5(byte[] file, Frame frame) {
    byte[] was = {0x50, 0x4C, 0x4E, (byte) 0xF4, 0x07};
    byte[] now = {0x50, 0x4C, 0x4E, (byte) 0x94, 0x0E};
    for (int k = 0; k < 2; k++) {
      int at = StoreFixtures.indexOf(file, was, frame.payloadOffset());
      assertThat(at).isBetween(frame.payloadOffset(), (int) frame.end());
      System.arraycopy(now, 0, file, at, now.length);
    }
    StoreFixtures.seal(file, frame); // the forger recomputes the checksums
  }

  @Test
  void anEditedRecordIsCaughtByTheHashChainOnOpenAndByTheVerifier() throws IOException {
    List<Frame> frames = postSales(10);
    Frame edited = saleFrame(frames, 5, 10);
    Frame next = saleFrame(frames, 6, 10);
    byte[] file = log();
    forgeSale5(file, edited);
    write(file);

    StoreFileException e = openFails();
    assertThat(e.offset()).hasValue(next.offset());
    assertThat(e).hasMessageContaining("record #" + edited.index() + " (or this one) was modified");

    FileStoreReport report = FileStoreVerifier.verify(dir);
    assertThat(report.problems()).hasSize(1).first().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FileStoreProblem.Kind.MODIFIED_RECORD);
      assertThat(p.offset()).hasValue(edited.offset());
      assertThat(p.record()).hasValue(edited.index());
    });

    // without the chain check the forged amount would load: the checksums alone cannot tell
    FileStoreOptions noChain = FileStoreOptions.builder().verifyChainOnReplay(false).build();
    try (FileLedgerStore store = FileLedgerStore.open(dir, noChain); Ledger ledger = ledger(store)) {
      assertThat(ledger.entry(EntryId.of("S-5")).orElseThrow().lines().get(0).amount())
          .isEqualTo(Monies.of("PLN", "9.06"));
    }
  }

  @Test
  void aDeletedRecordIsLocated() throws IOException {
    List<Frame> frames = postSales(10);
    StoreFixtures.forgetCheckpoint(dir);
    Frame gone = saleFrame(frames, 4, 10);
    write(without(log(), gone));

    StoreFileException e = openFails();
    assertThat(e.offset()).hasValue(gone.offset());
    assertThat(e).hasMessageContaining("expected record #" + gone.index() + " but found record #" + (gone.index() + 1));

    assertThat(FileStoreVerifier.verify(dir).problems()).first().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FileStoreProblem.Kind.MISSING_RECORD);
      assertThat(p.offset()).hasValue(gone.offset());
      assertThat(p.record()).hasValue(gone.index());
    });
  }

  @Test
  void aDeletedRecordWithTheLaterOnesRenumberedIsCaughtByTheChain() throws IOException {
    List<Frame> frames = postSales(10);
    StoreFixtures.forgetCheckpoint(dir);
    int k = frames.size() - 7;
    byte[] cut = without(log(), frames.get(k));
    List<Frame> after = StoreFixtures.frames(cut);
    for (int i = k; i < after.size(); i++) { // renumber and re-seal, but leave the previous-hash fields
      Frame f = after.get(i);
      StoreFixtures.putLong(cut, (int) f.offset() + 12, f.index() - 1);
      StoreFixtures.putLong(cut, (int) f.offset() + 20, f.batch() - 1);
      StoreFixtures.seal(cut, f);
    }
    write(cut);

    assertThat(openFails()).hasMessageContaining("was modified");
    assertThat(FileStoreVerifier.verify(dir).problems()).first().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(FileStoreProblem.Kind.MODIFIED_RECORD);
      assertThat(p.offset()).hasValue(frames.get(k - 1).offset());
    });
  }

  @Test
  void anEditedLastRecordIsCaughtByTheCheckpoint() throws IOException {
    List<Frame> frames = postSales(5);
    Frame last = frames.get(frames.size() - 1);
    byte[] file = log();
    file[last.payloadOffset() + 2] ^= 0x01; // in the id "S-5"
    StoreFixtures.seal(file, last);
    write(file);

    assertThat(openFails()).hasMessageContaining("was modified after it was written");
    assertThat(FileStoreVerifier.verify(dir).problems()).extracting(FileStoreProblem::kind)
        .contains(FileStoreProblem.Kind.CHECKPOINT_MISMATCH);
  }

  @Test
  void aRewrittenChainIsCaughtOnlyByAHeadKeptElsewhere() throws IOException {
    ChainHead head;
    try (FileLedgerStore store = FileLedgerStore.open(dir); Ledger ledger = ledger(store)) {
      for (int i = 1; i <= 10; i++) {
        ledger.post(sale(i));
      }
      head = store.head();
    }
    StoreFixtures.forgetCheckpoint(dir); // the forger removes the checkpoint too
    List<Frame> frames = StoreFixtures.frames(dir);
    byte[] file = log();
    Frame edited = saleFrame(frames, 5, 10);
    forgeSale5(file, edited);
    StoreFixtures.rechain(file, frames, frames.indexOf(edited) + 1);
    write(file);

    assertThat(FileStoreVerifier.verify(dir).problems()).isEmpty(); // the file is consistent in itself
    FileStoreReport anchored = FileStoreVerifier.verify(dir, Monies.PLN, Optional.of(head));
    assertThat(anchored.problems()).extracting(FileStoreProblem::kind).containsExactly(FileStoreProblem.Kind.ANCHOR_MISMATCH);
    assertThat(anchored.problems().get(0).record()).hasValue(head.records() - 1);
  }
}
