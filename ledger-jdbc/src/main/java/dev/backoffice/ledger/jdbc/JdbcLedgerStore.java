package dev.backoffice.ledger.jdbc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.io.BalanceRow;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.SearchableLedgerStore;
import dev.backoffice.ledger.store.file.RecordBytes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LedgerStore} in a relational database reached through the caller's {@link DataSource}
 * (PostgreSQL; see {@link LedgerSchema} for the schema). Every record is written to {@code ledger_record}
 * under a global sequence number taken, in the same transaction, from the ledger's head row, which the
 * transaction locks ({@code SELECT … FOR UPDATE}): numbers have no gaps and follow commit order, which makes
 * {@link #recordsAfter} a resumable change feed. In the same transaction the store keeps the entry, line,
 * month-total and chart tables, so entries can be looked up and searched in SQL, and enforces idempotency
 * keys with a unique index.
 *
 * <p>Group commit: {@link #append} queues a record; {@link #awaitDurable} writes every queued record (of
 * complete groups) in one transaction, so concurrent writers share a commit. A record is acknowledged only
 * after its transaction committed. Serialization failures (SQLSTATE 40001, 40P01) are retried
 * ({@link JdbcStoreOptions#maxRetries}).
 *
 * <p>One writing ledger per database at a time: a write finds the head where this store left it, or it fails
 * with a {@link StaleLedgerException} (nothing is written, and the ledger refuses further changes until
 * reopened, which reads the other writer's records).
 *
 * <pre>{@code
 * try (JdbcLedgerStore store = JdbcLedgerStore.open(dataSource, JdbcStoreOptions.builder().migrate(true).build());
 *     Ledger ledger = Ledger.builder().store(store).chart(PolishChartOfAccounts.template()).build()) {
 *   ledger.post(entry);
 * }
 * }</pre>
 */
public final class JdbcLedgerStore implements SearchableLedgerStore {
  private final JdbcStoreOptions options;
  private final Transactions tx;
  private final EntryQueries entries;
  /** The currency the day totals value lines in: the database's, set by {@link #summary}. */
  private volatile CurrencyUnit base = CurrencyUnit.of("PLN");

  /** Guards the queue and tickets. */
  private final Object queueLock = new Object();
  /** Held by the one writer that writes the queue to the database; the others wait for it. */
  private final Object flushLock = new Object();
  private final ArrayDeque<LedgerRecord> queue = new ArrayDeque<>();
  /** The ticket of the last record appended. */
  private long appended;
  /** The ticket of the last record that ends a group: records up to it may be written. */
  private long complete;
  /** The ticket of the last record written and committed. */
  private long durable;
  /** The head's sequence number as this store last saw it (after a replay or its own commit). */
  private long knownSeq;
  private volatile boolean failed;
  /** The transaction that holds the head row's lock while writers are inside (between beginWrite and endWrite). */
  private @Nullable Connection current;
  /** How many writers are between {@link #beginWrite} and {@link #endWrite}. */
  private int inside;
  /** The caller's transaction this thread's next change joins, if any. */
  private final ThreadLocal<CallerTransaction> bound = new ThreadLocal<>();
  /** Why the last head transaction failed, for the writers that waited for it. */
  private @Nullable LedgerStoreException failure;
  private volatile boolean closed;

  private JdbcLedgerStore(DataSource dataSource, JdbcStoreOptions options) {
    this.options = options;
    this.tx = new Transactions(dataSource, options.isolation(), options.maxRetries());
    this.entries = new EntryQueries(tx);
  }

  /**
   * Opens the store on a database.
   *
   * @param dataSource the database; the store borrows a connection per transaction and returns it
   * @param options migration, isolation and retries
   * @return the store
   * @throws LedgerSchemaException if the schema is missing or older (and {@code migrate} is false), or newer
   *     than this code knows
   * @throws LedgerStoreException if the database cannot be reached or failed
   */
  public static JdbcLedgerStore open(DataSource dataSource, JdbcStoreOptions options) {
    Checks.notNull(dataSource, "dataSource");
    Checks.notNull(options, "options");
    if (options.migrate()) {
      LedgerSchema.migrate(dataSource);
    } else {
      LedgerSchema.requireCurrent(dataSource);
    }
    JdbcLedgerStore store = new JdbcLedgerStore(dataSource, options);
    store.knownSeq = store.lastSequence();
    return store;
  }

  /**
   * Opens the store with the {@linkplain JdbcStoreOptions#defaults() defaults} (no migration).
   *
   * @param dataSource the database
   * @return the store
   */
  public static JdbcLedgerStore open(DataSource dataSource) {
    return open(dataSource, JdbcStoreOptions.defaults());
  }

  @Override
  public long append(LedgerRecord record) {
    return append(record, false);
  }

  @Override
  public long append(LedgerRecord record, boolean groupContinues) {
    Checks.notNull(record, "record");
    ensureOpen();
    CallerTransaction b = bound.get();
    if (b != null) {
      b.records.add(record);
      return 0; // nothing of this store's to wait for: the caller commits
    }
    synchronized (queueLock) {
      queue.addLast(record);
      appended++;
      if (!groupContinues) {
        complete = appended;
      }
      return appended;
    }
  }

  @Override
  public void awaitDurable(long ticket) {
    synchronized (flushLock) {
      List<LedgerRecord> batch;
      long upTo;
      synchronized (queueLock) {
        if (ticket <= durable) {
          return;
        }
        ensureOpen();
        upTo = complete;
        Checks.check(ticket <= upTo, "ticket", ticket, "must be a ticket of a complete group (last " + upTo + ")");
        batch = new ArrayList<>((int) (upTo - durable));
        java.util.Iterator<LedgerRecord> it = queue.iterator();
        for (long t = durable; t < upTo; t++) {
          batch.add(it.next());
        }
      }
      try {
        writeBatch(batch);
      } catch (RuntimeException e) {
        failed = true;
        throw e;
      }
      synchronized (queueLock) {
        for (int i = 0; i < batch.size(); i++) {
          queue.removeFirst();
        }
        durable = upTo;
      }
    }
  }

  // ---------------------------------------------------------------------------------- several writers

  /**
   * Opens (or joins) the transaction that holds the head row's lock, and feeds {@code missed} the records
   * other writers committed since this store last read: the ledger applies them, then checks its change
   * against the state they leave. Until {@link #endWrite} commits, no other writer can commit a record.
   */
  @Override
  public void beginWrite(Consumer<LedgerRecord> missed) {
    Checks.notNull(missed, "missed");
    CallerTransaction b = bound.get();
    if (b != null) {
      beginInCallersTransaction(b, missed);
      return;
    }
    synchronized (queueLock) {
      ensureOpen();
      if (current == null) {
        openHeadTransaction(missed);
      }
      inside++;
    }
  }

  private void openHeadTransaction(Consumer<LedgerRecord> missed) {
    for (int attempt = 0; ; attempt++) {
      Connection c = null;
      try {
        c = tx.dataSource().getConnection();
        tx.begin(c);
        long last = lockHead(c);
        List<LedgerRecord> records = missedUpTo(c, last);
        current = c;
        c = null;
        for (LedgerRecord r : records) {
          missed.accept(r);
        }
        knownSeq = last;
        return;
      } catch (SQLException e) {
        closeQuietly(c, e);
        if (SqlFailures.retryable(e) && attempt < options.maxRetries()) {
          // at SERIALIZABLE PostgreSQL aborts every writer that waited for the head while another committed:
          // back off for a random while, longer with each attempt, so the writers take turns
          Transactions.backOff(attempt);
          continue;
        }
        throw SqlFailures.wrap("locking the ledger head", e);
      } catch (RuntimeException e) {
        closeQuietly(c, e);
        throw e;
      }
    }
  }

  /**
   * Commits the change's records when it is the last writer inside the head transaction (a group commit: the
   * records of every writer that joined go in one commit), else waits until that writer committed them.
   */
  @Override
  public void endWrite(long ticket) {
    CallerTransaction b = bound.get();
    if (b != null) {
      endInCallersTransaction(b);
      return;
    }
    boolean classic;
    synchronized (queueLock) {
      classic = inside == 0;
    }
    if (classic) {
      if (ticket > 0) {
        awaitDurable(ticket); // a ledger that does not call beginWrite: one writer, the classic path
      }
      return;
    }
    synchronized (queueLock) {
      inside--;
      if (inside == 0 && current != null) {
        commitHeadTransaction();
      } else {
        while (durable < ticket && failure == null) {
          try {
            queueLock.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerStoreException("interrupted while waiting for the ledger's commit", e);
          }
        }
      }
      if (durable < ticket) {
        throw new LedgerStoreException("the transaction that held this change failed; reopen the ledger", failure);
      }
    }
  }

  // ------------------------------------------------------------------------------ the caller's transaction

  /**
   * Makes one ledger change inside a database transaction the caller owns. The change {@code change} makes on
   * this thread — one post, batch, reservation … through a ledger on this store — is checked against everything
   * committed, written on the caller's connection and not applied to the ledger's memory: it is in the database
   * exactly when the caller commits, and in a ledger's memory when that ledger next writes or
   * {@code refresh()}es. A rollback leaves nothing in the database and nothing in any ledger's memory. A change
   * the ledger refuses (a broken constraint) writes nothing, and the caller may go on with its transaction.
   *
   * <p>From the change until the caller commits or rolls back, the caller's transaction holds the ledger's head
   * row: other writers of the database wait. Commit promptly, and make no other ledger change on this database
   * in between (it would wait for the caller's own lock). One change per call: a second change in the same call
   * is refused, since each is checked against committed records only.
   *
   * <pre>{@code
   * connection.setAutoCommit(false);
   * insertOrder(connection, order);
   * PostedEntry posted = store.joining(connection, () -> ledger.post(entry));
   * connection.commit();
   * }</pre>
   *
   * @param connection the caller's connection, not in auto-commit mode
   * @param change makes the change through a ledger on this store
   * @param <T> what the change returns
   * @return what the change returned
   * @throws LedgerStoreException if the connection is in auto-commit mode, this thread is already joined, or
   *     writing on the connection failed (then roll the caller's transaction back)
   */
  public <T> T joining(Connection connection, Supplier<T> change) {
    Checks.notNull(change, "change");
    CallerTransaction b = join(connection);
    try {
      return change.get();
    } finally {
      b.close();
    }
  }

  private CallerTransaction join(Connection connection) {
    Checks.notNull(connection, "connection");
    ensureOpen();
    try {
      if (connection.getAutoCommit()) {
        throw new LedgerStoreException("the caller's connection is in auto-commit mode: a ledger change cannot join a"
            + " transaction there; call setAutoCommit(false) first");
      }
    } catch (SQLException e) {
      throw SqlFailures.wrap("reading the caller's connection", e);
    }
    if (bound.get() != null) {
      throw new LedgerStoreException("this thread is already joined to a caller's transaction");
    }
    CallerTransaction b = new CallerTransaction(this, connection);
    bound.set(b);
    return b;
  }

  void unbind(CallerTransaction b) {
    if (bound.get() == b) {
      bound.remove();
    }
  }

  @Override
  public boolean defersApply() {
    return bound.get() != null;
  }

  private void beginInCallersTransaction(CallerTransaction b, Consumer<LedgerRecord> missed) {
    if (b.used) {
      throw new LedgerStoreException("a caller's transaction takes one ledger change per joining(): each change is checked"
          + " against committed records only, so a second one could not see the first; join again after commit");
    }
    b.used = true;
    try {
      long last = lockHead(b.connection); // waits for other writers outside this store's monitor
      synchronized (queueLock) {
        ensureOpen();
        List<LedgerRecord> records = missedUpTo(b.connection, last);
        for (LedgerRecord r : records) {
          missed.accept(r);
        }
        knownSeq = last;
        b.head = last;
      }
    } catch (SQLException e) {
      throw SqlFailures.wrap("locking the ledger head in the caller's transaction", e);
    }
  }

  /** Writes the change's records on the caller's connection, without committing: the caller commits. */
  private void endInCallersTransaction(CallerTransaction b) {
    if (b.records.isEmpty()) {
      return;
    }
    List<LedgerRecord> records = new ArrayList<>(b.records);
    b.records.clear();
    try {
      RecordWriter.write(b.connection, records, b.head + 1, base);
    } catch (SQLException e) {
      if (SqlFailures.uniqueViolation(e)) {
        throw new LedgerStoreException("an entry id or idempotency key of this change is already in the database;"
            + " roll the caller's transaction back: " + e.getMessage(), e);
      }
      throw SqlFailures.wrap("writing the ledger change in the caller's transaction", e);
    }
  }

  /** Under {@code queueLock}, with no writer inside: writes the queue, moves the head, commits. */
  private void commitHeadTransaction() {
    Connection c = current;
    current = null;
    try {
      long n = appended - durable;
      if (n == 0) {
        c.rollback(); // nothing to write: release the head's lock
      } else {
        List<LedgerRecord> batch = new ArrayList<>(queue);
        try {
          RecordWriter.write(c, batch, knownSeq + 1, base);
        } catch (SQLException e) {
          if (SqlFailures.uniqueViolation(e)) {
            throw new LedgerStoreException("an entry id or idempotency key of these records is already in the database;"
                + " nothing was written: " + e.getMessage(), e);
          }
          throw e;
        }
        c.commit();
        queue.clear();
        knownSeq += n;
        durable = appended;
        complete = appended;
      }
    } catch (SQLException | RuntimeException e) {
      failed = true;
      LedgerStoreException wrapped = e instanceof LedgerStoreException ? (LedgerStoreException) e
          : e instanceof SQLException ? SqlFailures.wrap("committing the ledger's records", (SQLException) e)
          : new LedgerStoreException("committing the ledger's records failed", e);
      failure = wrapped;
      Transactions.rollbackQuietly(c, wrapped);
      throw wrapped;
    } finally {
      closeQuietly(c, null);
      queueLock.notifyAll();
    }
  }

  /**
   * Feeds {@code missed} the records other writers committed since this store last read (without locking
   * anything): what a reader calls to see them. Does nothing while this store holds the head.
   */
  @Override
  public void catchUp(Consumer<LedgerRecord> missed) {
    Checks.notNull(missed, "missed");
    synchronized (queueLock) {
      ensureOpen();
      if (current != null || appended != durable) {
        return;
      }
      long from = knownSeq;
      List<FeedRecord> records = new ArrayList<>();
      while (true) {
        ImmutableList<FeedRecord> page = read(from, options.fetchSize(), RecordBytes.reader());
        records.addAll(page);
        if (page.size() < options.fetchSize()) {
          break;
        }
        from = page.get(page.size() - 1).seq();
      }
      for (FeedRecord r : records) {
        missed.accept(r.record());
        knownSeq = r.seq();
      }
    }
  }

  /** The records after this store's last one up to the head's {@code last}, read on a connection holding the head. */
  private List<LedgerRecord> missedUpTo(Connection c, long last) throws SQLException {
    if (last < knownSeq) {
      throw new LedgerStoreException("the ledger's database is at record " + last + " but this ledger has read "
          + knownSeq + ": the database was replaced or rolled back; reopen the ledger");
    }
    return last == knownSeq ? List.of() : EntryQueries.range(c, knownSeq, last);
  }

  private static void closeQuietly(@Nullable Connection c, @Nullable Throwable cause) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
    }
  }

  // ------------------------------------------------------------------------------------------ one writer

  private void writeBatch(List<LedgerRecord> batch) {
    long expected = knownSeq;
    tx.inTransaction("writing " + batch.size() + " ledger records", c -> {
      long last = lockHead(c);
      if (last != expected) {
        throw new StaleLedgerException(expected, last);
      }
      try {
        RecordWriter.write(c, batch, last + 1, base);
      } catch (SQLException e) {
        if (SqlFailures.uniqueViolation(e)) {
          throw new LedgerStoreException("an entry id or idempotency key of these records is already in the database"
              + " (written by another instance); nothing was written: " + e.getMessage(), e);
        }
        throw e;
      }
      return null;
    });
    knownSeq = expected + batch.size();
  }

  /** Locks the head row and returns the last sequence number. */
  static long lockHead(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM ledger_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      HeadRow.require(rs);
      return rs.getLong(1);
    }
  }

  @Override
  public void replay(Consumer<LedgerRecord> sink) {
    Checks.notNull(sink, "sink");
    ensureOpen();
    RecordBytes reader = RecordBytes.reader();
    long after = 0;
    while (true) {
      ImmutableList<FeedRecord> page = read(after, options.fetchSize(), reader);
      for (FeedRecord r : page) {
        sink.accept(r.record());
      }
      if (page.size() < options.fetchSize()) {
        synchronized (queueLock) {
          if (appended == durable) {
            knownSeq = page.isEmpty() ? after : page.get(page.size() - 1).seq();
          }
        }
        return;
      }
      after = page.get(page.size() - 1).seq();
    }
  }

  // --------------------------------------------------------------------------- the ledger's summary and look-ups

  /**
   * Reads the summary a ledger opens from, in one snapshot (REPEATABLE READ): the records that are not about one
   * entry, the open reservations, the day totals and the journal's size; once for a database migrated from
   * schema version 1, first rebuilds the day totals from its records. Forgets records of a write that failed,
   * so that a ledger can rebuild itself after a failed commit; refused while a change is being written.
   */
  @Override
  public void summary(CurrencyUnit baseCurrency, SummarySink sink) {
    Checks.notNull(baseCurrency, "baseCurrency");
    Checks.notNull(sink, "sink");
    synchronized (queueLock) {
      ensureNotClosed();
      if (inside > 0 || current != null) {
        throw new LedgerStoreException("a change is still being written to the ledger's database; open the ledger"
            + " again once it ended");
      }
      queue.clear(); // records of a write that failed: not in the database, and the ledger reloads without them
      complete = appended;
      durable = appended;
      failure = null;
      failed = false;
      Summaries.Snapshot snapshot = tx.inSnapshot("reading the ledger's summary", c -> Summaries.read(c, baseCurrency));
      if (snapshot == null) { // first open, another base currency, or totals to rebuild: under the head's lock
        tx.inTransaction("preparing the ledger's summary", c -> {
          Summaries.prepare(c, baseCurrency);
          return null;
        });
        snapshot = tx.inSnapshot("reading the ledger's summary", c -> Summaries.read(c, baseCurrency));
        if (snapshot == null) {
          throw new LedgerStoreException("the ledger database's head changed its base currency or fell behind its"
              + " day totals while this ledger opened; open it again");
        }
      }
      base = baseCurrency;
      snapshot.feed(sink);
      knownSeq = snapshot.last;
    }
  }

  @Override
  public Optional<PostedEntry> entry(EntryId id) {
    Checks.notNull(id, "id");
    ensureNotClosed();
    return entries.byId(id);
  }

  @Override
  public Optional<PostedEntry> entryByKey(IdempotencyKey key) {
    Checks.notNull(key, "key");
    ensureNotClosed();
    return entries.byKey(key);
  }

  @Override
  public Map<IdempotencyKey, PostedEntry> entriesByKeys(Collection<IdempotencyKey> keys) {
    Checks.notNull(keys, "keys");
    ensureNotClosed();
    return keys.isEmpty() ? Map.of() : entries.byKeys(keys);
  }

  @Override
  public Optional<EntryId> reversedBy(EntryId id) {
    Checks.notNull(id, "id");
    ensureNotClosed();
    return entries.reversedBy(id);
  }

  @Override
  public void scan(EntryStatus status, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable Collection<String> accounts, Predicate<PostedEntry> visitor) {
    Checks.notNull(status, "status");
    Checks.notNull(visitor, "visitor");
    ensureNotClosed();
    entries.scan(status, from, to, accounts, visitor);
  }

  @Override
  public Stream<PostedEntry> journal() {
    ensureNotClosed();
    return entries.journal();
  }

  /**
   * The change feed: the records after sequence number {@code seq}, oldest first, at most {@code max}. A
   * consumer starts at 0 and passes the last number it handled; records are never renumbered or removed.
   *
   * @param seq the last sequence number already handled (0 for the start)
   * @param max the most records to return, 1 to 100,000
   * @return the records, fewer than {@code max} (or none) when the feed has no more
   * @throws LedgerStoreException if the database failed or a record cannot be read
   */
  public ImmutableList<FeedRecord> recordsAfter(long seq, int max) {
    Checks.check(seq >= 0, "seq", seq, "must not be negative");
    Checks.check(max >= 1 && max <= 100_000, "max", max, "must be between 1 and 100,000");
    return read(seq, max, RecordBytes.reader());
  }

  private ImmutableList<FeedRecord> read(long after, int max, RecordBytes reader) {
    return entries.records(after, max, Math.min(max, options.fetchSize()), reader);
  }

  /**
   * The sequence number of the last committed record (0 for an empty ledger).
   *
   * @return the head's sequence number
   */
  public long lastSequence() {
    return tx.inTransaction("reading the ledger head", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM ledger_head WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        HeadRow.require(rs);
        return rs.getLong(1);
      }
    });
  }

  /**
   * The balance of every account and currency from the database's day totals, without reading the journal. One row per
   * account and currency with a non-zero balance, the account's own postings only, sorted by account then
   * currency code, positive for a debit balance (the rows {@link dev.backoffice.ledger.io.JournalBalances}
   * gives for a journal file).
   *
   * @param asOf the last day counted, or null for every posted entry
   * @return the rows
   * @throws LedgerStoreException if the database failed
   */
  public ImmutableList<BalanceRow> balances(@Nullable LocalDate asOf) {
    ensureNotClosed();
    return entries.balances(asOf);
  }

  /** The options the store was opened with. */
  public JdbcStoreOptions options() {
    return options;
  }

  /** Refuses a closed store; what reads need (a failed write does not stop look-ups). */
  private void ensureNotClosed() {
    if (closed) {
      throw new LedgerStoreException("the JDBC ledger store is closed");
    }
  }

  private void ensureOpen() {
    ensureNotClosed();
    if (failed) {
      throw new LedgerStoreException("an earlier write to the ledger's database failed; reopen the ledger");
    }
  }

  /** Marks the store closed; the data source stays the caller's to close. */
  @Override
  public void close() {
    closed = true;
  }
}
