package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.file.RecordBytes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Writes records into the tables in the caller's transaction: each record into {@code ledger_record} under
 * its sequence number, what it changes into the derived tables (entries, lines, day totals, chart), and the
 * head (last sequence number, journal size, highest entry number). Statements are batched per table, so a
 * batch of records costs a handful of round trips.
 */
final class RecordWriter {
  private RecordWriter() {}

  /**
   * Writes the records with sequence numbers {@code firstSeq, firstSeq + 1, …} and moves the head past them
   * (the caller holds the head row's lock and read {@code firstSeq - 1} there).
   *
   * @param base the currency the day totals value lines in
   * @throws SQLException as the database reports it (a unique violation for a repeated idempotency key or id)
   */
  static void write(Connection c, List<LedgerRecord> records, long firstSeq, CurrencyUnit base) throws SQLException {
    TreeMap<TotalKey, long[]> totals = new TreeMap<>();
    long posted = 0;
    long maxNumber = 0;
    try (PreparedStatement rec = c.prepareStatement(
            "INSERT INTO ledger_record (seq, kind, entry_id, recorded_at, body) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement entry = c.prepareStatement("INSERT INTO ledger_entry (entry_id, idempotency_key, status,"
            + " journal_seq, entry_date, reversal_of, record_seq, body_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement status = c.prepareStatement(
            "UPDATE ledger_entry SET status = ?, journal_seq = COALESCE(?, journal_seq),"
                + " entry_date = COALESCE(?, entry_date), record_seq = ?, body_seq = COALESCE(?, body_seq)"
                + " WHERE entry_id = ?");
        PreparedStatement line = c.prepareStatement("INSERT INTO ledger_line (entry_id, line_no, account, currency,"
            + " side, amount_minor, entry_date) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement saveAccount = c.prepareStatement("INSERT INTO ledger_account (code, record_seq) VALUES (?, ?)"
            + " ON CONFLICT (code) DO UPDATE SET record_seq = EXCLUDED.record_seq");
        PreparedStatement deleteAccount = c.prepareStatement("DELETE FROM ledger_account WHERE code = ?")) {
      int entries = 0;
      int statuses = 0;
      int lines = 0;
      int saved = 0;
      int deleted = 0;
      long seq = firstSeq;
      for (LedgerRecord r : records) {
        byte[] body = RecordBytes.encode(r);
        int kind = body[0]; // the encoding's type code (1 entry posted … 8 account deleted, 10 guard recorded)
        rec.setLong(1, seq);
        rec.setInt(2, kind);
        EntryId id = entryIdOf(r);
        rec.setString(3, id == null ? null : id.value());
        rec.setTimestamp(4, Timestamp.from(recordedAt(r)));
        rec.setBytes(5, body);
        rec.addBatch();
        if (r instanceof LedgerRecord.EntryPosted || r instanceof LedgerRecord.EntryReserved) {
          PostedEntry p = r instanceof LedgerRecord.EntryPosted ? ((LedgerRecord.EntryPosted) r).entry()
              : ((LedgerRecord.EntryReserved) r).entry();
          boolean isPosted = r instanceof LedgerRecord.EntryPosted;
          entry.setString(1, p.id().value());
          entry.setString(2, p.entry().idempotencyKey().map(k -> k.value()).orElse(null));
          entry.setString(3, p.status().name());
          if (isPosted) {
            entry.setLong(4, p.sequence());
          } else {
            entry.setNull(4, java.sql.Types.BIGINT);
          }
          entry.setDate(5, Date.valueOf(p.entry().date()));
          entry.setString(6, p.entry().reversalOf().map(EntryId::value).orElse(null));
          entry.setLong(7, seq);
          entry.setLong(8, seq);
          entry.addBatch();
          entries++;
          maxNumber = Math.max(maxNumber, p.id().number());
          if (isPosted) {
            lines += addLines(line, p, totals, base);
            posted++;
          }
        } else if (r instanceof LedgerRecord.ReservationCommitted) {
          PostedEntry p = ((LedgerRecord.ReservationCommitted) r).entry();
          status.setString(1, p.status().name());
          status.setLong(2, p.sequence());
          status.setDate(3, Date.valueOf(p.entry().date()));
          status.setLong(4, seq);
          status.setLong(5, seq);
          status.setString(6, p.id().value());
          status.addBatch();
          statuses++;
          posted++;
          lines += addLines(line, p, totals, base);
        } else if (r instanceof LedgerRecord.ReservationVoided || r instanceof LedgerRecord.ReservationExpired) {
          boolean voided = r instanceof LedgerRecord.ReservationVoided;
          status.setString(1, voided ? "VOIDED" : "EXPIRED");
          status.setNull(2, java.sql.Types.BIGINT);
          status.setNull(3, java.sql.Types.DATE);
          status.setLong(4, seq);
          status.setNull(5, java.sql.Types.BIGINT);
          status.setString(6, java.util.Objects.requireNonNull(id).value());
          status.addBatch();
          statuses++;
        } else if (r instanceof LedgerRecord.AccountSaved) {
          saveAccount.setString(1, ((LedgerRecord.AccountSaved) r).account().code());
          saveAccount.setLong(2, seq);
          saveAccount.addBatch();
          saved++;
        } else if (r instanceof LedgerRecord.AccountDeleted) {
          deleteAccount.setString(1, ((LedgerRecord.AccountDeleted) r).code());
          deleteAccount.addBatch();
          deleted++;
        }
        seq++;
      }
      rec.executeBatch();
      if (entries > 0) {
        entry.executeBatch();
      }
      if (statuses > 0) {
        status.executeBatch();
      }
      if (lines > 0) {
        line.executeBatch();
      }
      if (saved > 0) {
        saveAccount.executeBatch();
      }
      if (deleted > 0) {
        deleteAccount.executeBatch();
      }
    }
    writeTotals(c, totals);
    moveHead(c, firstSeq - 1, firstSeq - 1 + records.size(), posted, maxNumber);
  }

  /**
   * Moves the head from {@code from} to {@code to} with the journal's size and highest entry number; the day
   * totals' mark moves with it while the totals are complete (they are not yet on a database migrated from
   * version 1: see {@link Summaries#rebuildTotals}).
   */
  static void moveHead(Connection c, long from, long to, long posted, long maxNumber) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET last_seq = ?,"
        + " posted_count = posted_count + ?, max_entry_number = GREATEST(max_entry_number, ?),"
        + " totals_seq = CASE WHEN totals_seq = ? THEN ? ELSE totals_seq END WHERE id = 1")) {
      ps.setLong(1, to);
      ps.setLong(2, posted);
      ps.setLong(3, maxNumber);
      ps.setLong(4, from);
      ps.setLong(5, to);
      ps.executeUpdate();
    }
  }

  private static int addLines(PreparedStatement line, PostedEntry p, Map<TotalKey, long[]> totals, CurrencyUnit base)
      throws SQLException {
    LocalDate date = p.entry().date();
    Date sqlDate = Date.valueOf(date);
    int n = 0;
    for (JournalLine l : p.entry().lines()) {
      long minor = l.amount().getAmountMinorLong();
      line.setString(1, p.id().value());
      line.setInt(2, n + 1);
      line.setString(3, l.account());
      line.setString(4, l.amount().getCurrencyUnit().getCode());
      line.setString(5, l.side() == Side.DEBIT ? "D" : "C");
      line.setLong(6, minor);
      line.setDate(7, sqlDate);
      line.addBatch();
      addTotal(totals, l, date, base);
      n++;
    }
    return n;
  }

  /** Adds a posted line to its account's, currency's and day's totals: {debit, credit, signed base value, lines}. */
  static void addTotal(Map<TotalKey, long[]> totals, JournalLine l, LocalDate date, CurrencyUnit base) {
    long minor = l.amount().getAmountMinorLong();
    long baseMinor = l.baseValue(base).map(Money::getAmountMinorLong).orElse(0L);
    long[] t = totals.computeIfAbsent(new TotalKey(l.account(), l.amount().getCurrencyUnit().getCode(), date),
        k -> new long[4]);
    if (l.side() == Side.DEBIT) {
      t[0] = Math.addExact(t[0], minor);
      t[2] = Math.addExact(t[2], baseMinor);
    } else {
      t[1] = Math.addExact(t[1], minor);
      t[2] = Math.subtractExact(t[2], baseMinor);
    }
    t[3]++;
  }

  /**
   * Adds the batch's totals to the day totals in one statement (the rows as arrays, unnested), in key order so two
   * writers never wait on each other in a cycle: one statement instead of one per row, which the server would
   * plan and execute row by row.
   */
  static void writeTotals(Connection c, TreeMap<TotalKey, long[]> totals) throws SQLException {
    if (totals.isEmpty()) {
      return;
    }
    int n = totals.size();
    String[] accounts = new String[n];
    String[] currencies = new String[n];
    String[] days = new String[n];
    Long[][] sums = new Long[4][n];
    int i = 0;
    for (Map.Entry<TotalKey, long[]> e : totals.entrySet()) {
      accounts[i] = e.getKey().account;
      currencies[i] = e.getKey().currency;
      days[i] = e.getKey().day.toString();
      for (int k = 0; k < 4; k++) {
        sums[k][i] = e.getValue()[k];
      }
      i++;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_day_total (account, currency, day,"
        + " debit_minor, credit_minor, base_minor, line_count)"
        + " SELECT t.a, t.c, CAST(t.d AS DATE), t.dr, t.cr, t.b, t.n FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]),"
        + " CAST(? AS TEXT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]))"
        + " AS t (a, c, d, dr, cr, b, n)"
        + " ON CONFLICT (account, currency, day) DO UPDATE SET"
        + " debit_minor = ledger_day_total.debit_minor + EXCLUDED.debit_minor,"
        + " credit_minor = ledger_day_total.credit_minor + EXCLUDED.credit_minor,"
        + " base_minor = ledger_day_total.base_minor + EXCLUDED.base_minor,"
        + " line_count = ledger_day_total.line_count + EXCLUDED.line_count")) {
      ps.setArray(1, c.createArrayOf("text", accounts));
      ps.setArray(2, c.createArrayOf("text", currencies));
      ps.setArray(3, c.createArrayOf("text", days));
      for (int k = 0; k < 4; k++) {
        ps.setArray(4 + k, c.createArrayOf("int8", sums[k]));
      }
      ps.executeUpdate();
    }
  }

  static @Nullable EntryId entryIdOf(LedgerRecord r) {
    if (r instanceof LedgerRecord.EntryPosted) {
      return ((LedgerRecord.EntryPosted) r).entry().id();
    } else if (r instanceof LedgerRecord.EntryReserved) {
      return ((LedgerRecord.EntryReserved) r).entry().id();
    } else if (r instanceof LedgerRecord.ReservationCommitted) {
      return ((LedgerRecord.ReservationCommitted) r).entry().id();
    } else if (r instanceof LedgerRecord.ReservationVoided) {
      return ((LedgerRecord.ReservationVoided) r).id();
    } else if (r instanceof LedgerRecord.ReservationExpired) {
      return ((LedgerRecord.ReservationExpired) r).id();
    }
    return null;
  }

  static Instant recordedAt(LedgerRecord r) {
    if (r instanceof LedgerRecord.EntryPosted) {
      return ((LedgerRecord.EntryPosted) r).entry().recordedAt();
    } else if (r instanceof LedgerRecord.EntryReserved) {
      return ((LedgerRecord.EntryReserved) r).entry().recordedAt();
    } else if (r instanceof LedgerRecord.ReservationCommitted) {
      return ((LedgerRecord.ReservationCommitted) r).entry().recordedAt();
    } else if (r instanceof LedgerRecord.ReservationVoided) {
      return ((LedgerRecord.ReservationVoided) r).at();
    } else if (r instanceof LedgerRecord.ReservationExpired) {
      return ((LedgerRecord.ReservationExpired) r).at();
    } else if (r instanceof LedgerRecord.PeriodChanged) {
      return ((LedgerRecord.PeriodChanged) r).change().at();
    } else if (r instanceof LedgerRecord.AccountSaved) {
      return ((LedgerRecord.AccountSaved) r).at();
    } else if (r instanceof LedgerRecord.GuardRecorded) { // kind 10: budget control's records, in ledger_record only
      return ((LedgerRecord.GuardRecorded) r).record().at();
    }
    return ((LedgerRecord.AccountDeleted) r).at();
  }

  /** A day-total row's key, ordered by account, currency, day. */
  static final class TotalKey implements Comparable<TotalKey> {
    final String account;
    final String currency;
    final LocalDate day;

    TotalKey(String account, String currency, LocalDate day) {
      this.account = account;
      this.currency = currency;
      this.day = day;
    }

    @Override
    public int compareTo(TotalKey o) {
      int c = account.compareTo(o.account);
      if (c == 0) {
        c = currency.compareTo(o.currency);
      }
      return c != 0 ? c : day.compareTo(o.day);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof TotalKey && compareTo((TotalKey) o) == 0;
    }

    @Override
    public int hashCode() {
      return (account.hashCode() * 31 + currency.hashCode()) * 31 + day.hashCode();
    }
  }
}
