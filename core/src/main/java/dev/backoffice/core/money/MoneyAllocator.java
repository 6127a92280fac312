package dev.backoffice.core.money;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Splits an amount into parts whose sum is exactly the amount (podział kwoty), by weights, ratios or
 * percentages.
 *
 * <h2>Method: largest remainder</h2>
 * Let {@code A} be the amount in minor units (grosze) and {@code w_i} the weights with sum {@code W ≠ 0}.
 * The exact share of part {@code i} is {@code s_i = A·w_i/W}. Each part first gets {@code ⌊s_i⌋} (rounded
 * toward minus infinity); the {@code R = A − Σ⌊s_i⌋} minor units left over ({@code 0 ≤ R < n}) go one each
 * to the parts with the largest fractional remainders {@code s_i − ⌊s_i⌋}. <b>Ties</b> are broken by
 * position: the earlier part wins. Hence:
 * <ul>
 *   <li>the parts sum to the amount exactly;
 *   <li>every part is within one minor unit of its exact share ({@code ⌊s_i⌋ ≤ part_i ≤ ⌈s_i⌉});
 *   <li>a zero weight always gets zero; equal weights get parts that differ by at most one minor unit;
 *   <li>the result depends only on the inputs (deterministic), never on hashing or timing.
 * </ul>
 * Weights may be negative as long as they do not sum to zero; amounts may be negative (a negative total is
 * split into negative parts, with the same guarantees).
 *
 * <p>The class is stateless and thread-safe; all methods are static.
 */
public final class MoneyAllocator {
  private MoneyAllocator() {}

