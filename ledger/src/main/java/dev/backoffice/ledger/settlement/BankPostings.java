package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.fx.ExchangeRate;
import dev.backoffice.core.fx.ExchangeRateProvider;
import dev.backoffice.core.fx.RateLookup;
import dev.backoffice.ledger.bank.BankStatement;
import dev.backoffice.ledger.bank.StatementLine;
import dev.backoffice.ledger.bank.StatementLineId;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.ImmutableJournalLine;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.entry.Tags;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Turns matched statement lines into bank postings (wyciąg bankowy, document type WB), one entry per line, ready
 * for {@code Ledger.post}:
 * <ul>
 *   <li>the bank account, debited with money in and credited with money out;
 *   <li>an accepted line: each allocated item's account with its {@code partner} and {@code doc} tags, and what
 *       the line paid beyond them on the first item's account with the {@code partner} tag only (unapplied);
 *   <li>a line not accepted: the suspense account ({@link SettlementPolicy#suspenseAccount()}, 249 by default)
 *       as an item of its own ({@code doc} is the line's identity), naming the counterparty's account and name,
 *       to wait there until someone explains it.
 * </ul>
 * Each entry's idempotency key comes from the statement line's identity ({@link StatementLineId#key()}) and the
 * entry carries it as its {@code statement-line} tag, so a statement imported twice posts nothing twice, and
 * matching marks the line {@link StatementMatch#alreadyPosted()}.
 *
 * <p>A foreign-currency statement needs rates ({@link #withRates}): the amount is valued at the rate of the day
 * before the booking date (the NBP average rate of the previous working day, art. 30 ust. 2 pkt 2 UoR), and
 * where that differs from the carried value of the settled items, the realised exchange difference is booked in
 * the same entry (tagged {@code fx: realised}).
 */
public final class BankPostings {
  private final Settlements settlements;
  private final String bankAccount;
  private final @Nullable ExchangeRateProvider rates;

  private BankPostings(Settlements settlements, String bankAccount, @Nullable ExchangeRateProvider rates) {
    this.settlements = settlements;
    this.bankAccount = bankAccount;
    this.rates = rates;
  }

  /**
   * Postings against a bank account of the chart.
   *
   * @param settlements the settlements the matches were made against
   * @param bankAccount the ledger account of the statement's bank account (130, 131…)
   * @return the postings builder
   */
  public static BankPostings of(Settlements settlements, String bankAccount) {
    return new BankPostings(Checks.notNull(settlements, "settlements"), Checks.notBlank(bankAccount, "bankAccount"), null);
  }

  /**
   * These postings with exchange rates for foreign-currency statements.
   *
   * @param provider the rates (PLN per unit)
   * @return a new builder
   */
  public BankPostings withRates(ExchangeRateProvider provider) {
    return new BankPostings(settlements, bankAccount, Checks.notNull(provider, "provider"));
  }

  /**
   * The entries of a statement's matches, skipping lines already posted.
   *
   * @param statement the statement
   * @param matches the matches of its lines
   * @return one entry per line not yet posted, in line order
   * @throws ValidationException when the statement is in a foreign currency and no rates were given
   */
  public ImmutableList<JournalEntry> entries(BankStatement statement, List<StatementMatch> matches) {
    Checks.notNull(statement, "statement");
    Checks.notNull(matches, "matches");
    CurrencyUnit base = settlements.baseCurrency();
    if (!statement.currency().equals(base) && rates == null) {
      throw new ValidationException(statement.name(), "currency", statement.currency(),
          "needs exchange rates to post in " + base + " (BankPostings.withRates)");
    }
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    for (StatementMatch m : matches) {
      if (!m.alreadyPosted()) {
        out.add(entry(statement, m));
      }
    }
    return out.build();
  }

  private JournalEntry entry(BankStatement statement, StatementMatch m) {
    StatementLine line = m.line();
    CurrencyUnit base = settlements.baseCurrency();
    CurrencyUnit cu = line.amount().getCurrencyUnit();
    ExchangeRate rate = cu.equals(base) || rates == null ? null
        : rates.rate(cu, base, line.bookingDate().minusDays(1), RateLookup.ON_OR_BEFORE);
    boolean in = line.amount().isPositive();
    Side bankSide = in ? Side.DEBIT : Side.CREDIT;
    Side itemSide = bankSide.opposite();
    // "WB/<statement>/<line>": the journal format writes a document whose type is its number's leading capitals
    String number = "WB/" + statement.statementNumber() + "/" + line.index();
    String text = clean(line.title());
    ImmutableJournalEntry.Builder b = JournalEntry.builder().date(line.bookingDate())
        .document(DocumentRef.of("WB", number, line.bookingDate()))
        .idempotencyKey(m.lineId().key())
        .description(text.isEmpty() ? "Wyciąg " + number : text)
        .tags(Tags.of(SettlementTags.STATEMENT_LINE, tagOf(m.lineId())));
    Money amount = line.amount().abs();
    Money bankValue = rate == null ? amount : rate.convert(amount, RoundingMode.HALF_UP);
    b.addLines(line(bankAccount, bankSide, amount, rate, bankValue, Tags.empty()));

    if (!m.accepted()) {
      Tags t = Tags.of(SettlementTags.DOC, tagOf(m.lineId()));
      String who = clean(line.counterpartyAccount().orElse(""));
      if (!who.isEmpty()) {
        t = t.with(SettlementTags.PARTNER, who);
      }
      String name = clean(line.counterpartyName().orElse(""));
      if (!name.isEmpty()) {
        t = t.with(SettlementTags.PARTNER_NAME, name);
      }
      b.addLines(line(settlements.policy().suspenseAccount(), itemSide, amount, rate, bankValue, t));
      return b.build();
    }
    List<Money> parts = new ArrayList<>();
    m.allocations().forEach(a -> parts.add(a.amount()));
    if (m.unapplied().isPositive()) {
      parts.add(m.unapplied());
    }
    // each part's value at the rate, the last one taking the rounding so that the parts add up to the bank's
    List<Money> values = new ArrayList<>();
    Money sum = Money.zero(base);
    for (int i = 0; i < parts.size(); i++) {
      Money v = rate == null ? parts.get(i)
          : i == parts.size() - 1 ? bankValue.minus(sum) : rate.convert(parts.get(i), RoundingMode.HALF_UP);
      values.add(v);
      sum = sum.plus(v);
    }
    for (int i = 0; i < m.allocations().size(); i++) {
      Allocation a = m.allocations().get(i);
      OpenItem item = a.item();
      Tags t = itemTags(item);
      b.addLines(line(item.account(), itemSide, a.amount(), rate, values.get(i), t));
      if (rate != null) {
        Money settled = in ? a.amount().negated() : a.amount();
        Money carried = settlements.carriedValueOf(item, settled);
        Money paid = in ? values.get(i).negated() : values.get(i);
        Money d = carried.minus(paid);
        if (!d.isZero()) {
          // booked in this entry: no settled-by tag, the replay attributes it to the entry's own settlements
          Tags link = t.with(SettlementTags.PAYMENT, number);
          b.addLines(Settlements.differenceLine(item.account(), cu, d, link.with(SettlementTags.FX, SettlementTags.REALISED)));
          b.addLines(Settlements.resultLine(settlements.policy(), d, link));
        }
      }
    }
    if (m.unapplied().isPositive()) {
      OpenItem first = m.allocations().get(0).item();
      Tags t = first.partner().isEmpty() ? Tags.empty() : Tags.of(SettlementTags.PARTNER, first.partner());
      b.addLines(line(first.account(), itemSide, m.unapplied(), rate, values.get(values.size() - 1), t));
    }
    return b.build();
  }

  private static JournalLine line(String account, Side side, Money amount, @Nullable ExchangeRate rate, Money value,
      Tags tags) {
    ImmutableJournalLine.Builder l = JournalLine.builder().account(account).side(side).amount(amount).tags(tags);
    if (rate != null) {
      l.cost(value).rate(rate.rate());
    }
    return l.build();
  }

  private static Tags itemTags(OpenItem item) {
    return SettlementTags.naming(item.partner(), item.document());
  }

  /**
   * The {@code statement-line} tag of a line: its idempotency key's text, which is printable ASCII without spaces.
   *
   * @param id the line's identity
   * @return the tag value
   */
  static String tagOf(StatementLineId id) {
    return id.key().value().replace(',', '_');
  }

  /** Text fit for a tag value or description: one line, no commas, at most 512 characters. */
  private static String clean(String s) {
    String c = s.replace(',', ' ').replaceAll("\\s+", " ").strip();
    return c.length() <= 512 ? c : c.substring(0, 512).strip();
  }
}
