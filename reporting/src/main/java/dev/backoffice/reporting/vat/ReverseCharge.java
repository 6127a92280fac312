package dev.backoffice.reporting.vat;

import dev.backoffice.core.error.ValidationException;

/**
 * What a purchase under reverse charge is, which decides where its self-assessed output VAT goes in JPK_V7 (the
 * journal's {@code vat-oo} tag). Without the tag, a purchase from a partner in another EU country counts as
 * {@link #EU_SERVICES}, from outside the EU as {@link #IMPORT_SERVICES}, from Poland as {@link #DOMESTIC}.
 */
public enum ReverseCharge {
  /** Intra-Community acquisition of goods (WNT, art. 9): K_23 and K_24. */
  INTRA_COMMUNITY_GOODS("wnt", "K_23", "K_24"),
  /** Import of goods settled in the declaration (art. 33a): K_25 and K_26. */
  IMPORT_GOODS("import-goods", "K_25", "K_26"),
  /** Import of services from outside the EU (art. 28b, not from EU VAT payers): K_27 and K_28. */
  IMPORT_SERVICES("import-services", "K_27", "K_28"),
  /** Services bought from VAT payers of other EU countries (art. 28b): K_29 and K_30. */
  EU_SERVICES("eu-services", "K_29", "K_30"),
  /** Domestic supplies where the buyer is the taxpayer (art. 17 ust. 1 pkt 5): K_31 and K_32. */
  DOMESTIC("domestic", "K_31", "K_32");

  private final String tag;
  private final String baseField;
  private final String taxField;

  ReverseCharge(String tag, String baseField, String taxField) {
    this.tag = tag;
    this.baseField = baseField;
    this.taxField = taxField;
  }

  /** The value of the {@code vat-oo} tag. */
  public String tag() {
    return tag;
  }

  /** The JPK_V7 sales-register field of the net base. */
  public String baseField() {
    return baseField;
  }

  /** The JPK_V7 sales-register field of the output tax. */
  public String taxField() {
    return taxField;
  }

  /**
   * The kind a tag names.
   *
   * @param tag {@code wnt}, {@code import-goods}, {@code import-services}, {@code eu-services} or {@code domestic}
   * @return the kind
   * @throws ValidationException for any other value
   */
  public static ReverseCharge ofTag(String tag) {
    for (ReverseCharge r : values()) {
      if (r.tag.equals(tag.strip())) {
        return r;
      }
    }
    throw new ValidationException("VAT data", "vat-oo", tag,
        "must be one of wnt, import-goods, import-services, eu-services, domestic");
  }
}
