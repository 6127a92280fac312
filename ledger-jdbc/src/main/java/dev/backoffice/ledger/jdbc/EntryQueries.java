package dev.backoffice.ledger.jdbc;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.io.BalanceRow;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.file.RecordBytes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads in SQL: the change feed's pages, balances from the day totals, and entry look-ups and searches for a ledger that keeps no entries in memory
 * ({@link dev.backoffice.ledger.store.SearchableLedgerStore}): each entry row names the record that holds its
 * content ({@code body_seq}); a voided or expired reservation is its reservation's content with that status.
 * Owns no state; every call is one short transaction of the store's.
 */
final class EntryQueries {
  private static final String SELECT = "SELECT e.status, r.seq, r.body FROM ledger_entry e"
      + " JOIN ledger_record r ON r.seq = e.body_seq";
  /** How many entries one page of {@link #journal} reads. */
  private static final int PAGE = 1000;

  private final Transactions tx;

  EntryQueries(Transactions tx) {
    this.tx = tx;
  }

  Optional<PostedEntry> byId(EntryId id) {
    return tx.inTransaction("looking up entry " + id, c -> one(c, SELECT + " WHERE e.entry_id = ?", id.value()));
  }

  Optional<PostedEntry> byKey(IdempotencyKey key) {
    return tx.inTransaction("looking up idempotency key " + key.value(),
        c -> one(c, SELECT + " WHERE e.idempotency_key = ?", key.value()));
  }

