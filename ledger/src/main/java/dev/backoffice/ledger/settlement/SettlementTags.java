package dev.backoffice.ledger.settlement;

import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Tags;
import java.util.Optional;

/**
 * The tag keys settlements read and write. A posting's own tag wins over its transaction's: the transaction
 * names the counterparty once, each posting may name its document.
 */
public final class SettlementTags {
  /** The counterparty's id (NIP or other). */
  public static final String PARTNER = "partner";
  /** The counterparty's name. */
  public static final String PARTNER_NAME = "partner-name";
  /** The counterparty's country (ISO 3166 alpha-2). */
  public static final String PARTNER_COUNTRY = "partner-country";
  /** The document an item belongs to; a settlement posting without one is unapplied. */
  public static final String DOC = "doc";
  /** The due date (ISO {@code YYYY-MM-DD}). */
  public static final String DUE = "due";
  /** The counterparty's account for payments, IBAN or 26-digit NRB. */
  public static final String IBAN = "iban";
  /** Procedure markers of the document; {@code MPP} marks split payment. */
  public static final String PROC = "proc";
  /** The VAT rate of a VAT posting: marks the posting as the document's VAT. */
  public static final String VAT_RATE = "vat-rate";
  /** Marks a line as a booked exchange difference; the value says which kind ({@value #REALISED}). */
  public static final String FX = "fx";
  /** The value of {@link #FX} on a realised exchange difference. */
  public static final String REALISED = "realised";
  /** On a realised difference booked by its own entry: the id of the entry whose settlement realised it. */
  public static final String SETTLED_BY = "settled-by";
  /** On a realised difference: the document of the payment (or compensation) that realised it. */
  public static final String PAYMENT = "payment";
  /** On a bank posting: the statement line it came from. */
  public static final String STATEMENT_LINE = "statement-line";

  private SettlementTags() {}

  /**
   * The tags that name an item: {@code partner} and {@code doc}, each only when not empty.
   *
   * @param partner the counterparty, or empty
   * @param document the document, or empty
   * @return the tags a posting on the item carries
   */
  public static Tags naming(String partner, String document) {
    Tags t = Tags.empty();
    if (!partner.isEmpty()) {
      t = t.with(PARTNER, partner);
    }
    if (!document.isEmpty()) {
      t = t.with(DOC, document);
    }
    return t;
  }

  /**
   * A tag of a posting, else of its transaction.
   *
   * @param line the posting
   * @param entry its transaction
   * @param key the tag
   * @return the first value found
   */
  public static Optional<String> of(JournalLine line, JournalEntry entry, String key) {
    Optional<String> own = line.tags().first(key);
    return own.isPresent() ? own : entry.tags().first(key);
  }
}
