package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import dev.backoffice.ledger.interest.LatePaymentInterest;
import dev.backoffice.ledger.query.LedgerView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Settlements (rozrachunki) of a ledger: the open items of every counterparty and document, read from the
 * postings on settlement accounts (see {@link SettlementPolicy}) that the ledger held when this snapshot was
 * taken, and correct as of any date.
 *
 * <p>How postings become items (postings name counterparty and document with tags, see {@link SettlementTags}):
 * <ul>
 *   <li>a posting naming a {@code partner} and a {@code doc} opens the item of that document, or adds to or
 *       settles it; a posting naming only the {@code doc} falls on the item of the one counterparty with that
 *       document on the account;
 *   <li>one payment for several documents is one posting per document (each with its {@code doc});
 *   <li>a posting naming a partner but no document falls on the partner's unapplied item, and so does the part
 *       of a payment beyond what its document owed (an over-payment);
 *   <li>compensation (kompensata) is an entry debiting the payable and crediting the receivable of one
 *       counterparty, each posting naming its document ({@link #compensation});
 *   <li>a posting naming neither falls on the account's untagged item, so that items always add up to the
 *       account's balance.
 * </ul>
 *
 * <p>Take a new snapshot after posting to see the new entries. Entries dated earlier than ones already replayed
 * are fine: the snapshot replays in effective-date order.
 *
 * <pre>{@code
 * Settlements s = Settlements.of(ledger);
 * for (OpenItem i : s.openItems(LocalDate.of(2025, 1, 31))) { ... }
 * s.realisedDifferences(LocalDate.of(2025, 1, 31)).forEach(ledger::post);
 * }</pre>
 */
public final class Settlements {
  private static final Comparator<OpenItem> ORDER = Comparator.comparing(OpenItem::account)
      .thenComparing(OpenItem::partner).thenComparing(OpenItem::due).thenComparing(OpenItem::document)
      .thenComparing(i -> i.currency().getCode());

  private final ItemBook book;

  private Settlements(ItemBook book) {
    this.book = book;
  }

  /**
   * The settlements of a ledger with the standard policy.
   *
   * @param ledger the ledger (read on one consistent snapshot)
   * @return the settlements
   */
  public static Settlements of(LedgerView ledger) {
    return of(ledger, SettlementPolicy.standard());
  }

  /**
   * The settlements of a ledger.
   *
   * @param ledger the ledger (read on one consistent snapshot)
   * @param policy which accounts are settlements
   * @return the settlements
   * @throws ValidationException when a posting's {@code due} tag is not a date
   */
  public static Settlements of(LedgerView ledger, SettlementPolicy policy) {
    Checks.notNull(ledger, "ledger");
    Checks.notNull(policy, "policy");
    return ledger.read(v -> {
      ItemBook b = new ItemBook(policy, v.baseCurrency());
      List<PostedEntry> entries = new ArrayList<>();
      v.journal().filter(b::concerns).forEach(entries::add);
      entries.sort(Comparator.comparing(PostedEntry::date)); // stable: journal order within a date
      entries.forEach(b::apply);
      return new Settlements(b);
    });
  }

  /** The policy the snapshot was read with. */
  public SettlementPolicy policy() {
    return book.policy;
  }

  /** The ledger's base currency. */
  public CurrencyUnit baseCurrency() {
    return book.base;
  }

  /**
   * Whether an entry tagged with a bank statement line's identity was posted (see {@link BankPostings}).
   *
   * @param statementLine the {@code statement-line} tag's value
   * @return true when the snapshot has such an entry
   */
  public boolean isPosted(String statementLine) {
    return book.statementLines.contains(statementLine);
  }

  /**
   * The items a query asks for, sorted by account, partner, due date, document and currency.
   *
   * @param query the date and filters
   * @return the items as of the query's date
   */
  public ImmutableList<OpenItem> items(ItemQuery query) {
    List<OpenItem> out = unsorted(query);
    out.sort(ORDER);
    return ImmutableList.copyOf(out);
  }

  /** The items of a query in replay order (matching indexes them and needs no order). */
  List<OpenItem> unsorted(ItemQuery query) {
    Checks.notNull(query, "query");
    List<OpenItem> out = new ArrayList<>();
    for (ItemState st : book.items.values()) {
      ItemKey k = st.key;
      if (query.account().isPresent() && !query.account().get().equals(k.account())
          || query.partner().isPresent() && !query.partner().get().equals(k.partner())
          || query.currency().isPresent() && !query.currency().get().equals(k.currency())
          || !query.includeSettled() && !st.isOpenOn(query.asOf())) {
        continue;
      }
      OpenItem item = st.asOf(query.asOf());
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * The open items of every account and counterparty as of a date.
   *
   * @param asOf the last day counted
   * @return the open items
   */
  public ImmutableList<OpenItem> openItems(LocalDate asOf) {
    return items(ItemQuery.asOf(asOf));
  }

  /**
   * One item as of a date, open or settled.
   *
   * @param account the account
   * @param partner the counterparty, empty when not named
   * @param document the document, empty for the unapplied item
   * @param currency the currency
   * @param asOf the last day counted
   * @return the item, or empty when nothing was posted on it by that day
   */
  public Optional<OpenItem> item(String account, String partner, String document, CurrencyUnit currency, LocalDate asOf) {
    ItemState st = book.items.get(new ItemKey(account, partner, document, currency));
    return st == null ? Optional.empty() : Optional.ofNullable(st.asOf(asOf));
  }

  /**
   * Every item of a document number, on any account and of any counterparty, with its whole history.
   *
   * @param number the document number ({@code doc} tag)
   * @return the items, sorted as {@link #items}
   */
  public ImmutableList<OpenItem> document(String number) {
    Checks.notNull(number, "number");
    List<OpenItem> out = new ArrayList<>();
    for (ItemState st : book.byNumber.getOrDefault(number, List.of())) {
      out.add(st.asOf(LocalDate.MAX));
    }
    out.sort(ORDER);
    return ImmutableList.copyOf(out);
  }

  /**
   * Aging (wiekowanie rozrachunków) as of a date: per account, counterparty and currency, the open amounts in
   * each bucket of days past due.
   *
   * @param asOf the day of the report
   * @return the rows, sorted by account, partner and currency
   */
  public ImmutableList<AgingRow> aging(LocalDate asOf) {
    Map<List<Object>, EnumMap<AgingBucket, Money>> rows = new LinkedHashMap<>();
    for (OpenItem i : openItems(asOf)) {
      EnumMap<AgingBucket, Money> b = rows.computeIfAbsent(List.of(i.account(), i.partner(), i.currency()), k -> {
        EnumMap<AgingBucket, Money> m = new EnumMap<>(AgingBucket.class);
        for (AgingBucket x : AgingBucket.values()) {
          m.put(x, Money.zero(i.currency()));
        }
        return m;
      });
      b.merge(i.bucket(asOf), i.open(), Money::plus);
    }
    ImmutableList.Builder<AgingRow> out = ImmutableList.builder();
    rows.forEach((k, v) -> out.add(AgingRow.builder().account((String) k.get(0)).partner((String) k.get(1))
        .currency((CurrencyUnit) k.get(2)).buckets(ImmutableMap.copyOf(v)).build()));
    return out.build();
  }

  /**
   * The entries that book the realised exchange differences (różnice kursowe zrealizowane, art. 30 ust. 4 UoR;
   * art. 15a CIT) of settlements dated up to a day and not booked yet: one entry per settling entry, dated as it
   * is, with per item a zero-amount posting on the item's account that moves its base-currency value to the
   * carried value of what is still open, and the difference on the gain (750) or loss (751) account. Both
   * postings carry the item's {@code partner} and {@code doc} and the settling document as {@code payment}.
   *
   * <p>Each entry has the idempotency key {@code fx-realised/<settling entry id>}, so posting the list twice
   * books nothing twice.
   *
   * @param upTo the last settlement date counted
   * @return the entries to post, in date order
   */
  public ImmutableList<JournalEntry> realisedDifferences(LocalDate upTo) {
    Checks.notNull(upTo, "upTo");
    Map<String, List<ItemBook.Realised>> bySettlement = new LinkedHashMap<>();
    book.pending(upTo).values().forEach(r -> bySettlement.computeIfAbsent(r.entry().toString(), k -> new ArrayList<>()).add(r));
    List<JournalEntry> out = new ArrayList<>();
    for (Map.Entry<String, List<ItemBook.Realised>> g : bySettlement.entrySet()) {
      ItemBook.Realised first = g.getValue().get(0);
      String ref = first.reference().isEmpty() ? g.getKey() : first.reference();
      ImmutableJournalEntry.Builder b = JournalEntry.builder().date(first.date())
          .document(DocumentRef.of("PK", "RKZ/" + ref, first.date()))
          .idempotencyKey(IdempotencyKey.of(("fx-realised/" + g.getKey()).replace(' ', '_')))
          .description("Różnice kursowe zrealizowane: " + ref);
      for (ItemBook.Realised r : g.getValue()) {
        Tags link = link(r.key(), ref);
        b.addLines(differenceLine(r.key().account(), r.key().currency(), r.difference(), link.with(SettlementTags.FX, SettlementTags.REALISED)
            .with(SettlementTags.SETTLED_BY, g.getKey())));
        b.addLines(resultLine(r.difference(), link));
      }
      out.add(b.build());
    }
    out.sort(Comparator.comparing(JournalEntry::date));
    return ImmutableList.copyOf(out);
  }

  /**
   * A compensation (kompensata, art. 498 KC) of a counterparty's receivable with its payable: an entry debiting
   * the payable and crediting the receivable with the smaller of the two open amounts, each posting naming its
   * document. For foreign-currency items each side is booked at its carried value; the difference between the
   * two is a realised exchange difference on the gain or loss account, tagged with both documents.
   *
   * @param receivable an open item with a debit balance
   * @param payable an open item with a credit balance, of the same counterparty and currency
   * @param date the date of the compensation
   * @param number the compensation document's number (document type {@code PK})
   * @return the entry to post
   * @throws ValidationException when the items are not of one counterparty and currency, or not a receivable and
   *     a payable that are open
   */
  public JournalEntry compensation(OpenItem receivable, OpenItem payable, LocalDate date, String number) {
    Checks.notNull(receivable, "receivable");
    Checks.notNull(payable, "payable");
    Checks.notNull(date, "date");
    Checks.notBlank(number, "number");
    String subject = "compensation " + number;
    Checks.check(receivable.open().isPositive(), subject, "receivable", receivable, "must have a debit balance open");
    Checks.check(payable.open().isNegative(), subject, "payable", payable, "must have a credit balance open");
    Checks.check(!receivable.partner().isEmpty() && receivable.partner().equals(payable.partner()), subject,
        "payable.partner", payable.partner(), "must be the receivable's counterparty " + receivable.partner());
    Checks.check(receivable.currency().equals(payable.currency()), subject, "payable.currency", payable.currency(),
        "must be the receivable's currency " + receivable.currency());
    Money amount = receivable.open().compareTo(payable.open().negated()) <= 0 ? receivable.open() : payable.open().negated();
    ImmutableJournalEntry.Builder b = JournalEntry.builder().date(date).document(DocumentRef.of("PK", number, date))
        .description("Kompensata " + receivable.document() + " z " + payable.document());
    Money debitBase = carriedShare(payable, amount);
    Money creditBase = carriedShare(receivable, amount.negated()).negated();
    b.addLines(settlementLine(payable, Side.DEBIT, amount, debitBase));
    b.addLines(settlementLine(receivable, Side.CREDIT, amount, creditBase));
    if (!amount.getCurrencyUnit().equals(book.base)) {
      Money diff = debitBase.minus(creditBase);
      if (!diff.isZero()) {
        b.addLines(resultLine(diff, Tags.of(SettlementTags.PARTNER, receivable.partner())
            .with(SettlementTags.DOC, receivable.document()).with(SettlementTags.DOC, payable.document())
            .with(SettlementTags.PAYMENT, number)));
      }
    }
    return b.build();
  }

  /**
   * Statutory late-payment interest on receivables as of a day (the bankfmt rate table through
   * {@code LatePaymentInterest}): for every document with a debit balance opened by a debit, interest on each
   * payment made after the due date, for its delay, and on what is still open, to the day. Receivables without
   * any late amount are left out.
   *
   * @param asOf the day the claim is made
   * @param calculator the interest calculator, e.g. {@code LatePaymentInterest.with(LatePaymentRates.statutory())}
   * @return one claim per receivable with interest, sorted as {@link #items}
   * @throws ValidationException if the rate table has no rate for a day of a delay
   */
  public ImmutableList<InterestClaim> interest(LocalDate asOf, LatePaymentInterest calculator) {
    Checks.notNull(asOf, "asOf");
    Checks.notNull(calculator, "calculator");
    ImmutableList.Builder<InterestClaim> out = ImmutableList.builder();
    for (OpenItem i : items(ItemQuery.builder().asOf(asOf).includeSettled(true).build())) {
      if (i.isUnapplied() || !i.isReceivable()) {
        continue;
      }
      ImmutableInterestClaim.Builder claim = InterestClaim.builder().item(i);
      boolean any = false;
      for (Movement m : i.history()) {
        if (m.kind() == MovementKind.SETTLED && m.date().isAfter(i.due()) && m.amount().isNegative()) {
          claim.addNotes(calculator.compute(m.amount().negated(), i.due(), m.date()));
          any = true;
        }
      }
      if (i.open().isPositive() && asOf.isAfter(i.due())) {
        claim.addNotes(calculator.compute(i.open(), i.due(), asOf));
        any = true;
      }
      if (any) {
        out.add(claim.build());
      }
    }
    return out.build();
  }

  /** The carried base value of settling part of an item ({@code carried × settled / open}, half up). */
  private Money carriedShare(OpenItem item, Money settled) {
    if (settled.negated().equals(item.open())) {
      return item.carriedBase().negated();
    }
    return Money.of(book.base, item.carriedBase().getAmount().multiply(settled.getAmount())
        .divide(item.open().getAmount(), book.base.getDecimalPlaces(), java.math.RoundingMode.HALF_UP));
  }

  private JournalLine settlementLine(OpenItem item, Side side, Money amount, Money base) {
    var l = JournalLine.builder().account(item.account()).side(side).amount(amount)
        .tags(SettlementTags.naming(item.partner(), item.document()));
    if (!amount.getCurrencyUnit().equals(book.base)) {
      l.cost(base.abs());
    }
    return l.build();
  }

  private static Tags link(ItemKey key, String payment) {
    return SettlementTags.naming(key.partner(), key.document()).with(SettlementTags.PAYMENT, payment);
  }

  /** The zero-amount posting on an item's account that moves its base value by a signed difference. */
  static JournalLine differenceLine(String account, org.joda.money.CurrencyUnit currency, Money difference, Tags tags) {
    return JournalLine.builder().account(account).side(difference.isPositive() ? Side.DEBIT : Side.CREDIT)
        .amount(Money.zero(currency)).cost(difference.abs()).tags(tags).build();
  }

  private JournalLine resultLine(Money difference, Tags tags) {
    return resultLine(book.policy, difference, tags);
  }

  /** The other side of a signed difference on an item: a gain is credited to 750, a loss debited to 751. */
  static JournalLine resultLine(SettlementPolicy policy, Money difference, Tags tags) {
    boolean gain = difference.isPositive();
    return JournalLine.builder().account(gain ? policy.gainAccount() : policy.lossAccount())
        .side(gain ? Side.CREDIT : Side.DEBIT).amount(difference.abs())
        .memo(gain ? "dodatnie różnice kursowe zrealizowane" : "ujemne różnice kursowe zrealizowane").tags(tags).build();
  }

  /**
   * The base-currency value of settling part of an open foreign-currency item at its carried rate: what
   * {@link #realisedDifferences} measures a payment against. Used to build settlement postings.
   *
   * @param item the item
   * @param settled the amount settled, in the item's currency, signed as the settling posting (opposite to the
   *     item's balance), at most the open amount
   * @return the carried value of that part, signed as the settling posting
   */
  public Money carriedValueOf(OpenItem item, Money settled) {
    Checks.check(settled.getCurrencyUnit().equals(item.currency()), "settlement of " + item, "settled", settled,
        "must be in the item's currency");
    Checks.check(settled.abs().compareTo(item.open().abs()) <= 0, "settlement of " + item, "settled", settled,
        "must not exceed the open amount " + item.open());
    return carriedShare(item, settled);
  }
}