  /**
   * Splits an amount by decimal weights.
   *
   * @param amount the amount to split
   * @param weights one weight per part, in order; at least one, not summing to zero
   * @return the parts, in the order of the weights, summing exactly to {@code amount}
   * @throws ValidationException if there are no weights or they sum to zero
   */
  public static ImmutableList<Money> allocate(Money amount, List<BigDecimal> weights) {
    Checks.notNull(amount, "amount");
    Checks.notNull(weights, "weights");
    Checks.check(!weights.isEmpty(), "weights", weights, "must contain at least one weight");
    int scale = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = Checks.notNull(weights.get(i), "weights[" + i + "]");
      scale = Math.max(scale, w.scale());
    }
    boolean fitsLong = scale <= 18;
    long[] lw = new long[weights.size()];
    BigInteger[] bw = new BigInteger[weights.size()];
    for (int i = 0; i < weights.size(); i++) {
      BigInteger unscaled = weights.get(i).setScale(Math.max(scale, 0)).unscaledValue();
      bw[i] = unscaled;
      if (fitsLong && unscaled.bitLength() < 63) {
        lw[i] = unscaled.longValue();
      } else {
        fitsLong = false;
      }
    }
    return fitsLong ? allocateLong(amount, lw, weights) : allocateBig(amount, bw, weights);
  }

  /**
   * Splits an amount by integer ratios, e.g. {@code allocate(amount, 1, 2, 3)}.
   *
   * @param amount the amount to split
   * @param ratios one ratio per part; at least one, not summing to zero
   * @return the parts, summing exactly to {@code amount}
   */
  public static ImmutableList<Money> allocate(Money amount, long... ratios) {
    Checks.notNull(amount, "amount");
    Checks.notNull(ratios, "ratios");
    Checks.check(ratios.length > 0, "ratios", "[]", "must contain at least one ratio");
    List<BigDecimal> shown = new ArrayList<>(ratios.length);
    for (long r : ratios) {
      shown.add(BigDecimal.valueOf(r));
    }
    return allocateLong(amount, ratios.clone(), shown);
  }

  /**
   * Splits an amount into {@code parts} parts as equal as possible; earlier parts get the extra minor units.
   *
   * @param amount the amount to split
   * @param parts the number of parts, at least one
   * @return the parts, summing exactly to {@code amount}
   */
  public static ImmutableList<Money> allocateEvenly(Money amount, int parts) {
    Checks.check(parts >= 1, "parts", parts, "must be at least 1");
    long[] ratios = new long[parts];
    java.util.Arrays.fill(ratios, 1L);
    return allocate(amount, ratios);
  }

  /**
   * Splits an amount by percentages that must add up to exactly 100 %.
   *
   * @param amount the amount to split
   * @param percentages one rate per part, summing to 100 %
   * @return the parts, summing exactly to {@code amount}
   * @throws ValidationException if the percentages do not sum to 100 %
   */
  public static ImmutableList<Money> allocateByPercent(Money amount, List<Rate> percentages) {
    Checks.notNull(percentages, "percentages");
    Rate total = Rate.ZERO;
    List<BigDecimal> weights = new ArrayList<>(percentages.size());
    for (int i = 0; i < percentages.size(); i++) {
      Rate r = Checks.notNull(percentages.get(i), "percentages[" + i + "]");
      total = total.plus(r);
      weights.add(r.fraction());
    }
    Checks.check(total.equals(Rate.ONE_HUNDRED_PERCENT), "percentages", percentages, "must sum to 100% (they sum to " + total + ")");
    return allocate(amount, weights);
  }

  private static ImmutableList<Money> allocateLong(Money amount, long[] w, List<BigDecimal> shown) {
    long total = 0;
    try {
      for (long x : w) {
        total = Math.addExact(total, x);
      }
    } catch (ArithmeticException overflow) {
      return allocateBig(amount, toBig(w), shown);
    }
    Checks.check(total != 0, "weights", shown, "must not sum to zero");
    long a;
    try {
      if (total < 0) {
        total = Math.negateExact(total);
        w = negate(w);
      }
      a = amount.getAmountMinorLong();
    } catch (ArithmeticException overflow) {
      // a weight or total of Long.MIN_VALUE cannot be negated; an amount may exceed a long of minor units
      return allocateBig(amount, toBig(w), shown);
    }
    int n = w.length;
    long[] parts = new long[n];
    long[] rem = new long[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      long hi = Math.multiplyHigh(a, w[i]);
      long lo = a * w[i];
      if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
        return allocateBig(amount, toBig(w), shown); // product does not fit a long
      }
      parts[i] = Math.floorDiv(lo, total);
      rem[i] = Math.floorMod(lo, total);
      assigned += parts[i];
    }
    long left = a - assigned;
    distribute(parts, rem, left);
    return toMoney(amount.getCurrencyUnit(), parts);
  }

  /** Gives one unit each to the {@code left} parts with the largest remainders, earlier parts first on ties. */
  private static void distribute(long[] parts, long[] rem, long left) {
    if (left == 0) {
      return;
    }
    // Equivalent to sorting by (remainder descending, index ascending) and taking the first `left`, without
    // sorting boxed indexes: the left-th largest remainder is the threshold; every larger remainder gets a
    // unit, and the units still left go to the earliest parts whose remainder equals the threshold.
    long[] sorted = rem.clone();
    java.util.Arrays.sort(sorted);
    long threshold = sorted[sorted.length - (int) left];
    long atThreshold = left;
    for (long r : rem) {
      if (r > threshold) {
        atThreshold--;
      }
    }
    for (int i = 0; i < parts.length; i++) {
      if (rem[i] > threshold) {
        parts[i]++;
      } else if (rem[i] == threshold && atThreshold > 0) {
        parts[i]++;
        atThreshold--;
      }
    }
  }

  private static ImmutableList<Money> allocateBig(Money amount, BigInteger[] w, List<BigDecimal> shown) {
    BigInteger total = BigInteger.ZERO;
    for (BigInteger x : w) {
      total = total.add(x);
    }
    Checks.check(total.signum() != 0, "weights", shown, "must not sum to zero");
    if (total.signum() < 0) {
      total = total.negate();
      BigInteger[] neg = new BigInteger[w.length];
      for (int i = 0; i < w.length; i++) {
        neg[i] = w[i].negate();
      }
      w = neg;
    }
    BigInteger a = amount.getAmount().unscaledValue();
    int n = w.length;
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] rem = new BigInteger[n];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger p = a.multiply(w[i]);
      BigInteger[] qr = p.divideAndRemainder(total);
      if (qr[1].signum() < 0) { // floor division
        qr[0] = qr[0].subtract(BigInteger.ONE);
        qr[1] = qr[1].add(total);
      }
      parts[i] = qr[0];
      rem[i] = qr[1];
      assigned = assigned.add(qr[0]);
    }
    int left = a.subtract(assigned).intValueExact();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final BigInteger[] r = rem;
    java.util.Arrays.sort(order, (x, y) -> {
      int c = r[y].compareTo(r[x]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    for (int k = 0; k < left; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    CurrencyUnit cu = amount.getCurrencyUnit();
    ImmutableList.Builder<Money> out = ImmutableList.builderWithExpectedSize(n);
    for (BigInteger p : parts) {
      out.add(Money.of(cu, new BigDecimal(p, cu.getDecimalPlaces())));
    }
    return out.build();
  }

  private static ImmutableList<Money> toMoney(CurrencyUnit cu, long[] parts) {
    ImmutableList.Builder<Money> out = ImmutableList.builderWithExpectedSize(parts.length);
    for (long p : parts) {
      out.add(Money.ofMinor(cu, p));
    }
    return out.build();
  }

  private static long[] negate(long[] w) {
    long[] out = new long[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = Math.negateExact(w[i]);
    }
    return out;
  }

  private static BigInteger[] toBig(long[] w) {
    BigInteger[] out = new BigInteger[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = BigInteger.valueOf(w[i]);
    }
    return out;
  }
}
