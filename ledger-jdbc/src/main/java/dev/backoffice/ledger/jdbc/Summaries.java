package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.error.LedgerStoreException;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.SearchableLedgerStore.SummarySink;
import dev.backoffice.ledger.store.file.RecordBytes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a ledger reads when it opens on the database ({@link JdbcLedgerStore#summary}): the base currency check,
 * the day totals rebuilt once for a database migrated from schema version 1, and the summary itself read in one
 * snapshot — the records that are not about one entry and the open reservations (in record order), the day
 * totals, the journal's size. Owns no state.
 */
final class Summaries {
  private static final Logger LOG = LoggerFactory.getLogger(Summaries.class);
  /** The record kinds about one entry (the file encoding's type codes 1 … 5). */
  static final String ENTRY_KINDS = "(1, 2, 3, 4, 5)";

  private Summaries() {}

  /**
   * Under the head row's lock: records the base currency on first use or refuses another one, and rebuilds the
   * day totals and counters when they are behind the head. Returns nothing; the caller commits. Needed only when
   * {@link #read} says so, so that opening a ledger takes no lock once the database is set up.
   */
  static void prepare(Connection c, CurrencyUnit base) throws SQLException {
    String known;
    long last;
    long totalsSeq;
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT base_currency, last_seq, totals_seq FROM ledger_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      HeadRow.require(rs);
      known = rs.getString(1);
      last = rs.getLong(2);
      totalsSeq = rs.getLong(3);
    }
    if (known == null) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET base_currency = ? WHERE id = 1")) {
        ps.setString(1, base.getCode());
        ps.executeUpdate();
      }
    } else if (!known.trim().equals(base.getCode())) {
      throw new LedgerStoreException("the ledger's database keeps its books in " + known.trim() + " but this ledger's"
          + " base currency is " + base.getCode() + ": build the ledger with baseCurrency(" + known.trim() + ")");
    }
    if (totalsSeq < last) {
      rebuildTotals(c, last, base);
    }
  }

  /**
   * Rebuilds the day totals, the journal's size and the highest entry number from the records up to
   * {@code last} (a database migrated from version 1, whose month totals had no base value and no days).
   */
  static void rebuildTotals(Connection c, long last, CurrencyUnit base) throws SQLException {
    LOG.info("ledger database: building day totals from {} records (once, after the upgrade to schema 2)", last);
    RecordBytes reader = RecordBytes.reader();
    TreeMap<RecordWriter.TotalKey, long[]> totals = new TreeMap<>();
    long posted = 0;
    long maxNumber = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, body FROM ledger_record WHERE seq <= ? AND kind IN (1, 2, 3) ORDER BY seq")) {
      ps.setLong(1, last);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LedgerRecord r = EntryQueries.decode(reader, rs.getLong(1), rs.getBytes(2));
          PostedEntry p;
          if (r instanceof LedgerRecord.EntryReserved reserved) {
            maxNumber = Math.max(maxNumber, reserved.entry().id().number());
            continue;
          } else if (r instanceof LedgerRecord.EntryPosted e) {
            p = e.entry();
          } else {
            p = ((LedgerRecord.ReservationCommitted) r).entry();
          }
          maxNumber = Math.max(maxNumber, p.id().number());
          posted++;
          for (JournalLine l : p.lines()) {
            RecordWriter.addTotal(totals, l, p.date(), base);
          }
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM ledger_day_total");
    }
    RecordWriter.writeTotals(c, totals);
    try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET posted_count = ?, max_entry_number = ?,"
        + " totals_seq = ? WHERE id = 1")) {
      ps.setLong(1, posted);
      ps.setLong(2, maxNumber);
      ps.setLong(3, last);
      ps.executeUpdate();
    }
  }

  /**
   * Reads the summary in the connection's transaction (one snapshot: the caller runs it at REPEATABLE READ or
   * stricter), or returns null without reading it when the database first needs {@link #prepare}: no base currency
   * recorded yet, another one than {@code base}, or day totals behind the head. Nothing reaches a ledger until the
   * transaction ended: a retried read must not feed it twice.
   */
  static @Nullable Snapshot read(Connection c, CurrencyUnit base) throws SQLException {
    Snapshot out = new Snapshot();
    long last;
    long posted;
    long maxNumber;
    try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, posted_count, max_entry_number, totals_seq,"
            + " base_currency FROM ledger_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      HeadRow.require(rs);
      last = rs.getLong(1);
      posted = rs.getLong(2);
      maxNumber = rs.getLong(3);
      String known = rs.getString(5);
      if (rs.getLong(4) != last || known == null || !known.trim().equals(base.getCode())) {
        return null;
      }
    }
    // the records not about one entry and the open reservations, merged in record order
    List<Long> seqs = new ArrayList<>();
    List<byte[]> bodies = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, body FROM ledger_record WHERE kind NOT IN "
        + ENTRY_KINDS + " UNION ALL SELECT r.seq, r.body FROM ledger_entry e JOIN ledger_record r ON r.seq = e.body_seq"
        + " WHERE e.status = 'PENDING' ORDER BY 1")) {
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          seqs.add(rs.getLong(1));
          bodies.add(rs.getBytes(2));
        }
      }
    }
    RecordBytes reader = RecordBytes.reader();
    for (int i = 0; i < seqs.size(); i++) {
      out.records.add(EntryQueries.decode(reader, seqs.get(i), bodies.get(i)));
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT account, currency, day, debit_minor, credit_minor, base_minor,"
        + " line_count FROM ledger_day_total")) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        String lastCode = null;
        CurrencyUnit cu = null;
        while (rs.next()) {
          String code = rs.getString(2);
          if (!code.equals(lastCode)) {
            cu = CurrencyUnit.of(code);
            lastCode = code;
          }
          out.totals.add(new Total(rs.getString(1), cu, rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getLong(5),
              rs.getLong(6), rs.getLong(7)));
        }
      }
    }
    out.last = last;
    out.posted = posted;
    out.maxNumber = maxNumber;
    return out;
  }

  /** A summary as read: fed to the ledger once its transaction ended. */
  static final class Snapshot {
    final List<LedgerRecord> records = new ArrayList<>();
    final List<Total> totals = new ArrayList<>();
    long last;
    long posted;
    long maxNumber;

    void feed(SummarySink sink) {
      for (LedgerRecord r : records) {
        sink.record(r);
      }
      for (Total t : totals) {
        sink.totals(t.account, t.currency, t.day, t.debit, t.credit, t.base, t.lines);
      }
      sink.journal(posted, maxNumber);
    }
  }

  /** One row of the day totals. */
  record Total(String account, CurrencyUnit currency, LocalDate day, long debit, long credit, long base, long lines) {}
}
