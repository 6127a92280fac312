package dev.backoffice.reporting.vat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One row of a VAT register: a document (invoice, correction, receipt summary, internal document) of one journal
 * entry with its VAT data, its base and tax per rate, and the JPK_V7 fields (K_10…K_47) they fill.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class VatRegisterRow {
  /** The row's number in the register (Lp.), from 1. */
  public abstract int number();

  /** The journal entry's id. */
  public abstract String entryId();

  /** The entry's date (the period it is reported in). */
  public abstract LocalDate date();

  /** The document number (the entry's document, else its id). */
  public abstract String document();

  /** The issue date: the {@code issue-date} tag, else the document's date, else the entry's. */
  public abstract LocalDate issueDate();

  /** The entry's VAT data. */
  public abstract VatInvoice invoice();

  /** Base and tax per rate, in rate order. */
  public abstract ImmutableList<VatAmount> amounts();

  /** The JPK_V7 fields of the row (K_19 → base at 23 %, …), in the schema's order, zero fields left out. */
  public abstract ImmutableMap<String, Money> fields();

  /** The row's tax as the register's control sum counts it (output tax for sales, input tax to deduct for purchases). */
  public abstract Money tax();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableVatRegisterRow.Builder builder() {
    return ImmutableVatRegisterRow.builder();
  }
}
