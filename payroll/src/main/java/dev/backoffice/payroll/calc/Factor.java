package dev.backoffice.payroll.calc;

import dev.backoffice.core.money.Rate;
import dev.backoffice.core.money.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate prepared for fast exact arithmetic on amounts in grosze: {@code fraction = unscaled / 10^scale}.
 * {@link #applyGrosz(long)} equals {@code rate.applyTo(money, RoundingPolicy.GROSZ_HALF_UP)} exactly (a
 * property test checks it); it avoids building {@code BigDecimal}s on the hot path.
 */
final class Factor {
  final Rate rate;
  final Optional<Rate> optionalRate;
  final String source;
  private final long unscaled;
  private final long pow10;
  private final int scale;

  Factor(Rate rate, String source) {
    this.rate = rate;
    this.optionalRate = Optional.of(rate);
    this.source = source;
    BigDecimal f = rate.fraction();
    int s = Math.max(f.scale(), 0);
    BigDecimal u = f.movePointRight(s);
    if (s > 12 || u.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
      // unreasonably precise or large: always take the exact BigDecimal path
      this.unscaled = 0;
      this.pow10 = 0;
      this.scale = -1;
    } else {
      this.unscaled = u.longValueExact();
      this.pow10 = BigDecimal.ONE.movePointRight(s).longValueExact();
      this.scale = s;
    }
  }

  /** {@code minor × rate}, rounded to the grosz half up (away from zero on ties). */
  long applyGrosz(long minor) {
    if (scale >= 0) {
      long hi = Math.multiplyHigh(minor, unscaled);
      long lo = minor * unscaled;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        long half = pow10 / 2;
        return lo >= 0 ? (lo + half) / pow10 : -((-lo + half) / pow10);
      }
    }
    return RoundingPolicy.GROSZ_HALF_UP.round(rate.applyTo(BigDecimal.valueOf(minor, 2))).movePointRight(2).longValueExact();
  }

  /** {@code wholeZloty × rate} exactly, in złoty. */
  BigDecimal applyExact(long wholeZloty) {
    return rate.applyTo(BigDecimal.valueOf(wholeZloty));
  }

  /** {@code minor × rate} exactly, in złoty. */
  BigDecimal applyExactMinor(long minor) {
    return rate.applyTo(BigDecimal.valueOf(minor, 2));
  }

  /** Rounds an exact złoty amount to whole złoty half up and returns it in grosze. */
  static long zlotyHalfUp(BigDecimal exactZloty) {
    return RoundingPolicy.FULL_ZLOTY_HALF_UP.round(exactZloty).movePointRight(2).longValueExact();
  }

  /** Rounds grosze to whole złoty half up (art. 63 § 1 Ordynacji podatkowej), in grosze. */
  static long zlotyHalfUp(long minor) {
    if (minor < 0) {
      return -zlotyHalfUp(-minor); // half up is symmetric: away from zero on ties
    }
    long r = minor % 100L;
    return r >= 50 ? minor - r + 100 : minor - r;
  }

  /** Rounds an exact amount to the grosz half up, in grosze. */
  static long groszHalfUp(BigDecimal exactZloty) {
    return exactZloty.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
  }
}
