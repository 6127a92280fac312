package dev.backoffice.ledger.store.file;

import com.google.common.collect.ImmutableListMultimap;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.account.ImmutableAccount;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.ImmutableJournalLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.guard.GuardRecord;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.store.LedgerRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Encodes {@link LedgerRecord}s into frame payloads and back, format version 4 (the layout is in
 * {@code FORMAT.md}). Enum constants are written as fixed codes, never as ordinals, so that reordering an
 * enum cannot change what old files mean. Decoding rebuilds the values through their own factories, so a
 * decoded record passes the same validation as one built by the ledger. A decoder instance is not
 * thread-safe (it shares repeated strings such as account codes between the records it decodes).
 */
final class RecordCodec {
  static final int ENTRY_POSTED = 1;
  static final int ENTRY_RESERVED = 2;
  static final int RESERVATION_COMMITTED = 3;
  static final int RESERVATION_VOIDED = 4;
  static final int RESERVATION_EXPIRED = 5;
  static final int PERIOD_CHANGED = 6;
  static final int ACCOUNT_SAVED = 7;
  static final int ACCOUNT_DELETED = 8;
  /**
   * Format version 4: a guard's own record (budget control's budgets, revisions and commitments). 9 stays unassigned:
   * readers of versions 1 to 3 knew no type 9, and tools used it as their example of an unknown type.
   */
  static final int GUARD_RECORDED = 10;

  private static final int SHARED_STRINGS_LIMIT = 100_000;

  private final Map<String, String> shared = new HashMap<>();
  private final Map<Integer, CurrencyUnit> currencies = new HashMap<>();

  // ------------------------------------------------------------------------------------------------ encode

  /**
   * Writes the record's payload to the sink.
   *
   * @return the record type code for the frame header
   */
  static int encode(LedgerRecord record, ByteSink out) {
    if (record instanceof LedgerRecord.EntryPosted) {
      postedEntry(((LedgerRecord.EntryPosted) record).entry(), out);
      return ENTRY_POSTED;
    } else if (record instanceof LedgerRecord.EntryReserved) {
      postedEntry(((LedgerRecord.EntryReserved) record).entry(), out);
      return ENTRY_RESERVED;
    } else if (record instanceof LedgerRecord.ReservationCommitted) {
      postedEntry(((LedgerRecord.ReservationCommitted) record).entry(), out);
      return RESERVATION_COMMITTED;
    } else if (record instanceof LedgerRecord.ReservationVoided) {
      LedgerRecord.ReservationVoided r = (LedgerRecord.ReservationVoided) record;
      id(r.id(), out);
      instant(r.at(), out);
      return RESERVATION_VOIDED;
    } else if (record instanceof LedgerRecord.ReservationExpired) {
      LedgerRecord.ReservationExpired r = (LedgerRecord.ReservationExpired) record;
      id(r.id(), out);
      instant(r.at(), out);
      return RESERVATION_EXPIRED;
    } else if (record instanceof LedgerRecord.PeriodChanged) {
      periodChange(((LedgerRecord.PeriodChanged) record).change(), out);
      return PERIOD_CHANGED;
    } else if (record instanceof LedgerRecord.AccountSaved) {
      LedgerRecord.AccountSaved r = (LedgerRecord.AccountSaved) record;
      account(r.account(), out);
      instant(r.at(), out);
      return ACCOUNT_SAVED;
    } else if (record instanceof LedgerRecord.AccountDeleted) {
      LedgerRecord.AccountDeleted r = (LedgerRecord.AccountDeleted) record;
      str(r.code(), out);
      instant(r.at(), out);
      return ACCOUNT_DELETED;
    } else if (record instanceof LedgerRecord.GuardRecorded) {
      guardRecord(((LedgerRecord.GuardRecorded) record).record(), out);
      return GUARD_RECORDED;
    }
    throw new IllegalArgumentException("record type " + record.getClass().getName() + " has no code in format version "
        + Format.VERSION);
  }

  /** Format version 4: the envelope the ledger reads, then the owning guard's fields as they are. */
  private static void guardRecord(GuardRecord r, ByteSink out) {
    str(r.guard(), out);
    str(r.type(), out);
    instant(r.at(), out);
    out.varlong(r.fields().size());
    for (String f : r.fields()) {
      str(f, out);
    }
  }

