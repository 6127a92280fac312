package dev.backoffice.payroll.calc;

import dev.backoffice.core.money.Monies;
import org.joda.money.Money;

/**
 * Turns amounts in grosze into PLN {@link Money} for one payslip, creating each distinct amount once (a
 * payslip repeats the same bases and amounts on many lines). Not thread-safe: one per calculation.
 */
final class MoneyCache {
  static final Money ZERO = Money.zero(Monies.PLN);
  private static final int SIZE = 16;
  private final long[] keys = new long[SIZE];
  private final Money[] values = new Money[SIZE];
  private int next;

  Money of(long minor) {
    if (minor == 0) {
      return ZERO;
    }
    for (int i = 0; i < SIZE; i++) {
      Money v = values[i];
      if (v == null) {
        break;
      }
      if (keys[i] == minor) {
        return v;
      }
    }
    Money m = Money.ofMinor(Monies.PLN, minor);
    keys[next] = minor;
    values[next] = m;
    next = (next + 1) % SIZE;
    return m;
  }

  /** The amount in grosze of a PLN amount (Joda keeps PLN at scale 2). */
  static long minor(Money m) {
    return m.getAmount().movePointRight(2).longValueExact();
  }
}
