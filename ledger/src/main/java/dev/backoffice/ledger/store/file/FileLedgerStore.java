package dev.backoffice.ledger.store.file;

import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link LedgerStore}: an append-only log of framed, checksummed, hash-chained records in one
 * directory, for a ledger embedded without a database server. The format is described in
 * {@code FORMAT.md} next to this class and in the package documentation.
 *
 * <pre>{@code
 * try (FileLedgerStore store = FileLedgerStore.open(Path.of("/var/lib/app/ledger"));
 *      Ledger ledger = Ledger.builder().store(store).chart(PolishChartOfAccounts.template()).build()) {
 *   ledger.post(entry);   // returns only once the entry is on disk
 * }
 * }</pre>
 *
 * <p><b>Durability.</b> A record is acknowledged — {@link #awaitDurable} returns for its ticket, so the
 * ledger's {@code post} returns — only after {@link FileChannel#force} has covered it. <b>Group commit:</b>
 * the ledger appends under its write lock and waits after releasing it; the first waiter whose record is not
 * yet durable becomes the leader, writes every record appended so far in one write and syncs once, while
 * the others wait; when it is done they all return, and one of those whose records came in meanwhile leads
 * the next batch. A leader first waits briefly for the writers the previous sync released (at most half
 * that sync's duration, never over a millisecond; a lone writer never waits), so that they share the next
 * sync. Everything runs on the callers' threads: the store starts no thread.
 *
 * <p><b>Recovery.</b> {@link #open} reads the log after the last checkpoint. A torn tail — an incomplete or
 * corrupt end left by a crash during the last, unacknowledged write — is cut off (see
 * {@link #recovery()}); a corrupt record followed by a record of a later write is damage in the middle and
 * stops the open with a {@link StoreFileException} naming the offset, changing nothing. {@link #replay}
 * checks every record's checksum, number and (by default) hash chain as it reads.
 *
 * <p><b>One writer.</b> A lock file ({@code ledger.lock}, an OS file lock) keeps a second process, or a
 * second store in the same process, from opening the directory; it is released on {@link #close} or when
 * the process dies.
 *
 * <p><b>Failures.</b> Every failure is a {@link StoreFileException} (a {@link LedgerStoreException}) naming
 * the file and, where known, the offset and record. After a failed write or sync the store refuses further
 * appends: what reached the disk is unknown until the log is reopened and recovered.
 *
 * <p>Thread-safe. Interrupting a thread that waits in {@link #awaitDurable} neither aborts the wait nor
 * damages the store (the interrupt status is kept).
 */
public final class FileLedgerStore implements LedgerStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileLedgerStore.class);
  private static final int ZERO_CHUNK = 1 << 20;
  /** The longest a leader waits for more records before it syncs. */
  private static final long MAX_GATHER_NANOS = 1_000_000;

  private final Path directory;
  private final Path logPath;
  private final Path checkpointPath;
  private final String logName;
  private final FileStoreOptions options;
  private final byte[] storeId;
  private final byte[] genesisHash;
  /** The frame flags the log's format version has: none in version 1 (its groups are not crash-atomic). */
  private final int allowedFlags;
  private final FileStoreRecovery recovery;
  private final RandomAccessFile lockFile;
  private final FileLock lock;
  private final RandomAccessFile log;

  // ---- touched only by the current leader (or by close once no leader can start)
  private FileChannel syncChannel;
  private final MessageDigest digest = Format.sha256();
  private final CRC32C crc = new CRC32C();
  private byte[] headHash;
  private long writeOffset;
  private long allocatedEnd;
  private long lastFrameOffset;
  private long lastCheckpointEnd;
  /** Whether the last frame written marks a group that goes on: no checkpoint may end there. */
  private boolean writtenGroupOpen;
  private byte @Nullable [] zeros;

  // ---- group commit state, guarded by mutex
  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition synced = mutex.newCondition();
  private final Condition appendedOne = mutex.newCondition();
  private boolean gathering;
  private int waiting;
  private int lastReleased;
  private long lastSyncNanos;
  private ByteSink filling = new ByteSink(1 << 16);
  private ByteSink spare = new ByteSink(1 << 16);
  private long appended;
  private boolean leading;
  private boolean closed;
  private boolean released;
  private @Nullable StoreFileException failure;
  private byte[] durableHead;
  private long syncs;
  private volatile long durable;
  private volatile long durableEnd;

  // ---- encoding; append is called by one thread at a time, the monitor makes sure
  private final ByteSink scratch = new ByteSink(4096);

  private FileLedgerStore(Path directory, FileStoreOptions options, RandomAccessFile lockFile, FileLock lock)
      throws IOException {
    this.directory = directory;
    this.options = options;
    this.logPath = directory.resolve(Format.LOG_FILE);
    this.checkpointPath = directory.resolve(Format.CHECKPOINT_FILE);
    this.logName = logPath.toString();
    this.lockFile = lockFile;
    this.lock = lock;

    boolean created = false;
    Optional<Checkpoint> checkpoint = readCheckpoint();
    long size = Files.exists(logPath) ? Files.size(logPath) : -1;
    if (size < Format.FILE_HEADER) {
      if (checkpoint.isPresent()) {
        throw error(-1, -1, "the log is " + (size < 0 ? "missing" : "only " + size + " bytes long") + " but "
            + checkpoint.get() + " exists: acknowledged records were lost", null);
      }
      if (size > 0) {
        LOG.warn("{}: a log of {} bytes, shorter than its header, was left by a crash while it was created; "
            + "starting a new log", logName, size);
      }
      createLog();
      created = true;
      size = Format.FILE_HEADER;
    }
    byte[] header = LogReader.readAt(logPath, 0, Format.FILE_HEADER);
    checkHeader(header);
    this.storeId = Arrays.copyOfRange(header, 12, 28);
    this.genesisHash = Format.sha256().digest(header);
    this.allowedFlags = Format.allowedFlags(Format.version(header));
    if (checkpoint.isPresent() && !Arrays.equals(checkpoint.get().storeId(), storeId)) {
      throw new StoreFileException(checkpointPath.toString(), -1, -1,
          "the checkpoint belongs to another store (its store id differs from the log's)", null);
    }
    this.log = new RandomAccessFile(logPath.toFile(), "rw");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(logPath, StandardOpenOption.WRITE);
      this.syncChannel = channel;
      this.recovery = recover(checkpoint, size, created);
    } catch (IOException | RuntimeException e) {
      for (AutoCloseable c : new AutoCloseable[] {channel, log}) {
        try {
          if (c != null) {
            c.close();
          }
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    this.durableHead = headHash.clone();
  }

  /**
   * Opens the store in a directory with the default options, creating the directory and an empty log if
   * needed, and recovering the log after a crash.
   *
   * @param directory the store's directory
   * @return the open store, holding the directory's lock until closed
   * @throws StoreFileException if the directory is locked by another process or store, the log is damaged
   *     in the middle, was written by a newer format version, or cannot be read or written
   */
  public static FileLedgerStore open(Path directory) {
    return open(directory, FileStoreOptions.defaults());
  }

  /**
   * Opens the store in a directory.
   *
   * @param directory the store's directory
   * @param options preallocation, checkpoint interval, chain checking
   * @return the open store, holding the directory's lock until closed
   * @throws StoreFileException as {@link #open(Path)}
   */
  public static FileLedgerStore open(Path directory, FileStoreOptions options) {
    Checks.notNull(directory, "directory");
    Checks.notNull(options, "options");
    Path dir = directory.toAbsolutePath().normalize();
    Path lockPath = dir.resolve(Format.LOCK_FILE);
    RandomAccessFile lockFile = null;
    try {
      Files.createDirectories(dir);
      lockFile = new RandomAccessFile(lockPath.toFile(), "rw");
      FileLock lock;
      try {
        lock = lockFile.getChannel().tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = holder(lockFile);
        throw new StoreFileException(lockPath.toString(), -1, -1, "the store is open in another "
            + (holder.isEmpty() ? "process" : "process or store (" + holder + ")")
            + "; only one may open it for writing at a time", null);
      }
      lockFile.setLength(0);
      lockFile.write(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII));
      return new FileLedgerStore(dir, options, lockFile, lock);
    } catch (IOException | RuntimeException e) {
      if (lockFile != null) { // closing it releases the lock
        try {
          lockFile.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      if (e instanceof StoreFileException) {
        throw (StoreFileException) e;
      }
      if (e instanceof RuntimeException) {
        throw (RuntimeException) e;
      }
      throw new StoreFileException(dir.toString(), -1, -1, "opening the store failed: " + e, e);
    }
  }

  private static String holder(RandomAccessFile lockFile) throws IOException {
    byte[] b = new byte[(int) Math.min(64, lockFile.length())];
    lockFile.seek(0);
    lockFile.readFully(b);
    return new String(b, StandardCharsets.US_ASCII).strip();
  }

  // ------------------------------------------------------------------------------------------------- open

  private Optional<Checkpoint> readCheckpoint() {
    try {
      return Checkpoint.read(checkpointPath);
    } catch (IOException e) {
      // the checkpoint only saves time and anchors the chain; the log alone is complete (the verifier reports it)
      LOG.warn("{}: ignoring an unreadable checkpoint, the whole log will be scanned: {}", checkpointPath, e.toString());
      return Optional.empty();
    }
  }

  private void createLog() throws IOException {
    byte[] h = new byte[Format.FILE_HEADER];
    System.arraycopy(Format.FILE_MAGIC, 0, h, 0, 8);
    h[8] = Format.VERSION;
    UUID id = UUID.randomUUID();
    Format.putLong(h, 12, id.getMostSignificantBits());
    Format.putLong(h, 20, id.getLeastSignificantBits());
    Format.putInt(h, Format.FILE_HEADER - 4, Format.crc32c(h, 0, Format.FILE_HEADER - 4));
    try (RandomAccessFile f = new RandomAccessFile(logPath.toFile(), "rw")) {
      f.setLength(0);
      f.write(h);
      f.getFD().sync();
    }
    syncDirectory(directory);
  }

  private void checkHeader(byte[] h) {
    String problem = Format.headerProblem(h);
    if (problem != null) {
      throw error(0, -1, problem, null);
    }
  }

  private FileStoreRecovery recover(Optional<Checkpoint> checkpoint, long size, boolean created) throws IOException {
    long start = Format.FILE_HEADER;
    long expected = 0;
    long lastFrame = -1;
    if (checkpoint.isPresent()) {
      Checkpoint cp = checkpoint.get();
      if (cp.logEnd() > size || cp.logEnd() < Format.FILE_HEADER || cp.lastFrameOffset() >= cp.logEnd()) {
        throw error(size, cp.records(), "the log ends at offset " + size + " but " + cp
            + " exists: acknowledged records were lost or the checkpoint is wrong", null);
      }
      start = cp.logEnd();
      expected = cp.records();
      lastFrame = cp.lastFrameOffset();
    }
    long truncated = 0;
    long end;
    long groupStart = -1; // offset of the first frame of a group not yet complete
    long groupIndex = -1;
    long beforeGroup = -1;
    String cutReason = null;
    try (LogReader r = new LogReader(logPath, start, size, allowedFlags)) {
      while (true) {
        long offset = r.position();
        LogReader.Status s = r.peek();
        if (s == LogReader.Status.VALID) {
          if (r.index() != expected) {
            throw error(offset, expected, "expected record #" + expected + " but found record #" + r.index()
                + ": a record is missing or out of place", null);
          }
          if (r.continuesGroup() && groupStart < 0) {
            groupStart = offset;
            groupIndex = expected;
            beforeGroup = lastFrame;
          } else if (!r.continuesGroup()) {
            groupStart = -1;
          }
          lastFrame = offset;
          expected++;
          r.advance();
          continue;
        }
        end = offset;
        if (s == LogReader.Status.END) {
          break;
        }
        Tail.Verdict v = Tail.classify(r, offset, expected);
        if (v.kind() == Tail.Kind.MIDDLE) {
          throw error(offset, expected, describe(s) + ", but record #" + v.laterIndex() + " of a later write follows at"
              + " offset " + v.laterFrame() + ": the log is damaged in the middle (not a torn write). Nothing was"
              + " changed; restore the log from a backup or cut it at this offset by hand", null);
        }
        if (v.kind() != Tail.Kind.ZEROS) {
          cutReason = "a torn tail (" + describe(s) + ")";
        }
        break;
      }
    }
    if (groupStart >= 0) {
      // the operation that wrote the group never finished, so none of it was acknowledged: none of it stays
      cutReason = (cutReason == null ? "" : cutReason + " after ") + "an incomplete group of records #" + groupIndex
          + " to #" + (expected - 1) + " (an operation writing several records was cut short)";
      end = groupStart;
      expected = groupIndex;
      lastFrame = beforeGroup;
    }
    if (cutReason != null) {
      truncated = size - end;
      LOG.warn("{}: cutting off {} bytes at offset {}: {}, left by a crash during an unacknowledged write; the log"
          + " keeps {} records", logName, truncated, end, cutReason, expected);
      log.setLength(end);
      syncChannel.force(true);
      allocatedEnd = end;
    } else {
      allocatedEnd = size;
    }
    writeOffset = end;
    lastFrameOffset = lastFrame;
    lastCheckpointEnd = checkpoint.map(Checkpoint::logEnd).orElse((long) Format.FILE_HEADER);
    headHash = lastFrame < 0 ? genesisHash.clone() : frameHash(lastFrame, expected - 1);
    if (checkpoint.isPresent()) {
      Checkpoint cp = checkpoint.get();
      byte[] h = cp.records() == 0 ? genesisHash
          : lastFrame == cp.lastFrameOffset() ? headHash : frameHash(cp.lastFrameOffset(), cp.records() - 1);
      if (!Arrays.equals(h, cp.headHash())) {
        throw error(cp.lastFrameOffset(), cp.records() - 1, "the record no longer has the hash " + Format.hex(cp.headHash())
            + " that the checkpoint recorded: it was modified after it was written", null);
      }
    }
    appended = expected;
    durable = expected;
    durableEnd = end;
    LOG.debug("{}: opened with {} records, log end {}, checkpoint {}", logName, expected, end, checkpoint.isPresent());
    return FileStoreRecovery.of(expected, truncated, end, checkpoint.isPresent(), created);
  }

  /** The SHA-256 hash of the valid frame at an offset. */
  private byte[] frameHash(long offset, long record) throws IOException {
    try (LogReader r = new LogReader(logPath, offset, Files.size(logPath), allowedFlags)) {
      LogReader.Status s = r.peek();
      if (s != LogReader.Status.VALID) {
        throw error(offset, record, describe(s) + " where the checkpoint says the record is", null);
      }
      MessageDigest md = Format.sha256();
      md.update(r.array(), r.at(), r.frameLength());
      return md.digest();
    }
  }

  static String describe(LogReader.Status s) {
    switch (s) {
      case INCOMPLETE: return "the record is incomplete (the file ends inside it)";
      case BAD_HEADER: return "no valid record header (wrong marker, header checksum, flags or length)";
      case BAD_CHECKSUM: return "the record's checksum does not match its contents";
      default: return s.toString();
    }
  }

  // ------------------------------------------------------------------------------------------- appending

  /**
   * Appends a record to the batch being collected; it reaches the disk when a caller of
   * {@link #awaitDurable} leads the next sync.
   *
   * @param record the record
   * @return the record's ticket: its number in the log plus one
   * @throws StoreFileException if the store is closed or failed, or the record cannot be encoded
   */
  @Override
  public long append(LedgerRecord record) {
    return append(record, false);
  }

  /**
   * Appends a record, marked when the next record belongs to the same all-or-nothing group (see
   * {@link LedgerStore#append(LedgerRecord, boolean)}). On open, a group whose last record is missing is cut
   * off with the torn tail; no checkpoint ends inside a group. A version-1 log carries no marks.
   *
   * @param record the record
   * @param groupContinues true when the next record belongs to the same group
   * @return the record's ticket: its number in the log plus one
   * @throws StoreFileException if the store is closed or failed, or the record cannot be encoded
   */
  @Override
  public long append(LedgerRecord record, boolean groupContinues) {
    Checks.notNull(record, "record");
    synchronized (scratch) {
      scratch.reset();
      int type;
      try {
        type = RecordCodec.encode(record, scratch);
      } catch (RuntimeException e) {
        throw error(-1, -1, "cannot encode a " + record.getClass().getSimpleName() + ": " + e.getMessage(), e);
      }
      int len = scratch.size();
      if (len > Format.MAX_PAYLOAD) {
        throw error(-1, -1, "a " + record.getClass().getSimpleName() + " of " + len + " bytes exceeds the largest"
            + " record of " + Format.MAX_PAYLOAD + " bytes", null);
      }
      mutex.lock();
      try {
        ensureWritable();
        long index = appended;
        int at = filling.skip(Format.FRAME_HEADER);
        byte[] b = filling.array();
        Format.putInt(b, at, Format.FRAME_MAGIC);
        b[at + Format.F_TYPE] = (byte) type;
        b[at + Format.F_FLAGS] = (byte) (groupContinues ? allowedFlags & Format.FLAG_CONTINUES : 0);
        b[at + 6] = 0;
        b[at + 7] = 0;
        Format.putInt(b, at + Format.F_LENGTH, len);
        Format.putLong(b, at + Format.F_INDEX, index);
        filling.bytes(scratch.array(), 0, len);
        filling.skip(4);
        appended = index + 1;
        if (gathering) {
          appendedOne.signal();
        }
        return appended;
      } finally {
        mutex.unlock();
      }
    }
  }

  /**
   * Returns once the record with this ticket, and every record before it, is on disk. The caller may lead
   * the sync of everything appended so far, or wait while another caller does.
   *
   * @param ticket a ticket from {@link #append}
   * @throws StoreFileException if the write or sync failed (then every later call fails too)
   */
  @Override
  public void awaitDurable(long ticket) {
    if (ticket <= durable) {
      return;
    }
    mutex.lock();
    waiting++;
    try {
      Checks.check(ticket <= appended, "ticket", ticket, "must be a ticket returned by append (at most " + appended + ")");
      while (durable < ticket) {
        if (failure != null) {
          throw failed();
        }
        if (leading) {
          synced.awaitUninterruptibly();
        } else if (released) {
          throw error(-1, ticket - 1, "the store was closed before the record was written", null);
        } else {
          lead(); // also while closing: close() waits for this leader, then finds nothing left to write
        }
      }
    } finally {
      waiting--;
      mutex.unlock();
    }
  }

  /**
   * Writes and syncs everything appended so far. Called and returns with the mutex held.
   *
   * <p>Before it takes the batch, the leader waits briefly for the writers the previous sync released: they
   * were all waiting during that sync, so none had appended yet, and a sync started at once would carry one
   * record and make the rest wait for the next. It waits until as many records are pending as writers were
   * released, or at most half the previous sync's duration (never more than {@value #MAX_GATHER_NANOS} ns);
   * a lone writer never waits.
   */
  private void lead() {
    leading = true;
    gather();
    ByteSink batch = filling;
    filling = spare;
    long first = durable;
    long target = appended;
    StoreFileException problem = null;
    boolean written = false;
    mutex.unlock();
    long started = System.nanoTime(); // elapsed time only, to size the next gathering wait
    try {
      writeBatch(batch, first, target);
      written = true;
    } catch (IOException | RuntimeException e) {
      problem = error(writeOffset, first, "writing or syncing records #" + first + " to #" + (target - 1)
          + " failed; the store accepts no more records: reopen it to recover", e);
    } finally {
      mutex.lock();
      leading = false;
      batch.reset();
      spare = batch;
      syncs++;
      lastSyncNanos = System.nanoTime() - started;
      lastReleased = waiting;
      if (written) {
        durableHead = headHash.clone();
        durableEnd = writeOffset;
        durable = target;
      } else {
        failure = problem != null ? problem : error(writeOffset, first, "writing records #" + first + " to #"
            + (target - 1) + " was aborted by an error; reopen the store to recover", null);
      }
      synced.signalAll();
    }
  }

  /** Waits, mutex held, for the writers the last sync released to append again (see {@link #lead()}). */
  private void gather() {
    int expected = lastReleased;
    if (expected <= 1 || closed) {
      return;
    }
    long remaining = Math.min(lastSyncNanos / 2, MAX_GATHER_NANOS);
    gathering = true;
    try {
      while (appended - durable < expected && remaining > 0) {
        remaining = appendedOne.awaitNanos(remaining);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // kept for the caller; the sync goes ahead without waiting longer
    } finally {
      gathering = false;
    }
  }

  private void writeBatch(ByteSink batch, long first, long target) throws IOException {
    byte[] b = batch.array();
    int n = batch.size();
    long frameOffset = writeOffset;
    for (int at = 0; at < n; ) {
      int len = Format.FRAME_OVERHEAD + Format.getInt(b, at + Format.F_LENGTH);
      Format.putLong(b, at + Format.F_BATCH, first);
      System.arraycopy(headHash, 0, b, at + Format.F_PREV, Format.HASH);
      crc.reset();
      crc.update(b, at, Format.F_HEADER_CRC);
      Format.putInt(b, at + Format.F_HEADER_CRC, (int) crc.getValue());
      crc.reset();
      crc.update(b, at, len - 4);
      Format.putInt(b, at + len - 4, (int) crc.getValue());
      digest.update(b, at, len);
      headHash = digest.digest();
      frameOffset = writeOffset + at;
      writtenGroupOpen = (b[at + Format.F_FLAGS] & Format.FLAG_CONTINUES) != 0;
      at += len;
    }
    log.seek(writeOffset);
    log.write(b, 0, n);
    long end = writeOffset + n;
    if (end > allocatedEnd) {
      allocatedEnd = end;
      preallocate();
    }
    force(false);
    writeOffset = end;
    lastFrameOffset = frameOffset;
    if (writeOffset - lastCheckpointEnd >= options.checkpointIntervalBytes() && !writtenGroupOpen) {
      lastCheckpointEnd = writeOffset;
      try {
        new Checkpoint(storeId, target, lastFrameOffset, writeOffset, headHash.clone()).write(checkpointPath);
      } catch (IOException e) {
        // the records are durable; only the shortcut for the next open is missing, so the store goes on
        LOG.warn("{}: writing a checkpoint failed; the next open scans more of the log", checkpointPath, e);
      }
    }
  }

  /** Extends the file with zeros so that the following syncs need not change its size. */
  private void preallocate() throws IOException {
    long bytes = options.preallocateBytes();
    if (bytes == 0) {
      return;
    }
    if (zeros == null) {
      zeros = new byte[(int) Math.min(ZERO_CHUNK, bytes)];
    }
    log.seek(allocatedEnd);
    for (long left = bytes; left > 0; ) {
      int n = (int) Math.min(zeros.length, left);
      log.write(zeros, 0, n);
      left -= n;
    }
    allocatedEnd += bytes;
  }

  /**
   * {@code FileChannel.force}, kept safe from interrupts: an interrupted channel closes itself, so the
   * interrupt status is set aside during the sync and the channel reopened if an interrupt closed it anyway.
   */
  private void force(boolean metadata) throws IOException {
    boolean interrupted = Thread.interrupted();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          syncChannel.force(metadata);
          return;
        } catch (ClosedByInterruptException e) {
          interrupted |= Thread.interrupted();
          if (attempt == 3) {
            throw e;
          }
          syncChannel = FileChannel.open(logPath, StandardOpenOption.WRITE);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void ensureWritable() {
    if (failure != null) {
      throw failed();
    }
    if (closed) {
      throw error(-1, -1, "the store is closed", null);
    }
  }

  private StoreFileException failed() {
    StoreFileException f = failure;
    return new StoreFileException(logName, f.offset().orElse(-1), f.record().orElse(-1),
        "an earlier write failed; the store accepts no more records: reopen it to recover", f);
  }

  private StoreFileException error(long offset, long record, String message, @Nullable Throwable cause) {
    return new StoreFileException(logName, offset, record, message, cause);
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Feeds every durable record, oldest first, to the sink, checking each record's checksum, number and
   * (unless turned off in the options) its place in the hash chain.
   *
   * @param sink receives the records
   * @throws StoreFileException naming the offset and record if a record is damaged, missing, modified or
   *     cannot be decoded
   */
  @Override
  public void replay(Consumer<LedgerRecord> sink) {
    Checks.notNull(sink, "sink");
    long end = durableEnd;
    boolean chain = options.verifyChainOnReplay();
    RecordCodec codec = new RecordCodec();
    MessageDigest md = Format.sha256();
    byte[] prev = genesisHash;
    long expected = 0;
    try (LogReader r = new LogReader(logPath, Format.FILE_HEADER, end, allowedFlags)) {
      while (true) {
        long offset = r.position();
        LogReader.Status s = r.peek();
        if (s == LogReader.Status.END) {
          return;
        }
        if (s != LogReader.Status.VALID) {
          throw error(offset, expected, describe(s) + ": the log is damaged before its last acknowledged record;"
              + " restore it from a backup", null);
        }
        if (r.index() != expected) {
          throw error(offset, expected, "expected record #" + expected + " but found record #" + r.index()
              + ": a record is missing or out of place", null);
        }
        if (chain) {
          if (!r.prevHashEquals(prev)) {
            throw error(offset, expected, "the record does not carry the hash of the record before it: record #"
                + (expected - 1) + " (or this one) was modified after it was written", null);
          }
          md.update(r.array(), r.at(), r.frameLength());
          prev = md.digest();
        }
        LedgerRecord record;
        try {
          record = codec.decode(r.type(), r.array(), r.payloadAt(), r.payloadLength());
        } catch (RuntimeException e) {
          throw error(offset, expected, "the record cannot be decoded: " + e.getMessage(), e);
        }
        r.advance();
        expected++;
        sink.accept(record);
      }
    } catch (IOException e) {
      throw error(-1, expected, "reading the log failed: " + e, e);
    }
  }

  /**
   * The head of the hash chain over the durable records: keep it elsewhere to prove later, with
   * {@link FileStoreVerifier#verify(Path, org.joda.money.CurrencyUnit, Optional)}, that no record up to it
   * was changed.
   *
   * @return the number of durable records and the last one's hash
   */
  public ChainHead head() {
    mutex.lock();
    try {
      return ChainHead.of(durable, Format.hex(durableHead));
    } finally {
      mutex.unlock();
    }
  }

  /** What the open found: records, a torn tail cut off, whether a checkpoint was used. */
  public FileStoreRecovery recovery() {
    return recovery;
  }

  /** The store's directory. */
  public Path directory() {
    return directory;
  }

  /** The number of syncs so far (each covers one batch of records); for tests of group commit. */
  long syncCount() {
    mutex.lock();
    try {
      return syncs;
    } finally {
      mutex.unlock();
    }
  }

  // ------------------------------------------------------------------------------------------------- close

  /**
   * Writes and syncs any record not yet durable, cuts off preallocated space, writes a checkpoint and
   * releases the directory's lock. Waiting callers return normally. Calling it again does nothing.
   *
   * @throws StoreFileException if the final write, sync or checkpoint failed (the lock is released anyway)
   */
  @Override
  public void close() {
    mutex.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      while (leading) {
        synced.awaitUninterruptibly();
      }
      if (failure == null && appended > durable) {
        lead();
      }
      released = true;
    } finally {
      mutex.unlock();
    }
    StoreFileException problem = null;
    if (failure == null) {
      try {
        if (allocatedEnd > writeOffset) {
          log.setLength(writeOffset);
          allocatedEnd = writeOffset;
          force(true);
        }
        if (writtenGroupOpen) {
          LOG.warn("{}: closed inside an unfinished group of records; the next open cuts the group off", logName);
        } else if (writeOffset > lastCheckpointEnd || !Files.exists(checkpointPath)) {
          new Checkpoint(storeId, durable, lastFrameOffset, writeOffset, headHash.clone()).write(checkpointPath);
        }
      } catch (IOException e) {
        problem = error(writeOffset, -1, "closing the log failed: " + e, e);
      }
    }
    Throwable closing = closeQuietly(problem);
    if (problem == null && closing != null) {
      problem = error(-1, -1, "releasing the store's files failed: " + closing, closing);
    }
    if (problem != null) {
      throw problem;
    }
    if (failure != null) {
      LOG.warn("{}: closed after a failed write; reopen the store to recover the log", logName);
    }
  }

  /** Closes every file, adding failures to {@code primary} when there is one; returns the first failure. */
  private @Nullable Throwable closeQuietly(@Nullable Throwable primary) {
    Throwable first = null;
    AutoCloseable[] all = {syncChannel, log, lock, lockFile};
    for (AutoCloseable c : all) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        if (primary != null) {
          primary.addSuppressed(e);
        } else if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    return first;
  }

  /** Syncs a directory so that a file created or renamed in it survives a crash (POSIX only). */
  static void syncDirectory(Path dir) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return; // Windows cannot open a directory for syncing; NTFS journals the entry itself
    }
    boolean interrupted = Thread.interrupted();
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return "FileLedgerStore[" + directory + "]";
  }
}