  private static void postedEntry(PostedEntry p, ByteSink out) {
    id(p.id(), out);
    out.varlong(p.sequence());
    instant(p.recordedAt(), out);
    out.u8(statusCode(p.status()));
    out.u8(p.expiresAt().isPresent() ? 1 : 0);
    if (p.expiresAt().isPresent()) {
      instant(p.expiresAt().get(), out);
    }
    out.varlong(p.warnings().size());
    for (PostingWarning w : p.warnings()) {
      str(w.source(), out);
      str(w.message(), out);
    }
    journalEntry(p.entry(), out);
  }

  private static void journalEntry(JournalEntry e, ByteSink out) {
    int flags = (e.id().isPresent() ? 1 : 0) | (e.idempotencyKey().isPresent() ? 2 : 0)
        | (e.document().isPresent() ? 4 : 0) | (e.adjusting() ? 8 : 0) | (e.reversalOf().isPresent() ? 16 : 0)
        | (e.tags().isEmpty() ? 0 : 32);
    out.u8(flags);
    if (e.id().isPresent()) {
      id(e.id().get(), out);
    }
    if (e.idempotencyKey().isPresent()) {
      str(e.idempotencyKey().get().value(), out);
    }
    date(e.date(), out);
    if (e.document().isPresent()) {
      DocumentRef d = e.document().get();
      str(d.type(), out);
      str(d.number(), out);
      date(d.date(), out);
      out.u8(d.issuer().isPresent() ? 1 : 0);
      if (d.issuer().isPresent()) {
        str(d.issuer().get(), out);
      }
    }
    str(e.description(), out);
    out.varlong(e.lines().size());
    for (JournalLine l : e.lines()) {
      line(l, out);
    }
    if (e.reversalOf().isPresent()) {
      id(e.reversalOf().get(), out);
    }
    if (!e.tags().isEmpty()) {
      tags(e.tags(), out);
    }
  }

  /** Format version 3: a count, then each key and value (keys repeat for a key of several values). */
  private static void tags(Tags t, ByteSink out) {
    out.varlong(t.asMultimap().size());
    t.asMultimap().forEach((k, v) -> {
      str(k, out);
      str(v, out);
    });
  }

