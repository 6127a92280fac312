package dev.backoffice.reporting.vat;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.entry.Tags;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The VAT data of one line (the typed view of its tags): the rate and, on a VAT line (221 output, 222 input), the
 * net base the tax was charged on — {@code ; vat-rate: 23, vat-base: 10000.00}. A line on another account with a
 * rate that carries no tax (a revenue line of an exempt or 0 % sale) is its own base. A purchase of fixed assets
 * ({@code vat-fixed-asset: 1}) goes to K_40/K_41 instead of K_42/K_43.
 *
 * <p>The base has the sign of the line's tax: a correction that lowers the tax lowers the base
 * ({@code vat-base: -1000.00}).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class VatPosting {
  /** Tag of the rate ({@link VatRate#tag()}). */
  public static final String RATE = "vat-rate";
  /** Tag of the net base in złoty, a plain decimal. */
  public static final String BASE = "vat-base";
  /** Tag marking an input-VAT line as a purchase of fixed assets (value {@code 1}). */
  public static final String FIXED_ASSET = "vat-fixed-asset";

  /** The rate. */
  public abstract VatRate rate();

  /** The net base in złoty (two decimals), when stated. */
  public abstract Optional<BigDecimal> base();

  /** True for input VAT on the purchase of fixed assets (środki trwałe). */
  @Value.Default
  public boolean fixedAsset() {
    return false;
  }

  /**
   * A line at a rate with its base.
   *
   * @param rate the rate
   * @param base the net base in złoty
   * @return the data
   */
  public static VatPosting of(VatRate rate, BigDecimal base) {
    return ImmutableVatPosting.builder().rate(rate).base(base).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableVatPosting.Builder builder() {
    return ImmutableVatPosting.builder();
  }

  /**
   * The tags that carry this data.
   *
   * @return the tags
   */
  public Tags toTags() {
    Tags t = Tags.of(RATE, rate().tag());
    if (base().isPresent()) {
      t = t.with(BASE, base().get().toPlainString());
    }
    return fixedAsset() ? t.with(FIXED_ASSET, "1") : t;
  }

  /**
   * The VAT data in a line's tags.
   *
   * @param tags the line's tags
   * @return the data, or empty when the line has no {@value #RATE} tag
   * @throws ValidationException naming the tag and value that is not valid
   */
  public static Optional<VatPosting> from(Tags tags) {
    Checks.notNull(tags, "tags");
    Optional<String> rate = tags.first(RATE);
    if (rate.isEmpty()) {
      Checks.check(tags.first(BASE).isEmpty(), "VAT data", BASE, tags.first(BASE).orElse(""),
          "needs a " + RATE + " tag on the same line");
      return Optional.empty();
    }
    ImmutableVatPosting.Builder b = builder().rate(VatRate.ofTag(rate.get()));
    tags.first(BASE).ifPresent(s -> {
      try {
        b.base(new BigDecimal(s.strip().replace(",", "")));
      } catch (NumberFormatException e) {
        throw new ValidationException("VAT data", BASE, s, "must be a decimal amount such as 10000.00");
      }
    });
    tags.first(FIXED_ASSET).ifPresent(s -> b.fixedAsset(s.equals("1") || s.equalsIgnoreCase("true")));
    return Optional.of(b.build());
  }

  @Value.Check
  void check() {
    base().ifPresent(v -> Checks.check(v.scale() <= 2, "VAT data", BASE, v.toPlainString(),
        "must have at most two decimals (grosze)"));
  }
}
