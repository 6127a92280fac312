package dev.backoffice.ledger.entry;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A journal entry (zapis księgowy): two or more lines booked together on one effective date (data
 * operacji), justified by a source document, balanced in every currency.
 *
 * <p>Validation happens when the entry is built: at least two lines, debits equal credits in each currency
 * (counting a line's {@link JournalLine#cost() cost} instead of its amount where stated), description at
 * most 512 characters. The ledger assigns the {@link PostedEntry#id() id} when the caller gives none, and
 * records the booking instant (data księgowania) from its clock.
 *
 * <pre>{@code
 * JournalEntry sale = JournalEntry.builder()
 *     .date(LocalDate.of(2025, 1, 3))
 *     .document(DocumentRef.of("FV", "FV/1/2025", LocalDate.of(2025, 1, 3)))
 *     .description("Sprzedaż usług")
 *     .addLines(JournalLine.debit("201", Monies.of("PLN", "12300.00")),
 *               JournalLine.credit("700", Monies.of("PLN", "10000.00")),
 *               JournalLine.credit("221", Monies.of("PLN", "2300.00")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JournalEntry {
  /** The caller's id for the entry; the ledger assigns one when empty. */
  public abstract Optional<EntryId> id();

  /** Makes posting safe to repeat: same key and content returns the earlier result. */
  public abstract Optional<IdempotencyKey> idempotencyKey();

  /** The effective date (data operacji): the date the balances move on and the period it belongs to. */
  public abstract LocalDate date();

  /** The source document (dowód księgowy). */
  public abstract Optional<DocumentRef> document();

  /** What happened, in words. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The lines, at least two. */
  public abstract ImmutableList<JournalLine> lines();

  /** An adjusting entry (zapis korygujący), the only kind a soft-closed period accepts. */
  @Value.Default
  public boolean adjusting() {
    return false;
  }

  /** The entry this one reverses, when it is a reversal (storno). */
  public abstract Optional<EntryId> reversalOf();

  /**
   * Facts about the whole entry that the ledger keeps but does not interpret (the counterparty, the document's
   * sale date, VAT procedure markers…): a journal transaction's comment tags. Empty unless given.
   */
  @Value.Default
  public Tags tags() {
    return Tags.empty();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJournalEntry.Builder builder() {
    return ImmutableJournalEntry.builder();
  }

  /**
   * How the entry is named in messages: its id, else its idempotency key, else its document number, else its
   * date and description.
   *
   * @return e.g. {@code "entry E17"} or {@code "entry FV/1/2025"}
   */
  public String subject() {
    if (id().isPresent()) {
      return "entry " + id().get();
    }
    if (idempotencyKey().isPresent()) {
      return "entry with key " + idempotencyKey().get();
    }
    if (document().isPresent()) {
      return "entry " + document().get().number();
    }
    return "entry of " + date() + (description().isEmpty() ? "" : " '" + description() + "'");
  }

  /**
   * The currencies in which the entry's lines count when balancing.
   *
   * @return per currency, the sum of debits minus credits of the balancing amounts (all zero for a valid entry)
   */
  public Map<CurrencyUnit, Money> imbalance() {
    Map<CurrencyUnit, Money> sums = new LinkedHashMap<>();
    for (JournalLine l : lines()) {
      Money b = l.balancingAmount();
      Money signed = l.side() == Side.DEBIT ? b : b.negated();
      sums.merge(b.getCurrencyUnit(), signed, Money::plus);
    }
    return sums;
  }

  @Value.Check
  void check() {
    // subject() builds a string: only on the failure paths, never for every valid entry
    if (lines().size() < 2) {
      throw new ValidationException(subject(), "lines", lines().size(), "must have at least two lines");
    }
    if (description().length() > 512) {
      throw new ValidationException(subject(), "description", description(), "must be at most 512 characters");
    }
    if (reversalOf().isPresent() && id().isPresent() && reversalOf().get().equals(id().get())) {
      throw new ValidationException(subject(), "reversalOf", reversalOf().get(), "must name another entry");
    }
    // fast path: one currency, no costs — sum minor units
    ImmutableList<JournalLine> ls = lines();
    CurrencyUnit first = ls.get(0).balancingAmount().getCurrencyUnit();
    boolean single = true;
    long sum = 0;
    for (int i = 0; i < ls.size() && single; i++) {
      Money b = ls.get(i).balancingAmount();
      if (!b.getCurrencyUnit().equals(first)) {
        single = false;
      } else {
        long m;
        try {
          m = b.getAmountMinorLong();
          sum = Math.addExact(sum, ls.get(i).side() == Side.DEBIT ? m : -m);
        } catch (ArithmeticException beyondLong) {
          single = false; // amounts beyond a long of minor units: the exact check below decides
        }
      }
    }
    if (single && sum == 0) {
      return;
    }
    StringBuilder off = new StringBuilder();
    for (Map.Entry<CurrencyUnit, Money> e : imbalance().entrySet()) {
      if (!e.getValue().isZero()) {
        off.append(off.length() == 0 ? "" : ", ").append(e.getKey()).append(" debits exceed credits by ")
            .append(e.getValue().getAmount().toPlainString());
      }
    }
    if (off.length() > 0) {
      throw new ValidationException(subject(), "lines", off.toString(), "debits must equal credits in each currency");
    }
  }
}