  /** True when a record carries tags, which only format version 3 on can hold. */
  static boolean hasTags(LedgerRecord record) {
    PostedEntry p;
    if (record instanceof LedgerRecord.EntryPosted) {
      p = ((LedgerRecord.EntryPosted) record).entry();
    } else if (record instanceof LedgerRecord.EntryReserved) {
      p = ((LedgerRecord.EntryReserved) record).entry();
    } else if (record instanceof LedgerRecord.ReservationCommitted) {
      p = ((LedgerRecord.ReservationCommitted) record).entry();
    } else {
      return false;
    }
    if (!p.entry().tags().isEmpty()) {
      return true;
    }
    for (JournalLine l : p.entry().lines()) {
      if (!l.tags().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static void line(JournalLine l, ByteSink out) {
    int flags = (l.side() == Side.CREDIT ? 1 : 0) | (l.cost().isPresent() ? 2 : 0) | (l.rate().isPresent() ? 4 : 0)
        | (l.dimensions().isEmpty() ? 0 : 8) | (l.memo().isPresent() ? 16 : 0) | (l.tags().isEmpty() ? 0 : 32);
    out.u8(flags);
    str(l.account(), out);
    money(l.amount(), out);
    if (l.cost().isPresent()) {
      money(l.cost().get(), out);
    }
    if (l.rate().isPresent()) {
      decimal(l.rate().get(), out);
    }
    if (!l.dimensions().isEmpty()) {
      out.varlong(l.dimensions().asMap().size());
      l.dimensions().asMap().forEach((d, v) -> {
        str(d.name(), out);
        str(v, out);
      });
    }
    if (l.memo().isPresent()) {
      str(l.memo().get(), out);
    }
    if (!l.tags().isEmpty()) {
      tags(l.tags(), out);
    }
  }

  private static void account(Account a, ByteSink out) {
    str(a.code(), out);
    str(a.name(), out);
    out.u8(typeCode(a.type()));
    out.u8(a.normalBalance() == Side.DEBIT ? 1 : 2);
    int flags = (a.parent().isPresent() ? 1 : 0) | (a.blocked() ? 2 : 0) | (a.leafOnly() ? 4 : 0)
        | (a.overdraftLimit().isPresent() ? 8 : 0);
    out.u8(flags);
    a.parent().ifPresent(p -> str(p, out));
    out.u8(constraintCode(a.constraint()));
    a.overdraftLimit().ifPresent(m -> money(m, out));
    out.varlong(a.allowedCurrencies().size());
    for (CurrencyUnit cu : a.allowedCurrencies()) {
      currency(cu, out);
    }
    out.varlong(a.requiredDimensions().size());
    for (Dimension d : a.requiredDimensions()) {
      str(d.name(), out);
    }
  }

  private static void periodChange(PeriodChange c, ByteSink out) {
    date(c.period().start(), out);
    date(c.period().end(), out);
    out.u8(periodCode(c.from()));
    out.u8(periodCode(c.to()));
    out.u8(c.reason().isPresent() ? 1 : 0);
    c.reason().ifPresent(r -> str(r, out));
    instant(c.at(), out);
  }

  /**
   * An entry id as {@link #str} writes its text; a number the ledger assigned, {@code E<n>}, is written from
   * the number, without building (and keeping, in the id) a string per entry.
   */
  static void id(EntryId id, ByteSink out) {
    long n = id.number();
    if (n < 1) {
      str(id.value(), out);
      return;
    }
    int digits = 1;
    for (long t = n; t >= 10; t /= 10) {
      digits++;
    }
    out.varlong(1 + digits);
    int at = out.skip(1 + digits);
    byte[] b = out.array();
    b[at] = 'E';
    for (int i = at + digits; i > at; i--) {
      b[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
  }

  /**
   * UTF-8, except that a surrogate without its partner (not text, but a Java string may hold one) is written
   * in its 3-byte form, as WTF-8 does, so that every string comes back unchanged.
   */
  static void str(String s, ByteSink out) {
    // one pass: room for the longest form (3 bytes per char, a pair's 4 bytes are under 6), the text written
    // after the room its length could need, then moved back if the length turned out shorter to write
    int n = s.length();
    int room = ByteSink.varlongSize(3L * n);
    int start = out.skip(room + 3 * n);
    byte[] b = out.array();
    int at = start + room;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[at++] = (byte) c;
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | c >> 6);
        b[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[at++] = (byte) (0xF0 | cp >> 18);
        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | cp & 0x3F);
      } else {
        b[at++] = (byte) (0xE0 | c >> 12);
        b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    int bytes = at - start - room;
    int lengthSize = ByteSink.varlongSize(bytes);
    if (lengthSize < room) {
      System.arraycopy(b, start + room, b, start + lengthSize, bytes);
    }
    out.truncate(start);
    out.varlong(bytes);
    out.truncate(start + lengthSize + bytes);
  }

  private static void date(LocalDate d, ByteSink out) {
    out.zigzag(d.toEpochDay());
  }

  private static void instant(Instant t, ByteSink out) {
    out.zigzag(t.getEpochSecond());
    out.varlong(t.getNano());
  }

  private static void currency(CurrencyUnit cu, ByteSink out) {
    String code = cu.getCode();
    out.u8(code.charAt(0));
    out.u8(code.charAt(1));
    out.u8(code.charAt(2));
  }

  private static void money(Money m, ByteSink out) {
    currency(m.getCurrencyUnit(), out);
    // Money always has its currency's scale, so the unscaled value alone is the amount
    unscaled(m.getAmount().unscaledValue(), out);
  }

  private static void decimal(BigDecimal d, ByteSink out) {
    out.zigzag(d.scale());
    unscaled(d.unscaledValue(), out);
  }

  /** Zig-zag varint; values that do not fit 63 bits are escaped with Long.MIN_VALUE then two's-complement bytes. */
  private static void unscaled(BigInteger v, ByteSink out) {
    if (v.bitLength() < 63) {
      out.zigzag(v.longValue());
    } else {
      out.zigzag(Long.MIN_VALUE);
      byte[] b = v.toByteArray();
      out.varlong(b.length);
      out.bytes(b, 0, b.length);
    }
  }

  static int statusCode(EntryStatus s) {
    switch (s) {
      case POSTED: return 1;
      case PENDING: return 2;
      case VOIDED: return 3;
      case EXPIRED: return 4;
      default: throw new IllegalArgumentException("entry status " + s + " has no code in format version " + Format.VERSION);
    }
  }

  static int typeCode(AccountType t) {
    switch (t) {
      case ASSET: return 1;
      case LIABILITY: return 2;
      case EQUITY: return 3;
      case REVENUE: return 4;
      case EXPENSE: return 5;
      case OFF_BALANCE: return 6;
      default: throw new IllegalArgumentException("account type " + t + " has no code in format version " + Format.VERSION);
    }
  }

  static int constraintCode(BalanceConstraint c) {
    switch (c) {
      case NONE: return 0;
      case DEBITS_MUST_NOT_EXCEED_CREDITS: return 1;
      case CREDITS_MUST_NOT_EXCEED_DEBITS: return 2;
      default: throw new IllegalArgumentException("balance constraint " + c + " has no code in format version "
          + Format.VERSION);
    }
  }

  static int periodCode(PeriodState s) {
    switch (s) {
      case OPEN: return 1;
      case SOFT_CLOSED: return 2;
      case CLOSED: return 3;
      default: throw new IllegalArgumentException("period state " + s + " has no code in format version " + Format.VERSION);
    }
  }

  // ------------------------------------------------------------------------------------------------ decode

  /**
   * Reads a payload back into a record.
   *
   * @throws IllegalArgumentException (or a value's own validation exception) when the bytes are not a valid
   *     record of this type
   */
  LedgerRecord decode(int type, byte[] b, int off, int len) {
    RecordSource in = new RecordSource(b, off, len, currencies);
    LedgerRecord r;
    switch (type) {
      case ENTRY_POSTED:
        r = new LedgerRecord.EntryPosted(postedEntry(in));
        break;
      case ENTRY_RESERVED:
        r = new LedgerRecord.EntryReserved(postedEntry(in));
        break;
      case RESERVATION_COMMITTED:
        r = new LedgerRecord.ReservationCommitted(postedEntry(in));
        break;
      case RESERVATION_VOIDED:
        r = new LedgerRecord.ReservationVoided(EntryId.of(in.str()), in.instant());
        break;
      case RESERVATION_EXPIRED:
        r = new LedgerRecord.ReservationExpired(EntryId.of(in.str()), in.instant());
        break;
      case PERIOD_CHANGED:
        r = new LedgerRecord.PeriodChanged(periodChange(in));
        break;
      case ACCOUNT_SAVED:
        r = new LedgerRecord.AccountSaved(account(in), in.instant());
        break;
      case ACCOUNT_DELETED:
        r = new LedgerRecord.AccountDeleted(sharedStr(in), in.instant());
        break;
      case GUARD_RECORDED:
        r = new LedgerRecord.GuardRecorded(guardRecord(in));
        break;
      default:
        throw new IllegalArgumentException("unknown record type " + type + " (written by a newer version?)");
    }
    if (in.pos != in.end) {
      throw new IllegalArgumentException((in.end - in.pos) + " unread bytes after a record of type " + type);
    }
    return r;
  }

  private GuardRecord guardRecord(RecordSource in) {
    String guard = sharedStr(in);
    String type = sharedStr(in);
    Instant at = in.instant();
    int n = in.count();
    List<String> fields = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      fields.add(in.str());
    }
    return GuardRecord.of(guard, type, at, fields);
  }

  private PostedEntry postedEntry(RecordSource in) {
    EntryId id = EntryId.of(in.str());
    long sequence = in.varlong();
    Instant recordedAt = in.instant();
    EntryStatus status = status(in.u8());
    int flags = in.flags(1);
    Optional<Instant> expiresAt = (flags & 1) != 0 ? Optional.of(in.instant()) : Optional.empty();
    int warnings = in.count();
    List<PostingWarning> ws = new ArrayList<>(warnings);
    for (int i = 0; i < warnings; i++) {
      ws.add(PostingWarning.of(sharedStr(in), in.str()));
    }
    return PostedEntry.of(id, sequence, recordedAt, journalEntry(in), status, expiresAt, ws);
  }

  private JournalEntry journalEntry(RecordSource in) {
    int flags = in.flags(63);
    ImmutableJournalEntry.Builder b = JournalEntry.builder();
    if ((flags & 1) != 0) {
      b.id(EntryId.of(in.str()));
    }
    if ((flags & 2) != 0) {
      b.idempotencyKey(IdempotencyKey.of(in.str()));
    }
    b.date(in.date());
    if ((flags & 4) != 0) {
      String type = sharedStr(in);
      String number = in.str();
      LocalDate date = in.date();
      int docFlags = in.flags(1);
      DocumentRef doc = (docFlags & 1) != 0
          ? DocumentRef.builder().type(type).number(number).date(date).issuer(sharedStr(in)).build()
          : DocumentRef.of(type, number, date);
      b.document(doc);
    }
    b.adjusting((flags & 8) != 0);
    b.description(in.str());
    int lines = in.count();
    List<JournalLine> ls = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      ls.add(line(in));
    }
    b.lines(ls);
    if ((flags & 16) != 0) {
      b.reversalOf(EntryId.of(in.str()));
    }
    if ((flags & 32) != 0) {
      b.tags(tags(in));
    }
    return b.build();
  }

  private Tags tags(RecordSource in) {
    int n = in.count();
    ImmutableListMultimap.Builder<String, String> m = ImmutableListMultimap.builder();
    for (int i = 0; i < n; i++) {
      m.put(sharedStr(in), in.str());
    }
    return Tags.of(m.build());
  }

  private JournalLine line(RecordSource in) {
    int flags = in.flags(63);
    ImmutableJournalLine.Builder b = JournalLine.builder()
        .side((flags & 1) != 0 ? Side.CREDIT : Side.DEBIT)
        .account(sharedStr(in))
        .amount(in.money());
    if ((flags & 2) != 0) {
      b.cost(in.money());
    }
    if ((flags & 4) != 0) {
      b.rate(in.decimal());
    }
    if ((flags & 8) != 0) {
      int n = in.count();
      TreeMap<Dimension, String> tags = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        tags.put(Dimension.of(sharedStr(in)), sharedStr(in));
      }
      b.dimensions(Dimensions.of(tags));
    }
    if ((flags & 16) != 0) {
      b.memo(in.str());
    }
    if ((flags & 32) != 0) {
      b.tags(tags(in));
    }
    return b.build();
  }

  private Account account(RecordSource in) {
    ImmutableAccount.Builder b = Account.builder().code(sharedStr(in)).name(in.str()).type(type(in.u8()));
    int side = in.u8();
    if (side != 1 && side != 2) {
      throw new IllegalArgumentException("normal balance code " + side + " is not 1 (debit) or 2 (credit)");
    }
    b.normalBalance(side == 1 ? Side.DEBIT : Side.CREDIT);
    int flags = in.flags(15);
    if ((flags & 1) != 0) {
      b.parent(sharedStr(in));
    }
    b.blocked((flags & 2) != 0).leafOnly((flags & 4) != 0);
    b.constraint(constraint(in.u8()));
    if ((flags & 8) != 0) {
      b.overdraftLimit(in.money());
    }
    int currencies = in.count();
    for (int i = 0; i < currencies; i++) {
      b.addAllowedCurrencies(in.currency());
    }
    int dims = in.count();
    for (int i = 0; i < dims; i++) {
      b.addRequiredDimensions(Dimension.of(sharedStr(in)));
    }
    return b.build();
  }

  private PeriodChange periodChange(RecordSource in) {
    AccountingPeriod period = AccountingPeriod.of(in.date(), in.date());
    PeriodState from = periodState(in.u8());
    PeriodState to = periodState(in.u8());
    int flags = in.flags(1);
    Optional<String> reason = (flags & 1) != 0 ? Optional.of(in.str()) : Optional.empty();
    return PeriodChange.of(period, from, to, reason, in.instant());
  }

  private String sharedStr(RecordSource in) {
    String s = in.str();
    if (shared.size() >= SHARED_STRINGS_LIMIT) {
      String known = shared.get(s);
      return known != null ? known : s;
    }
    return shared.computeIfAbsent(s, k -> k);
  }

  private static EntryStatus status(int code) {
    switch (code) {
      case 1: return EntryStatus.POSTED;
      case 2: return EntryStatus.PENDING;
      case 3: return EntryStatus.VOIDED;
      case 4: return EntryStatus.EXPIRED;
      default: throw new IllegalArgumentException("unknown entry status code " + code);
    }
  }

  private static AccountType type(int code) {
    switch (code) {
      case 1: return AccountType.ASSET;
      case 2: return AccountType.LIABILITY;
      case 3: return AccountType.EQUITY;
      case 4: return AccountType.REVENUE;
      case 5: return AccountType.EXPENSE;
      case 6: return AccountType.OFF_BALANCE;
      default: throw new IllegalArgumentException("unknown account type code " + code);
    }
  }

  private static BalanceConstraint constraint(int code) {
    switch (code) {
      case 0: return BalanceConstraint.NONE;
      case 1: return BalanceConstraint.DEBITS_MUST_NOT_EXCEED_CREDITS;
      case 2: return BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS;
      default: throw new IllegalArgumentException("unknown balance constraint code " + code);
    }
  }

  private static PeriodState periodState(int code) {
    switch (code) {
      case 1: return PeriodState.OPEN;
      case 2: return PeriodState.SOFT_CLOSED;
      case 3: return PeriodState.CLOSED;
      default: throw new IllegalArgumentException("unknown period state code " + code);
    }
  }
}
