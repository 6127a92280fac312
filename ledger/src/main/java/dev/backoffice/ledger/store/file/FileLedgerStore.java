package dev.backoffice.ledger.store.file;

import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
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
 * the ledger appends under its write lock (the store only queues the record) and waits after releasing it.
 * The first waiter that finds no other thread writing becomes the drain: it encodes, checksums, chains and
 * writes every record appended so far and syncs once, while the others wait (and go on appending); when it
 * is done they all return, and one of those whose records came in meanwhile drains the next batch. Encoding
 * thus runs outside the ledger's lock, beside other writers' posting. Before it syncs, a drain waits briefly
 * for the writers the previous sync released (at most half that sync's duration, never over a millisecond; a
 * lone writer never waits), so that they share the next sync.
 *
 * <p>By default everything runs on the callers' threads: the store starts no thread. Given an executor
 * ({@link FileStoreOptions#executor()}), the store also hands it a drain task when records are appended and
 * no drain runs, so that records are encoded and written on a second core while the writer is still posting
 * its batch, and the writer waits only for the sync. A waiter never waits for a task that has not started.
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
  /** The longest a drain waits for more records before it syncs. */
  private static final long MAX_GATHER_NANOS = 1_000_000;
  /** Written but unsynced bytes after which a waiter's sync no longer waits for more pending records. */
  private static final long SYNC_AFTER_BYTES = 1 << 20;

  private final Path directory;
  private final Path logPath;
  private final Path checkpointPath;
  private final String logName;
  private final FileStoreOptions options;
  private final byte[] storeId;
  private final byte[] genesisHash;
  /** The frame flags the log's format version has: none in version 1 (its groups are not crash-atomic). */
  private final int allowedFlags;
  /** The log's format version: a log keeps the version it was created with. */
  private final int version;
  private final FileStoreRecovery recovery;
  private final RandomAccessFile lockFile;
  private final FileLock lock;
  private final RandomAccessFile log;

  // ---- touched only by the current drainer (see drain()); one at a time, handed over under the mutex
  /** Writes the frames; its fields are the drainer's too. */
  private final LogWriter writer;
  private long lastCheckpointEnd;

  // ---- group commit state, guarded by mutex
  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition synced = mutex.newCondition();
  private final Condition appendedOne = mutex.newCondition();
  private final @Nullable Executor executor;
  private boolean gathering;
  private int waiting;
  private int lastReleased;
  private long lastSyncNanos;
  private RecordQueue pending = new RecordQueue();
  /** The queue the drain swaps in for {@link #pending} while it writes the other (one drain at a time). */
  private RecordQueue spareQueue = new RecordQueue();
  private long appended;
  /** Whether a thread is draining (writing and syncing): a waiter, the closer or a task on the executor. */
  private boolean running;
  /** Whether a drain task was given to the executor and has not started yet. */
  private boolean taskQueued;
  private boolean closed;
  private boolean released;
  private @Nullable StoreFileException failure;
  private byte[] durableHead;
  private long syncs;
  private volatile long durable;
  private volatile long durableEnd;

  private FileLedgerStore(Path directory, FileStoreOptions options, RandomAccessFile lockFile, FileLock lock)
      throws IOException {
    this.directory = directory;
    this.options = options;
    this.logPath = directory.resolve(Format.LOG_FILE);
    this.checkpointPath = directory.resolve(Format.CHECKPOINT_FILE);
    this.logName = logPath.toString();
    this.executor = options.executor().orElse(null);
    this.lockFile = lockFile;
    this.lock = lock;

    boolean created = false;
    Optional<Checkpoint> checkpoint = LogRecovery.readCheckpoint(checkpointPath);
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
      LogRecovery.createLog(logPath, directory);
      created = true;
      size = Format.FILE_HEADER;
    }
    byte[] header = LogReader.readAt(logPath, 0, Format.FILE_HEADER);
    LogRecovery.checkHeader(header, logName);
    this.storeId = Arrays.copyOfRange(header, 12, 28);
    this.genesisHash = Format.sha256().digest(header);
    this.allowedFlags = Format.allowedFlags(Format.version(header));
    this.version = Format.version(header);
    if (checkpoint.isPresent() && !Arrays.equals(checkpoint.get().storeId(), storeId)) {
      throw new StoreFileException(checkpointPath.toString(), -1, -1,
          "the checkpoint belongs to another store (its store id differs from the log's)", null);
    }
    this.log = new RandomAccessFile(logPath.toFile(), "rw");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(logPath, StandardOpenOption.WRITE);
      this.writer = new LogWriter(logPath, logName, options, log, channel);
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
    this.durableHead = writer.headHash.clone();
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
    if (!HeldLocks.claim(lockPath)) {
      // refused before the lock file is opened: closing a descriptor of it would drop this process's lock
      throw new StoreFileException(lockPath.toString(), -1, -1, "the store is open in another store of this "
          + "process (pid " + ProcessHandle.current().pid() + "); only one may open it for writing at a time", null);
    }
    RandomAccessFile lockFile = null;
    boolean keepOpen = false;
    try {
      Files.createDirectories(dir);
      lockFile = new RandomAccessFile(lockPath.toFile(), "rw");
      FileLock lock;
      try {
        lock = lockFile.getChannel().tryLock();
      } catch (OverlappingFileLockException e) {
        // code of this JVM other than a store locked the file: closing ours would release that lock too
        keepOpen = true;
        HeldLocks.retain(lockFile);
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
      if (lockFile != null && !keepOpen) { // closing it releases the lock we took
        try {
          lockFile.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      HeldLocks.release(lockPath);
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

  private FileStoreRecovery recover(Optional<Checkpoint> checkpoint, long size, boolean created) throws IOException {
    LogRecovery.Scan scan = LogRecovery.scan(logPath, logName, allowedFlags, checkpoint, size);
    long end = scan.end();
    long expected = scan.records();
    long lastFrame = scan.lastFrame();
    String cutReason = scan.cutReason();
    long truncated = 0;
    if (cutReason != null) {
      truncated = size - end;
      LOG.warn("{}: cutting off {} bytes at offset {}: {}, left by a crash during an unacknowledged write; the log"
          + " keeps {} records", logName, truncated, end, cutReason, expected);
      log.setLength(end);
      writer.syncChannel.force(true);
      writer.allocatedEnd = end;
    } else {
      writer.allocatedEnd = size;
    }
    writer.writeOffset = end;
    writer.lastFrameOffset = lastFrame;
    lastCheckpointEnd = checkpoint.map(Checkpoint::logEnd).orElse((long) Format.FILE_HEADER);
    writer.headHash = LogRecovery.chainHead(logPath, logName, allowedFlags, genesisHash, checkpoint, lastFrame, expected);
    appended = expected;
    writer.written = expected;
    durable = expected;
    durableEnd = end;
    LOG.debug("{}: opened with {} records, log end {}, checkpoint {}", logName, expected, end, checkpoint.isPresent());
    return FileStoreRecovery.of(expected, truncated, end, checkpoint.isPresent(), created);
  }

  // ------------------------------------------------------------------------------------------- appending

  /**
   * Appends a record to those waiting to be written; it reaches the disk when a caller of
   * {@link #awaitDurable} (or a task on the executor of the options) next drains the store.
   *
   * @param record the record
   * @return the record's ticket: its number in the log plus one
   * @throws StoreFileException if the store is closed or failed
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
   * <p>The record is encoded when it is written, not here: a record that cannot be encoded (or exceeds
   * {@value Format#MAX_PAYLOAD} bytes) fails the store at that point, as a failed write does, and every later
   * call fails too.
   *
   * @param record the record
   * @param groupContinues true when the next record belongs to the same group
   * @return the record's ticket: its number in the log plus one
   * @throws StoreFileException if the store is closed or failed
   */
  @Override
  public long append(LedgerRecord record, boolean groupContinues) {
    Checks.notNull(record, "record");
    String unheld = version < 3 && RecordCodec.hasTags(record) ? "tags on entries or lines (version 3 can): post"
        + " without tags, or start a new store" : version < 4 && record instanceof LedgerRecord.GuardRecorded
        ? "a guard's records such as budgets and commitments (version 4 can): start a new store" : null;
    if (unheld != null) { // checked before the record is queued, so the ledger refuses the change and nothing changes
      throw new StoreFileException(logPath.toString(), -1, -1, "this log is format version " + version
          + ", which cannot hold " + unheld, null);
    }
    mutex.lock();
    try {
      ensureWritable();
      pending.add(record, groupContinues && (allowedFlags & Format.FLAG_CONTINUES) != 0);
      appended++;
      if (gathering) {
        appendedOne.signal();
      }
      if (executor != null && !running && !taskQueued) {
        schedule(executor);
      }
      return appended;
    } finally {
      mutex.unlock();
    }
  }

  /**
   * Gives a drain to the executor (mutex held). Until it starts, a waiter does not wait for it but drains
   * itself; if the executor refuses it (or drops it), the waiters simply go on doing so.
   */
  private void schedule(Executor on) {
    taskQueued = true;
    try {
      on.execute(this::drainTask);
    } catch (RuntimeException e) {
      taskQueued = false;
      LOG.debug("{}: the executor refused the writer task; callers write on their own threads: {}", logName, e.toString());
    }
  }

  private void drainTask() {
    mutex.lock();
    try {
      taskQueued = false;
      if (running || failure != null || released) {
        return; // another thread drains (it will take what was appended), or nothing may be written
      }
      running = true;
      drain();
    } finally {
      mutex.unlock();
    }
  }

  /**
   * Returns once the record with this ticket, and every record before it, is on disk. When no other thread
   * is writing, the caller writes and syncs everything appended so far; otherwise it waits for that thread.
   *
   * @param ticket a ticket from {@link #append}
   * @throws StoreFileException if encoding, writing or syncing failed (then every later call fails too)
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
        if (running) {
          synced.awaitUninterruptibly();
        } else if (released) {
          throw error(-1, ticket - 1, "the store was closed before the record was written", null);
        } else {
          running = true;
          drain(); // also while closing: close() waits for this drain, then finds nothing left to write
        }
      }
    } finally {
      waiting--;
      mutex.unlock();
    }
  }

  /**
   * Writes every pending record and syncs when a waiter needs it (or the store is closing), until there is
   * nothing left to do. Called with the mutex held and {@link #running} set; returns with the mutex held and
   * {@code running} cleared. The mutex is released while encoding, writing and syncing, so writers go on
   * appending meanwhile; one drain runs at a time.
   *
   * <p>Records are written as they come, but synced only when someone waits: a writer's whole batch usually
   * goes out in one sync. Every frame carries the number of the first record since the last sync (its
   * batch), and records are written only after the previous sync returned, which recovery relies on (see
   * {@link Tail}). Before it syncs, the drain waits briefly for the writers the previous sync released: they
   * were all waiting during that sync, so none had appended yet, and a sync started at once would carry one
   * record and make the rest wait for the next. It waits until as many records are unsynced as writers were
   * released, or at most half the previous sync's duration (never more than {@value #MAX_GATHER_NANOS} ns);
   * a lone writer never waits.
   */
  private void drain() {
    boolean gathered = false;
    try {
      while (failure == null) {
        if (pending.size > 0) {
          writePending();
          if (failure != null || !syncWanted() || pending.size > 0 && writer.writeOffset - durableEnd < SYNC_AFTER_BYTES) {
            continue;
          }
        } else if (!syncWanted()) {
          return;
        }
        if (!gathered) {
          gathered = true;
          if (gather()) {
            continue; // more records came: write them too before the sync
          }
        }
        syncWritten();
        gathered = false;
      }
    } finally {
      running = false;
      synced.signalAll();
    }
  }

  /** Whether a sync is due (mutex held): records are written but not synced, and someone waits or closes. */
  private boolean syncWanted() {
    return writer.written > durable && (waiting > 0 || closed);
  }

  /** Encodes and writes the pending records (mutex held on entry and exit, released meanwhile). */
  private void writePending() {
    RecordQueue q = pending;
    pending = spareQueue;
    spareQueue = q; // emptied below, before the next drain step can swap again
    StoreFileException problem = null;
    long first = writer.written;
    mutex.unlock();
    try {
      writer.writeRecords(q, durable);
    } catch (StoreFileException e) {
      problem = e;
    } catch (IOException | RuntimeException e) {
      problem = error(writer.writeOffset, first, "writing records #" + first + " to #" + (first + q.size - 1)
          + " failed; the store accepts no more records: reopen it to recover", e);
    } finally {
      mutex.lock();
      q.clear();
      if (problem != null && failure == null) {
        failure = problem;
      }
    }
  }

  /** Syncs what is written (mutex held on entry and exit, released meanwhile) and releases its waiters. */
  private void syncWritten() {
    long first = durable;
    long target = writer.written;
    StoreFileException problem = null;
    mutex.unlock();
    long started = System.nanoTime(); // elapsed time only, to size the next gathering wait
    try {
      writer.force(false);
      if (writer.writeOffset - lastCheckpointEnd >= options.checkpointIntervalBytes() && !writer.writtenGroupOpen) {
        lastCheckpointEnd = writer.writeOffset;
        try {
          new Checkpoint(storeId, target, writer.lastFrameOffset, writer.writeOffset, writer.headHash.clone()).write(checkpointPath);
        } catch (IOException e) {
          // the records are durable; only the shortcut for the next open is missing, so the store goes on
          LOG.warn("{}: writing a checkpoint failed; the next open scans more of the log", checkpointPath, e);
        }
      }
    } catch (IOException | RuntimeException e) {
      problem = error(writer.writeOffset, first, "syncing records #" + first + " to #" + (target - 1)
          + " failed; the store accepts no more records: reopen it to recover", e);
    } finally {
      mutex.lock();
      syncs++;
      lastSyncNanos = System.nanoTime() - started;
      lastReleased = waiting;
      if (problem == null) {
        durableHead = writer.headHash.clone();
        durableEnd = writer.writeOffset;
        durable = target;
      } else if (failure == null) {
        failure = problem;
      }
      synced.signalAll();
    }
  }

  /**
   * Waits, mutex held, for the writers the last sync released to append again (see {@link #drain()});
   * returns whether records are pending afterwards.
   */
  private boolean gather() {
    int expected = lastReleased;
    if (expected <= 1 || closed) {
      return pending.size > 0;
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
    return pending.size > 0;
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
    LogReplay.replay(logPath, logName, durableEnd, allowedFlags, genesisHash, options.verifyChainOnReplay(), sink);
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
      while (running) {
        synced.awaitUninterruptibly();
      }
      if (failure == null && appended > durable) {
        running = true;
        drain(); // closed: syncs whatever it writes
      }
      released = true;
    } finally {
      mutex.unlock();
    }
    StoreFileException problem = null;
    if (failure == null) {
      try {
        if (writer.allocatedEnd > writer.writeOffset) {
          log.setLength(writer.writeOffset);
          writer.allocatedEnd = writer.writeOffset;
          writer.force(true);
        }
        if (writer.writtenGroupOpen) {
          LOG.warn("{}: closed inside an unfinished group of records; the next open cuts the group off", logName);
        } else if (writer.writeOffset > lastCheckpointEnd || !Files.exists(checkpointPath)) {
          new Checkpoint(storeId, durable, writer.lastFrameOffset, writer.writeOffset, writer.headHash.clone()).write(checkpointPath);
        }
      } catch (IOException e) {
        problem = error(writer.writeOffset, -1, "closing the log failed: " + e, e);
      }
    }
    Throwable closing = closeQuietly(problem);
    HeldLocks.release(directory.resolve(Format.LOCK_FILE)); // after the OS lock went with the closed file
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
    AutoCloseable[] all = {writer.syncChannel, log, lock, lockFile};
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

  @Override
  public String toString() {
    return "FileLedgerStore[" + directory + "]";
  }
}
