package dev.backoffice.reporting.vat;

import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A VAT rate or marker of a line (stawka VAT), as the journal's {@code vat-rate} tag writes it: the rates of the VAT
 * Act (art. 41 and 146ef: 23, 8, 5, 0 %), exempt supplies ({@code zw}, art. 43 and 113), supplies not taxable in
 * Poland ({@code np}: place of supply abroad, art. 28b and 22) and reverse charge ({@code oo}: the buyer accounts
 * for the tax).
 */
public enum VatRate {
  /** 23 % (stawka podstawowa). */
  RATE_23("23", "23"),
  /** 8 % (stawka obniżona). */
  RATE_8("8", "8"),
  /** 5 % (stawka obniżona). */
  RATE_5("5", "5"),
  /** 0 % (domestic, intra-Community supply of goods or export). */
  RATE_0("0", "0"),
  /** Exempt (zwolnione, zw). */
  EXEMPT("zw", null),
  /** Not taxable in Poland (nie podlega, np). */
  NOT_TAXABLE("np", null),
  /** Reverse charge (odwrotne obciążenie, oo): the buyer settles the tax. */
  REVERSE_CHARGE("oo", null);

  private final String tag;
  private final Optional<BigDecimal> percent;

  VatRate(String tag, String percent) {
    this.tag = tag;
    this.percent = Optional.ofNullable(percent).map(BigDecimal::new);
  }

  /** The value of the journal's {@code vat-rate} tag: {@code 23}, {@code 8}, {@code 5}, {@code 0}, {@code zw}, {@code np}, {@code oo}. */
  public String tag() {
    return tag;
  }

  /** The rate in percent, for the four numeric rates; empty for zw, np and oo. */
  public Optional<BigDecimal> percent() {
    return percent;
  }

  /**
   * The rate a tag names.
   *
   * @param tag {@code 23}, {@code 8}, {@code 5}, {@code 0}, {@code zw}, {@code np} or {@code oo} (also {@code 23%})
   * @return the rate
   * @throws ValidationException for any other value
   */
  public static VatRate ofTag(String tag) {
    String t = tag.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    for (VatRate r : values()) {
      if (r.tag.equals(t)) {
        return r;
      }
    }
    throw new ValidationException("VAT data", "vat-rate", tag, "must be one of 23, 8, 5, 0, zw, np, oo");
  }
}
