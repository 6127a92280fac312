package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.money.Rate;
import dev.backoffice.core.time.AccountingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The live figures of one budget line, in minor units of the budget's currency, per period of the fiscal
 * year; plus the scratch deltas of the change being checked or applied. Guarded by the
 * {@link BudgetControl}'s lock.
 *
 * <p>Layout, for the cache (1,000 lines hit at random must not thrash it): one slot of {@value #STRIDE}
 * longs per period (budget, actual, pending, committed; two periods per 64-byte cache line); annual totals
 * as fields, so an annual check reads no array; the scratch deltas of the one period a change usually
 * touches as fields too, with an overflow array only for a change spanning several periods (an invoice in
 * May consuming an order dated March).
 */
final class LineState {
  private static final int BUDGET = 0;
  private static final int ACTUAL = 1;
  private static final int PENDING = 2;
  private static final int COMMITTED = 3;
  static final int STRIDE = 4;

  final BudgetState owner;
  final int ordinal;
  final int periods;
  /** The fiscal year's first and last day (epoch days) and first month (year × 12 + month − 1), copied here
   * so that placing a date needs no pointer chase. */
  final long startDay;
  final long endDay;
  final int startMonth;
  /** Whether the owning budget controls (approved); kept in step by the control. */
  boolean controls;
  BudgetLine line;
  ImmutableList<ControlRule> rules;
  private final long[] slots;
  long budgetTotal;
  long consumedTotal;
  /** The line's tag keys, sorted, and the key object its values make (see {@link #keyOf}). */
  final Dimension[] keys;
  final Object keyValue;

  long mark;
  long deltaTotal;
  int dMin;
  int dMax;
  /** The first period the change touches and its deltas. */
  private int p0 = -1;
  private long dActual0;
  private long dPending0;
  private long dCommitted0;
  /** Deltas of further periods (actual, pending, committed per period), allocated on first need. */
  private long @Nullable [] more;
  private boolean usedMore;

  LineState(BudgetState owner, int ordinal, BudgetLine line) {
    this.owner = owner;
    this.ordinal = ordinal;
    this.line = line;
    this.rules = owner.budget.rulesOf(line);
    this.periods = line.amounts().size();
    this.startDay = owner.year.start().toEpochDay();
    this.endDay = owner.year.end().toEpochDay();
    this.startMonth = owner.year.start().getYear() * 12 + owner.year.start().getMonthValue() - 1;
    this.controls = owner.budget.version().controls();
    this.keys = line.dimensions().asMap().keySet().toArray(new Dimension[0]);
    // the index compares tag values with this key: copies allocated right after this object sit next to it in
    // memory, so a lookup reads one neighbourhood instead of chasing Strings allocated with the budget
    String[] values = line.dimensions().asMap().values().toArray(new String[0]);
    for (int i = 0; i < values.length; i++) {
      values[i] = new String(values[i].toCharArray());
    }
    this.keyValue = keyOf(values);
    this.slots = new long[periods * STRIDE];
    for (int p = 0; p < periods; p++) {
      long b = line.amounts().get(p).getAmountMinorLong();
      slots[p * STRIDE + BUDGET] = b;
      budgetTotal += b;
    }
  }

  /** The lookup key of tag values: none → "", one → the value, more → a list of them. */
  static Object keyOf(String[] values) {
    if (values.length == 0) {
      return "";
    }
    if (values.length == 1) {
      return values[0];
    }
    return List.of(values);
  }

  /**
   * The period of a date given as epoch day and month number (year × 12 + month − 1), or -1 when outside
   * the fiscal year (whose periods are its calendar months, the first and last clipped to its bounds).
   */
  int periodOf(long epochDay, int month) {
    return epochDay < startDay || epochDay > endDay ? -1 : month - startMonth;
  }

  long budget(int period) {
    return slots[period * STRIDE + BUDGET];
  }

  long actual(int period) {
    return slots[period * STRIDE + ACTUAL];
  }

  /** Pending entries plus open commitments. */
  long commitments(int period) {
    int o = period * STRIDE;
    return slots[o + PENDING] + slots[o + COMMITTED];
  }

  long consumed(int period) {
    int o = period * STRIDE;
    return slots[o + ACTUAL] + slots[o + PENDING] + slots[o + COMMITTED];
  }

  /** The scratch delta of consumption in a period. */
  long delta(int period) {
    long d = period == p0 ? dActual0 + dPending0 + dCommitted0 : 0;
    if (usedMore) {
      int o = period * 3;
      d += more[o] + more[o + 1] + more[o + 2];
    }
    return d;
  }

  /** Sets a period's budget (a revision). */
  void setBudget(int period, long amount) {
    int o = period * STRIDE + BUDGET;
    budgetTotal += amount - slots[o];
    slots[o] = amount;
  }

  /** Starts a new change: clears the scratch deltas. */
  void reset(long newMark) {
    if (usedMore) {
      java.util.Arrays.fill(more, 0);
      usedMore = false;
    }
    p0 = -1;
    dActual0 = 0;
    dPending0 = 0;
    dCommitted0 = 0;
    mark = newMark;
    deltaTotal = 0;
    dMin = Integer.MAX_VALUE;
    dMax = -1;
  }

  void add(int period, long actualDelta, long pendingDelta, long committedDelta) {
    if (p0 < 0 || p0 == period) {
      p0 = period;
      dActual0 += actualDelta;
      dPending0 += pendingDelta;
      dCommitted0 += committedDelta;
    } else {
      if (more == null) {
        more = new long[periods * 3];
      }
      usedMore = true;
      int o = period * 3;
      more[o] += actualDelta;
      more[o + 1] += pendingDelta;
      more[o + 2] += committedDelta;
    }
    deltaTotal += actualDelta + pendingDelta + committedDelta;
    if (period < dMin) {
      dMin = period;
    }
    if (period > dMax) {
      dMax = period;
    }
  }

  /** Applies the scratch deltas to the figures. */
  void apply() {
    if (p0 >= 0) {
      int o = p0 * STRIDE;
      slots[o + ACTUAL] += dActual0;
      slots[o + PENDING] += dPending0;
      slots[o + COMMITTED] += dCommitted0;
    }
    if (usedMore) {
      for (int p = dMin; p <= dMax; p++) {
        int o = p * STRIDE;
        int m = p * 3;
        slots[o + ACTUAL] += more[m];
        slots[o + PENDING] += more[m + 1];
        slots[o + COMMITTED] += more[m + 2];
      }
    }
    consumedTotal += deltaTotal;
  }

  Money money(long minor) {
    return Money.ofMinor(owner.budget.currency(), minor);
  }

  String subject() {
    return "budget " + owner.budget.id() + " line " + line.id();
  }

  /** Budget versus actual of this line over periods {@code from} to {@code to}, shown as {@code span}. */
  BudgetVariance variance(AccountingPeriod span, int from, int to) {
    long budget = 0;
    long actual = 0;
    long committed = 0;
    for (int p = from; p <= to; p++) {
      budget += budget(p);
      actual += actual(p);
      committed += commitments(p);
    }
    Optional<Rate> used = budget == 0 ? Optional.empty() : Optional.of(Rate.ofPercent(
        BigDecimal.valueOf(actual + committed).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP)));
    return BudgetVariance.builder().budgetId(owner.budget.id()).version(owner.budget.version())
        .lineId(line.id()).accounts(line.accounts()).dimensions(line.dimensions()).period(span)
        .budget(money(budget)).actual(money(actual)).commitments(money(committed))
        .available(money(budget - actual - committed)).percentUsed(used).build();
  }
}