  Map<IdempotencyKey, PostedEntry> byKeys(Collection<IdempotencyKey> keys) {
    return tx.inTransaction("looking up " + keys.size() + " idempotency keys", c -> {
      Map<IdempotencyKey, PostedEntry> out = new HashMap<>();
      List<String> values = new ArrayList<>(keys.size());
      for (IdempotencyKey k : keys) {
        values.add(k.value());
      }
      Array array = c.createArrayOf("text", values.toArray());
      try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE e.idempotency_key = ANY (?)")) {
        ps.setArray(1, array);
        RecordBytes reader = RecordBytes.reader();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            PostedEntry p = entry(reader, rs);
            out.put(p.entry().idempotencyKey().orElseThrow(), p);
          }
        }
      } finally {
        array.free();
      }
      return out;
    });
  }

  Optional<EntryId> reversedBy(EntryId id) {
    return tx.inTransaction("looking up the reversal of entry " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT entry_id FROM ledger_entry WHERE reversal_of = ? AND status = 'POSTED'")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(EntryId.of(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  void scan(EntryStatus status, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Collection<String> accounts,
      Predicate<PostedEntry> visitor) {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE e.status = ?");
    if (from != null) {
      sql.append(" AND e.entry_date >= ?");
    }
    if (to != null) {
      sql.append(" AND e.entry_date <= ?");
    }
    if (accounts != null) {
      sql.append(" AND e.entry_id IN (SELECT l.entry_id FROM ledger_line l WHERE l.account = ANY (?)");
      if (from != null) {
        sql.append(" AND l.entry_date >= ?");
      }
      if (to != null) {
        sql.append(" AND l.entry_date <= ?");
      }
      sql.append(')');
    }
    sql.append(status == EntryStatus.POSTED ? " ORDER BY e.journal_seq" : " ORDER BY e.body_seq");
    tx.inTransaction("searching entries", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int i = 1;
        ps.setString(i++, status.name());
        if (from != null) {
          ps.setDate(i++, Date.valueOf(from));
        }
        if (to != null) {
          ps.setDate(i++, Date.valueOf(to));
        }
        if (accounts != null) {
          ps.setArray(i++, c.createArrayOf("text", accounts.toArray()));
          if (from != null) {
            ps.setDate(i++, Date.valueOf(from));
          }
          if (to != null) {
            ps.setDate(i++, Date.valueOf(to));
          }
        }
        ps.setFetchSize(PAGE);
        RecordBytes reader = RecordBytes.reader();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next() && visitor.test(entry(reader, rs))) {
            // the visitor decides whether to go on
          }
        }
      }
      return null;
    });
  }

  /** The posted entries in journal order, a page of {@value #PAGE} per transaction, read as the stream is. */
  Stream<PostedEntry> journal() {
    Iterator<PostedEntry> pages = new Iterator<>() {
      private List<PostedEntry> page = List.of();
      private int at;
      private long after;
      private boolean last;

      @Override
      public boolean hasNext() {
        if (at < page.size()) {
          return true;
        }
        if (last) {
          return false;
        }
        page = nextPage(after);
        at = 0;
        last = page.size() < PAGE;
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).sequence();
        }
        return !page.isEmpty();
      }

      @Override
      public PostedEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(at++);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private List<PostedEntry> nextPage(long afterSequence) {
    return tx.inTransaction("reading the journal after entry " + afterSequence, c -> {
      List<PostedEntry> out = new ArrayList<>(PAGE);
      try (PreparedStatement ps = c.prepareStatement(SELECT
          + " WHERE e.status = 'POSTED' AND e.journal_seq > ? ORDER BY e.journal_seq LIMIT " + PAGE)) {
        ps.setLong(1, afterSequence);
        RecordBytes reader = RecordBytes.reader();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(entry(reader, rs));
          }
        }
      }
      return out;
    });
  }

  /** The change feed's records after a sequence number, at most {@code max}. */
  ImmutableList<FeedRecord> records(long after, int max, int fetchSize, RecordBytes reader) {
    return tx.inTransaction("reading ledger records after " + after, c -> {
      ImmutableList.Builder<FeedRecord> out = ImmutableList.builderWithExpectedSize(Math.min(max, 4096));
      try (PreparedStatement ps =
          c.prepareStatement("SELECT seq, body FROM ledger_record WHERE seq > ? ORDER BY seq LIMIT ?")) {
        ps.setLong(1, after);
        ps.setInt(2, max);
        ps.setFetchSize(fetchSize);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            out.add(FeedRecord.of(seq, decode(reader, seq, rs.getBytes(2))));
          }
        }
      }
      return out.build();
    });
  }

  /** Every account's balance per currency from the day totals, up to a day (see {@link JdbcLedgerStore#balances}). */
  ImmutableList<BalanceRow> balances(@Nullable LocalDate asOf) {
    String sql = "SELECT account, currency, SUM(debit_minor - credit_minor) FROM ledger_day_total"
        + (asOf == null ? "" : " WHERE day <= ?") + " GROUP BY account, currency";
    List<BalanceRow> rows = tx.inTransaction("reading balances", c -> {
      List<BalanceRow> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (asOf != null) {
          ps.setDate(1, Date.valueOf(asOf));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long minor = rs.getLong(3);
            if (minor != 0) {
              out.add(BalanceRow.of(rs.getString(1), Money.ofMinor(CurrencyUnit.of(rs.getString(2)), minor)));
            }
          }
        }
      }
      return out;
    });
    rows.sort(Comparator.comparing(BalanceRow::account).thenComparing(r -> r.commodity().getCode()));
    return ImmutableList.copyOf(rows);
  }

  /** The records after {@code after} up to {@code last}, which must all be there, in order. */
  static List<LedgerRecord> range(Connection c, long after, long last) throws SQLException {
    RecordBytes reader = RecordBytes.reader();
    List<LedgerRecord> out = new ArrayList<>((int) Math.min(last - after, 1 << 16));
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, body FROM ledger_record WHERE seq > ? AND seq <= ?"
        + " ORDER BY seq")) {
      ps.setLong(1, after);
      ps.setLong(2, last);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        long expected = after + 1;
        while (rs.next()) {
          long seq = rs.getLong(1);
          if (seq != expected) {
            throw new LedgerStoreException("ledger record " + expected + " is missing from table ledger_record");
          }
          out.add(decode(reader, seq, rs.getBytes(2)));
          expected++;
        }
        if (expected != last + 1) {
          throw new LedgerStoreException("ledger records " + expected + ".." + last + " are missing from table ledger_record");
        }
      }
    }
    return out;
  }

  /** A record read from {@code ledger_record}; a body that cannot be read names its sequence number. */
  static LedgerRecord decode(RecordBytes reader, long seq, byte[] body) {
    try {
      return reader.decode(body);
    } catch (RuntimeException e) {
      throw new LedgerStoreException("ledger record " + seq + " in table ledger_record cannot be read: " + e.getMessage(), e);
    }
  }

  private static Optional<PostedEntry> one(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(entry(RecordBytes.reader(), rs)) : Optional.empty();
      }
    }
  }

  /** The entry of a row (status, record seq, record body) as the ledger would hold it. */
  private static PostedEntry entry(RecordBytes reader, ResultSet rs) throws SQLException {
    EntryStatus status = EntryStatus.valueOf(rs.getString(1));
    LedgerRecord r = decode(reader, rs.getLong(2), rs.getBytes(3));
    PostedEntry p;
    if (r instanceof LedgerRecord.EntryPosted e) {
      p = e.entry();
    } else if (r instanceof LedgerRecord.EntryReserved e) {
      p = e.entry();
    } else if (r instanceof LedgerRecord.ReservationCommitted e) {
      p = e.entry();
    } else {
      throw new LedgerStoreException("ledger record " + rs.getLong(2)
          + " named by table ledger_entry holds no entry");
    }
    if (status == EntryStatus.VOIDED || status == EntryStatus.EXPIRED) { // as the ledger releases a reservation
      return PostedEntry.of(p.id(), 0, p.recordedAt(), p.entry(), status, p.expiresAt(), p.warnings());
    }
    return p;
  }
}
