package dev.backoffice.ledger.store.file;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link FileLedgerStore}'s files for damage and tampering, without changing them and without
 * taking the store's lock (run it on a closed store, a backup, or beside the writer: it reads what is on
 * disk at the time).
 *
 * <p>It checks, naming the offset and record number of each problem:
 * <ul>
 *   <li>the log header, every frame's checksums, and that record numbers run 0, 1, 2, … without gaps
 *       (a deleted record shows as a gap);</li>
 *   <li>the hash chain: each record must carry the SHA-256 hash of the frame before it, so a record edited
 *       with recomputed checksums is located by the next record;</li>
 *   <li>the checkpoint and, if given, an external {@link ChainHead}: the record they name must still have
 *       their hash — this catches edits to the last record and a rewrite of the whole chain;</li>
 *   <li>the balances: the records are replayed into a fresh {@link Ledger} and its posted debit and credit
 *       turnover per account and currency compared with a plain sum of the posted lines, and the journal's
 *       sequence numbers checked.</li>
 * </ul>
 * A torn tail (the unacknowledged end a crash leaves, which the next open cuts off) is reported in
 * {@link FileStoreReport#tornTailBytes()}, not as a problem.
 */
public final class FileStoreVerifier {
  private FileStoreVerifier() {}

  /**
   * Verifies a store whose ledger keeps its books in złoty.
   *
   * @param directory the store's directory
   * @return the report
   * @throws StoreFileException if the files cannot be read at all (an I/O error, not damage)
   */
  public static FileStoreReport verify(Path directory) {
    return verify(directory, Monies.PLN, Optional.empty());
  }

  /**
   * Verifies a store.
   *
   * @param directory the store's directory
   * @param baseCurrency the base currency of the ledger kept in it
   * @param anchor a chain head taken earlier with {@link FileLedgerStore#head()} and kept elsewhere: record
   *     {@code anchor.records() - 1} must still have its hash
   * @return the report
   * @throws StoreFileException if the files cannot be read at all (an I/O error, not damage)
   */
  public static FileStoreReport verify(Path directory, CurrencyUnit baseCurrency, Optional<ChainHead> anchor) {
    Checks.notNull(directory, "directory");
    Checks.notNull(baseCurrency, "baseCurrency");
    Checks.notNull(anchor, "anchor");
    Path dir = directory.toAbsolutePath().normalize();
    try {
      return new Run(dir, baseCurrency, anchor.orElse(null)).verify();
    } catch (IOException e) {
      throw new StoreFileException(dir.toString(), -1, -1, "reading the store for verification failed: " + e, e);
    }
  }

  /** One verification: the state of the scan. */
  private static final class Run {
    final Path dir;
    final Path logPath;
    final CurrencyUnit base;
    final @Nullable ChainHead anchor;
    final List<FileStoreProblem> problems = new ArrayList<>();
    final ImmutableFileStoreReport.Builder report = FileStoreReport.builder();
    final Map<String, BigDecimal[]> sums = new TreeMap<>();
    final Set<Long> unreadable = new HashSet<>();
    final RecordCodec codec = new RecordCodec();
    @Nullable Checkpoint checkpoint;
    byte @Nullable [] checkpointHash;
    long checkpointOffset = -1;
    int allowedFlags;
    @Nullable String anchorHash;
    long posted;

    Run(Path dir, CurrencyUnit base, @Nullable ChainHead anchor) {
      this.dir = dir;
      this.logPath = dir.resolve(Format.LOG_FILE);
      this.base = base;
      this.anchor = anchor;
      report.directory(dir.toString());
    }

    FileStoreReport verify() throws IOException {
      long size = Files.exists(logPath) ? Files.size(logPath) : -1;
      if (size < Format.FILE_HEADER) {
        problem(FileStoreProblem.Kind.BAD_HEADER, 0, -1, logPath + (size < 0 ? " does not exist" : " has only " + size
            + " bytes, less than its header"));
        return report.records(0).postedEntries(0).logEnd(0).tornTailBytes(0)
            .head(ChainHead.of(0, Format.hex(new byte[Format.HASH]))).problems(problems).build();
      }
      byte[] header = LogReader.readAt(logPath, 0, Format.FILE_HEADER);
      byte[] genesis = Format.sha256().digest(header);
      String bad = Format.headerProblem(header);
      if (bad != null) {
        problem(FileStoreProblem.Kind.BAD_HEADER, 0, -1, bad);
        return report.records(0).postedEntries(0).logEnd(Format.FILE_HEADER).tornTailBytes(0)
            .head(ChainHead.of(0, Format.hex(genesis))).problems(problems).build();
      }
      allowedFlags = Format.allowedFlags(Format.version(header));
      readCheckpoint(Arrays.copyOfRange(header, 12, 28));
      long[] end = new long[1];
      Scan scan = scan(size, genesis, end);
      checkAnchors(scan, genesis);
      checkLedger(end[0]);
      return report.records(scan.records).postedEntries(posted).logEnd(end[0])
          .head(ChainHead.of(scan.records, Format.hex(scan.lastHash))).problems(problems).build();
    }

    private void readCheckpoint(byte[] storeId) {
      Path file = dir.resolve(Format.CHECKPOINT_FILE);
      try {
        checkpoint = Checkpoint.read(file).orElse(null);
      } catch (IOException e) {
        problem(FileStoreProblem.Kind.CHECKPOINT_MISMATCH, -1, -1, file + " is unreadable: " + e.getMessage());
        return;
      }
      if (checkpoint != null && !Arrays.equals(checkpoint.storeId(), storeId)) {
        problem(FileStoreProblem.Kind.CHECKPOINT_MISMATCH, -1, -1, file + " belongs to another store");
        checkpoint = null;
      }
    }

    /** The outcome of the frame scan. */
    private static final class Scan {
      long records;
      byte[] lastHash;

      Scan(byte[] genesis) {
        lastHash = genesis;
      }
    }

    private Scan scan(long size, byte[] genesis, long[] end) throws IOException {
      Scan scan = new Scan(genesis);
      MessageDigest md = Format.sha256();
      long expected = 0;
      boolean chainKnown = true;
      long prevOffset = -1;
      try (LogReader r = new LogReader(logPath, Format.FILE_HEADER, size, allowedFlags)) {
        while (true) {
          long offset = r.position();
          LogReader.Status s = r.peek();
          if (s == LogReader.Status.END) {
            end[0] = offset;
            report.tornTailBytes(0);
            break;
          }
          if (s != LogReader.Status.VALID) {
            Tail.Verdict v = Tail.classify(r, offset, expected);
            boolean vouched = checkpoint != null && offset < checkpoint.logEnd();
            if (v.kind() == Tail.Kind.MIDDLE) {
              long skipped = v.laterIndex() - expected;
              problem(FileStoreProblem.Kind.CORRUPT_RECORD, offset, expected, LogRecovery.describe(s)
                  + (skipped > 1 ? " (records #" + expected + " to #" + (v.laterIndex() - 1) + " are unreadable)" : "")
                  + "; record #" + v.laterIndex() + " of a later write follows at offset " + v.laterFrame());
              r.seek(v.laterFrame());
              expected = Math.max(expected, v.laterIndex());
              chainKnown = false;
              continue;
            }
            if (vouched) {
              problem(FileStoreProblem.Kind.CORRUPT_RECORD, offset, expected, LogRecovery.describe(s)
                  + ", before the end of the log the checkpoint vouches for (offset " + checkpoint.logEnd() + ")");
            }
            end[0] = offset;
            report.tornTailBytes(v.kind() == Tail.Kind.TORN ? size - offset : 0);
            break;
          }
          long index = r.index();
          if (index != expected) {
            if (index > expected) {
              problem(FileStoreProblem.Kind.MISSING_RECORD, offset, expected, "found record #" + index + " where record #"
                  + expected + " should be: " + (index - expected == 1 ? "record #" + expected + " is"
                  : "records #" + expected + " to #" + (index - 1) + " are") + " missing");
            } else {
              problem(FileStoreProblem.Kind.DUPLICATE_RECORD, offset, index, "found record #" + index + " again after"
                  + " record #" + (expected - 1));
            }
            chainKnown = false;
          }
          if (chainKnown && !r.prevHashEquals(scan.lastHash)) {
            if (prevOffset < 0) {
              problem(FileStoreProblem.Kind.MODIFIED_RECORD, offset, index, "the first record does not carry the hash of"
                  + " the log header: the header or this record was modified");
            } else {
              problem(FileStoreProblem.Kind.MODIFIED_RECORD, prevOffset, index - 1, "record #" + (index - 1) + " was"
                  + " modified after it was written: its hash no longer matches the one record #" + index
                  + " at offset " + offset + " carries");
            }
          }
          md.update(r.array(), r.at(), r.frameLength());
          scan.lastHash = md.digest();
          chainKnown = true;
          prevOffset = offset;
          remember(index, offset, scan.lastHash);
          try {
            apply(codec.decode(r.type(), r.array(), r.payloadAt(), r.payloadLength()), offset, index);
          } catch (RuntimeException e) {
            problem(FileStoreProblem.Kind.UNREADABLE_RECORD, offset, index, "the record cannot be decoded: "
                + e.getMessage());
            unreadable.add(offset);
          }
          scan.records++;
          expected = index + 1;
          r.advance();
        }
      }
      return scan;
    }

    private void remember(long index, long offset, byte[] hash) {
      if (checkpoint != null && index == checkpoint.records() - 1) {
        checkpointHash = hash;
        checkpointOffset = offset;
      }
      if (anchor != null && index == anchor.records() - 1) {
        anchorHash = Format.hex(hash);
      }
    }

    private void checkAnchors(Scan scan, byte[] genesis) {
      if (checkpoint != null) {
        Checkpoint cp = checkpoint;
        byte[] h = cp.records() == 0 ? genesis : checkpointHash;
        if (h == null) {
          problem(FileStoreProblem.Kind.CHECKPOINT_MISMATCH, cp.lastFrameOffset(), cp.records() - 1, "the checkpoint"
              + " vouches for " + cp.records() + " records but the log holds only " + scan.records
              + ": records were removed");
        } else if (!Arrays.equals(h, cp.headHash()) || (cp.records() > 0 && checkpointOffset != cp.lastFrameOffset())) {
          problem(FileStoreProblem.Kind.CHECKPOINT_MISMATCH, cp.lastFrameOffset(), cp.records() - 1, "record #"
              + (cp.records() - 1) + " no longer has the hash " + Format.hex(cp.headHash()) + " (at offset "
              + cp.lastFrameOffset() + ") the checkpoint recorded: it or a record before it was modified");
        }
      }
      if (anchor != null) {
        String h = anchor.records() == 0 ? Format.hex(genesis) : anchorHash;
        if (h == null) {
          problem(FileStoreProblem.Kind.ANCHOR_MISMATCH, -1, anchor.records() - 1, "the chain head vouches for "
              + anchor.records() + " records but the log holds only " + scan.records + ": records were removed");
        } else if (!h.equals(anchor.hash())) {
          problem(FileStoreProblem.Kind.ANCHOR_MISMATCH, -1, anchor.records() - 1, "record #" + (anchor.records() - 1)
              + " hashes to " + h + ", not to the chain head's " + anchor.hash() + ": the log was changed up to it");
        }
      }
    }

    /** The independent sums: posted debit and credit per account and currency, and the journal sequence. */
    private void apply(LedgerRecord record, long offset, long index) {
      PostedEntry p = null;
      if (record instanceof LedgerRecord.EntryPosted) {
        p = ((LedgerRecord.EntryPosted) record).entry();
      } else if (record instanceof LedgerRecord.ReservationCommitted) {
        p = ((LedgerRecord.ReservationCommitted) record).entry();
      }
      if (p == null) {
        return;
      }
      posted++;
      if (p.sequence() != posted) {
        problem(FileStoreProblem.Kind.JOURNAL_MISMATCH, offset, index, "entry " + p.id() + " has journal sequence "
            + p.sequence() + " but is posted entry number " + posted);
      }
      for (JournalLine l : p.lines()) {
        BigDecimal[] s = sums.computeIfAbsent(l.account() + " " + l.amount().getCurrencyUnit(),
            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        int side = l.side() == Side.DEBIT ? 0 : 1;
        s[side] = s[side].add(l.amount().getAmount());
      }
    }

    /** Replays the valid records into a fresh ledger and compares its balances with the independent sums. */
    private void checkLedger(long end) {
      Map<String, BigDecimal[]> found = new TreeMap<>();
      long journal;
      Snapshot snapshot = new Snapshot(logPath, end, unreadable, allowedFlags);
      try (Ledger ledger = Ledger.builder().baseCurrency(base).store(snapshot).build()) {
        for (AccountBalance b : ledger.accountBalances(null, null)) {
          found.put(b.account() + " " + b.balance().currency(),
              new BigDecimal[] {b.balance().debit().getAmount(), b.balance().credit().getAmount()});
        }
        journal = ledger.postedCount();
      } catch (RuntimeException e) {
        problem(FileStoreProblem.Kind.REPLAY_FAILED, -1, -1, "replaying the records into a fresh ledger failed: " + e);
        return;
      }
      for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
        BigDecimal[] f = found.remove(e.getKey());
        BigDecimal[] x = e.getValue();
        if (f == null || x[0].compareTo(f[0]) != 0 || x[1].compareTo(f[1]) != 0) {
          problem(FileStoreProblem.Kind.BALANCE_MISMATCH, -1, -1, e.getKey() + ": the posted lines sum to debit "
              + x[0].toPlainString() + ", credit " + x[1].toPlainString() + " but the replayed ledger has "
              + (f == null ? "no balance" : "debit " + f[0].toPlainString() + ", credit " + f[1].toPlainString()));
        }
      }
      found.forEach((k, f) -> problem(FileStoreProblem.Kind.BALANCE_MISMATCH, -1, -1, k + ": the replayed ledger has"
          + " debit " + f[0].toPlainString() + ", credit " + f[1].toPlainString() + " but no posted line"));
      if (journal != posted) {
        problem(FileStoreProblem.Kind.JOURNAL_MISMATCH, -1, -1, "the replayed journal holds " + journal
            + " entries but " + posted + " were posted");
      }
    }

    private void problem(FileStoreProblem.Kind kind, long offset, long record, String message) {
      problems.add(FileStoreProblem.of(kind, offset, record, message));
    }
  }

  /** The valid records of a log as a read-only store, for the replay into a fresh ledger. */
  private static final class Snapshot implements LedgerStore {
    private final Path logPath;
    private final long end;
    private final Set<Long> unreadable;
    private final int allowedFlags;

    Snapshot(Path logPath, long end, Set<Long> unreadable, int allowedFlags) {
      this.logPath = logPath;
      this.end = end;
      this.unreadable = unreadable;
      this.allowedFlags = allowedFlags;
    }

    @Override
    public long append(LedgerRecord record) {
      throw new StoreFileException(logPath.toString(), -1, -1, "the verifier's copy of the log is read-only", null);
    }

    @Override
    public void awaitDurable(long ticket) {
      // nothing is ever appended
    }

    @Override
    public void replay(Consumer<LedgerRecord> sink) {
      RecordCodec codec = new RecordCodec();
      try (LogReader r = new LogReader(logPath, Format.FILE_HEADER, end, allowedFlags)) {
        while (true) {
          LogReader.Status s = r.peek();
          if (s == LogReader.Status.END) {
            return;
          }
          if (s != LogReader.Status.VALID) { // damage already reported by the scan: go on with what can be read
            if (r.findFrame(r.position()) < 0) {
              return;
            }
            continue;
          }
          if (unreadable.contains(r.position())) { // reported by the scan; the replay goes on without it
            r.advance();
            continue;
          }
          LedgerRecord record = codec.decode(r.type(), r.array(), r.payloadAt(), r.payloadLength());
          r.advance();
          sink.accept(record);
        }
      } catch (IOException e) {
        throw new StoreFileException(logPath.toString(), -1, -1, "reading the log failed: " + e, e);
      }
    }

    @Override
    public void close() {
      // nothing held
    }
  }
}
