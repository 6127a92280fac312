package dev.backoffice.ledger.settlement;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Replays the postings on settlement accounts, in effective-date then journal order, into items.
 *
 * <p>Every posting on a settlement account falls on exactly one item (or, when it pays more than its document
 * owes, on that item and the counterparty's unapplied item), so per account and currency the items' open
 * amounts and base values add up to the ledger's balance and base value at every date.
 *
 * <p>Carried value: a posting on the item's own side adds its base value; a settlement carries off the share of
 * the carried value it settles ({@code carried × settled / open}, half up); the difference between that share
 * and the settlement's own base value is the realised exchange difference. A posting of a zero amount moves the
 * base value only: marked {@code fx: realised} it books a realised difference (the carried value stays),
 * otherwise it is a valuation (or its reversal) and moves the carried value too.
 */
final class ItemBook {
  /** A realised difference that a settlement gave rise to. */
  record Realised(ItemKey key, EntryId entry, LocalDate date, String reference, Money difference) {}

  private record DocKey(String account, String document, CurrencyUnit currency) {}

  private record Booking(ItemKey key, String entry) {}

  final SettlementPolicy policy;
  final CurrencyUnit base;
  final Money zeroBase;
  final Map<ItemKey, ItemState> items = new LinkedHashMap<>();
  final Map<String, List<ItemState>> byNumber = new HashMap<>();
  private final Map<DocKey, List<ItemKey>> byDocument = new HashMap<>();
  final List<Realised> realised = new ArrayList<>();
  private final Map<Booking, Money> booked = new HashMap<>();
  /** The {@code statement-line} tags of the entries replayed: the bank statement lines already posted. */
  final java.util.Set<String> statementLines = new java.util.HashSet<>();

  ItemBook(SettlementPolicy policy, CurrencyUnit base) {
    this.policy = policy;
    this.base = base;
    this.zeroBase = Money.zero(base);
  }

  /** Whether an entry has a posting on a settlement account. */
  boolean concerns(PostedEntry e) {
    for (JournalLine l : e.lines()) {
      if (policy.isSettlementAccount(l.account())) {
        return true;
      }
    }
    return false;
  }

  /** Applies one entry; entries must come in effective-date order (journal order within a date). */
  void apply(PostedEntry pe) {
    JournalEntry e = pe.entry();
    e.tags().first(SettlementTags.STATEMENT_LINE).ifPresent(statementLines::add);
    List<JournalLine> differences = null;
    for (JournalLine l : e.lines()) {
      if (!policy.isSettlementAccount(l.account())) {
        continue;
      }
      if (SettlementTags.REALISED.equals(SettlementTags.of(l, e, SettlementTags.FX).orElse(""))) {
        if (differences == null) {
          differences = new ArrayList<>(2);
        }
        differences.add(l); // after the settlements of the same entry, which they may book
      } else {
        post(pe, l);
      }
    }
    if (differences != null) {
      for (JournalLine l : differences) {
        bookDifference(pe, l);
      }
    }
  }

  /** The realised differences not yet booked, per item and settling entry, dated up to a day. */
  Map<Booking, Realised> pending(LocalDate upTo) {
    Map<Booking, Realised> sums = new LinkedHashMap<>();
    for (Realised r : realised) {
      if (!r.date().isAfter(upTo)) {
        sums.merge(new Booking(r.key(), r.entry().toString()), r,
            (a, b) -> new Realised(a.key(), a.entry(), a.date(), a.reference(), a.difference().plus(b.difference())));
      }
    }
    Map<Booking, Realised> open = new LinkedHashMap<>();
    for (Map.Entry<Booking, Realised> s : sums.entrySet()) {
      Money left = s.getValue().difference().minus(booked.getOrDefault(s.getKey(), zeroBase));
      if (!left.isZero()) {
        Realised r = s.getValue();
        open.put(s.getKey(), new Realised(r.key(), r.entry(), r.date(), r.reference(), left));
      }
    }
    return open;
  }

  private void post(PostedEntry pe, JournalLine l) {
    JournalEntry e = pe.entry();
    ItemState st = state(keyOf(l, e));
    Money s = signed(l.side(), l.amount());
    Money sb = signed(l.side(), l.baseValue(base).orElse(zeroBase));
    if (s.isZero()) {
      if (st.side == null) {
        st.side = sb.isNegative() ? Side.CREDIT : Side.DEBIT;
        st.date = e.date();
        st.due = e.date();
      }
      st.baseOpen = st.baseOpen.plus(sb);
      st.carried = st.carried.plus(sb);
      st.record(movement(pe, MovementKind.REVALUED, s, sb, zeroBase, st));
      return;
    }
    part(pe, l, st, s, sb, null);
  }

  /** One posting's amount (or the rest of it) on an item. */
  private void part(PostedEntry pe, JournalLine l, ItemState st, Money s, Money sb, MovementKind kind) {
    if (st.open.isZero() || st.open.isPositive() == s.isPositive()) {
      increase(pe, l, st, s, sb, kind);
      return;
    }
    if (s.abs().compareTo(st.open.abs()) <= 0) {
      settle(pe, st, s, sb);
      return;
    }
    // pays more than the item owes: settle it in full, the rest goes to the counterparty's unapplied item
    Money s1 = st.open.negated();
    Money sb1 = share(sb, s1, s);
    settle(pe, st, s1, sb1);
    ItemState rest = st.key.document().isEmpty() ? st : state(st.key.unapplied());
    part(pe, l, rest, s.minus(s1), sb.minus(sb1), rest == st ? null : MovementKind.OVERPAID);
  }

  private void increase(PostedEntry pe, JournalLine l, ItemState st, Money s, Money sb, MovementKind kind) {
    JournalEntry e = pe.entry();
    MovementKind k = MovementKind.INCREASED;
    boolean reopen = st.open.isZero() && st.key.document().isEmpty();
    if (st.side == null || reopen) {
      k = MovementKind.OPENED;
      st.side = s.isPositive() ? Side.DEBIT : Side.CREDIT;
      st.date = e.date();
      st.due = due(pe, l).orElse(e.date());
      if (st.snapshots.isEmpty()) {
        st.partnerName = SettlementTags.of(l, e, SettlementTags.PARTNER_NAME);
        st.iban = SettlementTags.of(l, e, SettlementTags.IBAN);
        st.splitPayment = l.tags().all(SettlementTags.PROC).contains("MPP") || e.tags().all(SettlementTags.PROC).contains("MPP");
        st.vat = vat(e, st.key.currency());
      }
    }
    st.amount = st.open.isZero() && reopen ? s : st.amount.plus(s);
    st.open = st.open.plus(s);
    st.baseOpen = st.baseOpen.plus(sb);
    st.carried = st.carried.plus(sb);
    st.record(movement(pe, kind == null ? k : kind, s, sb, zeroBase, st));
  }

  private void settle(PostedEntry pe, ItemState st, Money s, Money sb) {
    Money c = s.negated().equals(st.open) ? st.carried.negated() : share(st.carried, s, st.open);
    Money d = c.minus(sb);
    st.open = st.open.plus(s);
    st.baseOpen = st.baseOpen.plus(sb);
    st.carried = st.carried.plus(c);
    st.record(movement(pe, MovementKind.SETTLED, s, sb, d, st));
    if (!d.isZero()) {
      realised.add(new Realised(st.key, pe.id(), pe.date(), reference(pe), d));
    }
  }

  private void bookDifference(PostedEntry pe, JournalLine l) {
    JournalEntry e = pe.entry();
    ItemState st = state(keyOf(l, e));
    Money sb = signed(l.side(), l.baseValue(base).orElse(zeroBase));
    if (st.side == null) {
      st.side = sb.isNegative() ? Side.CREDIT : Side.DEBIT;
      st.date = e.date();
      st.due = e.date();
    }
    st.baseOpen = st.baseOpen.plus(sb);
    String by = SettlementTags.of(l, e, SettlementTags.SETTLED_BY).orElse(pe.id().toString());
    booked.merge(new Booking(st.key, by), sb, Money::plus);
    st.record(movement(pe, MovementKind.REALISED_DIFFERENCE, signed(l.side(), l.amount()), sb, zeroBase, st));
  }

  /** {@code value × part / whole}, half up to the value's minor unit. */
  private static Money share(Money value, Money part, Money whole) {
    BigDecimal v = value.getAmount().multiply(part.getAmount()).divide(whole.getAmount(),
        value.getCurrencyUnit().getDecimalPlaces(), RoundingMode.HALF_UP);
    return Money.of(value.getCurrencyUnit(), v);
  }

  private ItemKey keyOf(JournalLine l, JournalEntry e) {
    String partner = SettlementTags.of(l, e, SettlementTags.PARTNER).orElse("");
    String doc = SettlementTags.of(l, e, SettlementTags.DOC).orElse("");
    CurrencyUnit cu = l.amount().getCurrencyUnit();
    if (partner.isEmpty() && !doc.isEmpty()) {
      // a posting that names only the document settles that document's item, when one counterparty has it
      List<ItemKey> known = byDocument.get(new DocKey(l.account(), doc, cu));
      if (known != null && known.size() == 1) {
        return known.get(0);
      }
    }
    return new ItemKey(l.account(), partner, doc, cu);
  }

  private ItemState state(ItemKey key) {
    ItemState st = items.get(key);
    if (st == null) {
      st = new ItemState(key, zeroBase);
      items.put(key, st);
      if (!key.document().isEmpty()) {
        byDocument.computeIfAbsent(new DocKey(key.account(), key.document(), key.currency()), k -> new ArrayList<>(1))
            .add(key);
        byNumber.computeIfAbsent(key.document(), k -> new ArrayList<>(1)).add(st);
      }
    }
    return st;
  }

  private Optional<LocalDate> due(PostedEntry pe, JournalLine l) {
    Optional<String> due = SettlementTags.of(l, pe.entry(), SettlementTags.DUE);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(due.get()));
    } catch (DateTimeParseException e) {
      throw new ValidationException(pe.subject() + ", line on " + l.account(), "tag " + SettlementTags.DUE, due.get(),
          "must be a date YYYY-MM-DD");
    }
  }

  private static Optional<Money> vat(JournalEntry e, CurrencyUnit cu) {
    Money sum = null;
    for (JournalLine l : e.lines()) {
      if (l.tags().has(SettlementTags.VAT_RATE) && l.amount().getCurrencyUnit().equals(cu)) {
        sum = sum == null ? l.amount() : sum.plus(l.amount());
      }
    }
    return Optional.ofNullable(sum);
  }

  private static Money signed(Side side, Money m) {
    return side == Side.DEBIT ? m : m.negated();
  }

  private static String reference(PostedEntry pe) {
    return pe.entry().document().map(DocumentRef::number).orElse("");
  }

  private static Movement movement(PostedEntry pe, MovementKind kind, Money amount, Money base, Money difference,
      ItemState st) {
    return Movement.builder().entry(pe.id()).date(pe.date()).reference(reference(pe)).kind(kind).amount(amount)
        .base(base).difference(difference).openAfter(st.open).baseOpenAfter(st.baseOpen).build();
  }
}
