package dev.backoffice.reporting.vat;

import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The declaration part of JPK_V7M / JPK_V7K (VAT-7 / VAT-7K): the P_ fields in full złoty, computed from the period's
 * registers. Each field of a register (K_10…K_47) is summed over the period and rounded to full złoty (art. 63 § 1
 * of the Tax Ordinance: below 50 groszy down, from 50 groszy up); P_37 and P_38 are the sums of the rounded bases
 * and taxes; P_48 = P_39 + P_40…P_47's taxes; the tax to pay P_51 = P_38 − P_48 when positive, else the excess of
 * input tax P_53 = P_48 − P_38, carried forward in full (P_62 = P_53: refunds are not claimed).
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from
public abstract class VatDeclaration {
  /** The first day of the settlement period (a month, or a quarter for VAT-7K). */
  public abstract LocalDate from();

  /** The last day of the settlement period. */
  public abstract LocalDate to();

  /** The P_ fields written, in the schema's order, in full złoty. */
  public abstract ImmutableMap<String, Long> fields();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableVatDeclaration.Builder builder() {
    return ImmutableVatDeclaration.builder();
  }

  /**
   * A field's value.
   *
   * @param field e.g. {@code P_38}
   * @return its value, zero when it is not written
   */
  public long field(String field) {
    return fields().getOrDefault(field, 0L);
  }

  /** The tax to pay (P_51). */
  public long taxDue() {
    return field("P_51");
  }

  /** The excess of input tax carried forward to the next period (P_62). */
  public long carriedForward() {
    return field("P_62");
  }
}
