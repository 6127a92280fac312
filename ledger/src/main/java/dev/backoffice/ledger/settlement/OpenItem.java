package dev.backoffice.ledger.settlement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.ledger.entry.Side;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An item of settlements (pozycja rozrachunkowa) as of a date: what one counterparty owes or is owed on one
 * document, on one settlement account, in one currency.
 *
 * <p>An item is keyed by account, {@link #partner()}, {@link #document()} and {@link #currency()}. An item
 * without a document is the counterparty's unapplied item on that account: payments that named no document,
 * and over-payments beyond what a document owed. An item with neither partner nor document gathers the
 * account's untagged postings, so that every posting on a settlement account belongs to exactly one item.
 *
 * <p>Signs are those of balances: debit positive (a receivable, należność), credit negative (a payable,
 * zobowiązanie). {@link #baseOpen()} is the base-currency value the ledger carries for the item;
 * {@link #carriedBase()} is the value of the open amount at the rates it was booked or last valued at.
 * Their difference is {@link #pendingDifference()}: realised exchange differences of past settlements that are
 * not booked yet.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class OpenItem {
  /** The settlement account. */
  public abstract String account();

  /** The counterparty's id (the {@code partner} tag: a NIP or another id), empty when no posting named one. */
  public abstract String partner();

  /** The document number (the {@code doc} tag), empty for the counterparty's unapplied item. */
  public abstract String document();

  /** The item's currency. */
  public abstract CurrencyUnit currency();

  /** The side of the posting that opened it: debit for a receivable, credit for a payable. */
  public abstract Side side();

  /** The effective date of the posting that opened it. */
  public abstract LocalDate date();

  /** The due date (the {@code due} tag), else the opening date. */
  public abstract LocalDate due();

  /** The amount the item was opened with, with later increases, signed. */
  public abstract Money amount();

  /** What is still open, signed. */
  public abstract Money open();

  /** The base-currency value the ledger carries for the item, signed. */
  public abstract Money baseOpen();

  /** The base-currency value of {@link #open()} at the rates it was booked or last valued at, signed. */
  public abstract Money carriedBase();

  /** The counterparty's name (the {@code partner-name} tag). */
  public abstract Optional<String> partnerName();

  /** The counterparty's bank account for payments (the {@code iban} tag). */
  public abstract Optional<String> iban();

  /** Whether the document must be paid by split payment (the {@code proc} tag holds {@code MPP}). */
  @Value.Default
  public boolean splitPayment() {
    return false;
  }

  /** The VAT of the document: the sum of the opening entry's lines tagged with a {@code vat-rate}. */
  public abstract Optional<Money> vat();

  /** The postings that made the item, up to the query's date, in the order they apply. */
  public abstract ImmutableList<Movement> history();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableOpenItem.Builder builder() {
    return ImmutableOpenItem.builder();
  }

  /** True for the counterparty's unapplied item (no document). */
  public boolean isUnapplied() {
    return document().isEmpty();
  }

  /** True when the item was opened by a debit (a receivable; on a payable account, an advance paid). */
  public boolean isReceivable() {
    return side() == Side.DEBIT;
  }

  /** True when something is open: an amount, or a base-currency value still to be booked off. */
  public boolean isOpen() {
    return !open().isZero() || !baseOpen().isZero();
  }

  /** Realised exchange differences not yet booked: {@link #baseOpen()} minus {@link #carriedBase()}. */
  public Money pendingDifference() {
    return baseOpen().minus(carriedBase());
  }

  /**
   * Days past the due date.
   *
   * @param asOf the day of the report
   * @return days after {@link #due()}, zero when not overdue
   */
  public long daysOverdue(LocalDate asOf) {
    return Math.max(0, ChronoUnit.DAYS.between(due(), asOf));
  }

  /**
   * The aging bucket.
   *
   * @param asOf the day of the report
   * @return the bucket of {@link #daysOverdue}
   */
  public AgingBucket bucket(LocalDate asOf) {
    return AgingBucket.of(daysOverdue(asOf));
  }

  /** "201 5261040828 FV/1/2025 PLN", for messages. */
  @Override
  public String toString() {
    return "item " + account() + " " + (partner().isEmpty() ? "-" : partner()) + " "
        + (document().isEmpty() ? "(unapplied)" : document()) + " " + currency() + " open " + open().getAmount().toPlainString();
  }
}
