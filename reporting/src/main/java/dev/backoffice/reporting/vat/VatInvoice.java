package dev.backoffice.reporting.vat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.entry.Tags;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The VAT data of an invoice (or other sales or purchase document) on its journal entry — the typed view of the
 * entry's tags: the counterparty (NIP or foreign tax id, country, name), the issue, sale and receipt dates, the GTU
 * codes, the procedure markers, the document type, the corrected document and the KSeF number. The amounts per
 * rate are on the lines ({@link VatPosting}).
 *
 * <p>An application enters it through the Java API ({@code JournalEntry.builder().tags(invoice.toTags())}); a
 * journal file through comments ({@code ; partner: 5261040828, partner-name: Klient A S.A., sale-date: 2026-02-10,
 * gtu: GTU_12, proc: TP, ksef: …}), which the journal reader turns into the same tags. {@link #from(Tags)} reads
 * them back, checking each value.
 *
 * <p>Tags: {@value #PARTNER}, {@value #PARTNER_NAME}, {@value #PARTNER_COUNTRY}, {@value #ISSUE_DATE},
 * {@value #SALE_DATE}, {@value #RECEIPT_DATE}, {@value #GTU} (repeated), {@value #PROCEDURE} (repeated),
 * {@value #DOCUMENT_TYPE}, {@value #CORRECTS}, {@value #KSEF}, {@value #REVERSE_CHARGE}.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class VatInvoice {
  /** Tag of the counterparty's tax id (NIP, or a foreign VAT number). */
  public static final String PARTNER = "partner";
  /** Tag of the counterparty's name. */
  public static final String PARTNER_NAME = "partner-name";
  /** Tag of the country that gave the counterparty's tax id (ISO 3166 alpha-2; EL for Greece). */
  public static final String PARTNER_COUNTRY = "partner-country";
  /** Tag of the issue date, when it is not the document's date. */
  public static final String ISSUE_DATE = "issue-date";
  /** Tag of the date of supply (data sprzedaży), when it differs from the issue date. */
  public static final String SALE_DATE = "sale-date";
  /** Tag of the date a purchase document was received (data wpływu). */
  public static final String RECEIPT_DATE = "receipt-date";
  /** Tag of a GTU code (GTU_01…GTU_13), one per tag. */
  public static final String GTU = "gtu";
  /** Tag of a procedure marker (TP, TT_D, MPP, …), one per tag. */
  public static final String PROCEDURE = "proc";
  /** Tag of the document type: RO, WEW, FP for sales; MK, VAT_RR, WEW for purchases. */
  public static final String DOCUMENT_TYPE = "doc-type";
  /** Tag of the number of the document a correction (faktura korygująca) corrects. */
  public static final String CORRECTS = "corrects";
  /** Tag of the KSeF number, or {@code OFF} for an invoice issued offline that has none yet. */
  public static final String KSEF = "ksef";
  /** Tag of the kind of a reverse-charge purchase ({@link ReverseCharge}). */
  public static final String REVERSE_CHARGE = "vat-oo";

  /** The procedure markers of the sales register (JPK_V7 § 10 ust. 4), plus MPP (split payment, on the invoice only). */
  public static final ImmutableSet<String> SALES_PROCEDURES = ImmutableSet.of("WSTO_EE", "IED", "TP", "TT_WNT", "TT_D",
      "MR_T", "MR_UZ", "I_42", "I_63", "B_SPV", "B_SPV_DOSTAWA", "B_MPV_PROWIZJA", "MPP");
  /** The procedure marker of the purchase register: IMP (import of goods, § 11 ust. 2 pkt 1). */
  public static final ImmutableSet<String> PURCHASE_PROCEDURES = ImmutableSet.of("IMP", "MPP");
  /** The document types of the sales register. */
  public static final ImmutableSet<String> SALES_DOCUMENT_TYPES = ImmutableSet.of("RO", "WEW", "FP");
  /** The document types of the purchase register. */
  public static final ImmutableSet<String> PURCHASE_DOCUMENT_TYPES = ImmutableSet.of("MK", "VAT_RR", "WEW");

  private static final Pattern GTU_CODE = Pattern.compile("GTU_(0[1-9]|1[0-3])");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** The schema's TNumerKSeF. */
  private static final Pattern KSEF_NUMBER = Pattern.compile("([1-9]((\\d[1-9])|([1-9]\\d))\\d{7}|M\\d{9}|[A-Z]{3}\\d{7})"
      + "-(20[2-9][0-9]|2[1-9][0-9]{2}|[3-9][0-9]{3})(0[1-9]|1[0-2])(0[1-9]|[1-2][0-9]|3[0-1])-([0-9A-F]{6})-?([0-9A-F]{6})"
      + "-([0-9A-F]{2})");

  /** The counterparty's tax id: a Polish NIP (10 digits) or a foreign VAT number; empty for a consumer. */
  public abstract Optional<String> partner();

  /** The counterparty's name. */
  public abstract Optional<String> partnerName();

  /** The country that gave the tax id, two upper-case letters; empty means Poland for a NIP. */
  public abstract Optional<String> partnerCountry();

  /** The issue date, when it is not the date of the entry's document. */
  public abstract Optional<LocalDate> issueDate();

  /** The date of supply or of the payment received before it (data sprzedaży), when it differs from the issue date. */
  public abstract Optional<LocalDate> saleDate();

  /** The date a purchase document was received (data wpływu). */
  public abstract Optional<LocalDate> receiptDate();

  /** The GTU codes of the goods and services sold (GTU_01…GTU_13), sorted, without repeats. */
  public abstract ImmutableList<String> gtu();

  /** The procedure markers (TP, TT_D, MPP, IMP, …), in the order entered, without repeats. */
  public abstract ImmutableList<String> procedures();

  /** The document type: RO, WEW or FP for sales, MK, VAT_RR or WEW for purchases; empty for an invoice. */
  public abstract Optional<String> documentType();

  /** For a correction (faktura korygująca), the number of the document it corrects. */
  public abstract Optional<String> corrects();

  /** The KSeF number, or {@code OFF} for an invoice issued offline that has none yet; empty for one outside KSeF. */
  public abstract Optional<String> ksef();

  /** The kind of a reverse-charge purchase, when the tag says it. */
  public abstract Optional<ReverseCharge> reverseCharge();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableVatInvoice.Builder builder() {
    return ImmutableVatInvoice.builder();
  }

  /** True for a correction of an earlier document. */
  public boolean isCorrection() {
    return corrects().isPresent();
  }

  /**
   * The tags that carry this data, in the order of {@link #from(Tags)}.
   *
   * @return the tags
   */
  public Tags toTags() {
    Tags t = Tags.empty();
    t = with(t, PARTNER, partner());
    t = with(t, PARTNER_NAME, partnerName());
    t = with(t, PARTNER_COUNTRY, partnerCountry());
    t = with(t, ISSUE_DATE, issueDate().map(LocalDate::toString));
    t = with(t, SALE_DATE, saleDate().map(LocalDate::toString));
    t = with(t, RECEIPT_DATE, receiptDate().map(LocalDate::toString));
    for (String g : gtu()) {
      t = t.with(GTU, g);
    }
    for (String p : procedures()) {
      t = t.with(PROCEDURE, p);
    }
    t = with(t, DOCUMENT_TYPE, documentType());
    t = with(t, CORRECTS, corrects());
    t = with(t, KSEF, ksef());
    t = with(t, REVERSE_CHARGE, reverseCharge().map(ReverseCharge::tag));
    return t;
  }

  private static Tags with(Tags t, String key, Optional<String> value) {
    return value.isPresent() ? t.with(key, value.get()) : t;
  }

  /**
   * The VAT data in an entry's tags; other tags are ignored.
   *
   * @param tags the entry's tags
   * @return the data (every attribute empty when no VAT tag is there)
   * @throws ValidationException naming the tag and value that is not valid
   */
  public static VatInvoice from(Tags tags) {
    Checks.notNull(tags, "tags");
    ImmutableVatInvoice.Builder b = builder()
        .partner(tags.first(PARTNER))
        .partnerName(tags.first(PARTNER_NAME))
        .partnerCountry(tags.first(PARTNER_COUNTRY).map(c -> c.toUpperCase(java.util.Locale.ROOT)))
        .issueDate(date(tags, ISSUE_DATE))
        .saleDate(date(tags, SALE_DATE))
        .receiptDate(date(tags, RECEIPT_DATE))
        .documentType(tags.first(DOCUMENT_TYPE).map(d -> d.toUpperCase(java.util.Locale.ROOT)))
        .corrects(tags.first(CORRECTS))
        .ksef(tags.first(KSEF))
        .reverseCharge(tags.first(REVERSE_CHARGE).map(ReverseCharge::ofTag));
    tags.all(GTU).forEach(g -> b.addGtu(g.strip().toUpperCase(java.util.Locale.ROOT)));
    tags.all(PROCEDURE).forEach(p -> b.addProcedures(p.strip().toUpperCase(java.util.Locale.ROOT)));
    return b.build();
  }

  private static Optional<LocalDate> date(Tags tags, String key) {
    Optional<String> v = tags.first(key);
    try {
      return v.map(s -> LocalDate.parse(s.strip()));
    } catch (DateTimeParseException e) {
      throw new ValidationException("VAT data", key, v.get(), "must be a date YYYY-MM-DD");
    }
  }

  @Value.Check
  VatInvoice normalize() {
    for (String g : gtu()) {
      Checks.check(GTU_CODE.matcher(g).matches(), "VAT data", GTU, g, "must be GTU_01 … GTU_13");
    }
    for (String p : procedures()) {
      Checks.check(SALES_PROCEDURES.contains(p) || PURCHASE_PROCEDURES.contains(p), "VAT data", PROCEDURE, p,
          "must be one of " + SALES_PROCEDURES + " or " + PURCHASE_PROCEDURES);
    }
    documentType().ifPresent(d -> Checks.check(SALES_DOCUMENT_TYPES.contains(d) || PURCHASE_DOCUMENT_TYPES.contains(d),
        "VAT data", DOCUMENT_TYPE, d, "must be RO, WEW or FP (sales) or MK, VAT_RR or WEW (purchases)"));
    partnerCountry().ifPresent(c -> Checks.check(COUNTRY.matcher(c).matches(), "VAT data", PARTNER_COUNTRY, c,
        "must be two upper-case letters (ISO 3166, EL for Greece)"));
    partner().ifPresent(p -> Checks.check(!p.isBlank() && p.length() <= 50, "VAT data", PARTNER, p,
        "must be 1 to 50 characters"));
    partnerName().ifPresent(p -> Checks.check(!p.isBlank() && p.length() <= 512, "VAT data", PARTNER_NAME, p,
        "must be 1 to 512 characters"));
    corrects().ifPresent(p -> Checks.check(!p.isBlank(), "VAT data", CORRECTS, p, "must not be blank"));
    ksef().ifPresent(k -> Checks.check(k.equals("OFF") || KSEF_NUMBER.matcher(k).matches(), "VAT data", KSEF, k,
        "must be a KSeF number (NIP-YYYYMMDD-XXXXXX-XXXXXX-XX) or OFF"));
    ImmutableList<String> gtu = gtu().stream().distinct().sorted().collect(ImmutableList.toImmutableList());
    ImmutableList<String> proc = procedures().stream().distinct().collect(ImmutableList.toImmutableList());
    if (gtu.equals(gtu()) && proc.equals(procedures())) {
      return this;
    }
    return ImmutableVatInvoice.builder().from(this).gtu(gtu).procedures(proc).build();
  }
}
