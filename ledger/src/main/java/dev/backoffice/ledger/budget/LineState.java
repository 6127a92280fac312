package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import java.util.Arrays;
import java.util.List;
import org.joda.money.Money;

/**
 * The live figures of one budget line, in minor units of the budget's currency, one slot per period of the
 * fiscal year; plus scratch deltas of the change being checked or applied. Guarded by the
 * {@link BudgetControl}'s lock.
 */
final class LineState {
  final BudgetState owner;
  final int ordinal;
  BudgetLine line;
  ImmutableList<ControlRule> rules;
  final long[] budget;
  final long[] actual;
  final long[] pending;
  final long[] committed;
  /** The line's tag keys, sorted, and the key object its values make (see {@link #keyOf}). */
  final Dimension[] keys;
  final Object keyValue;

  long mark;
  final long[] delta;
  int dMin;
  int dMax;
  final long[] dActual;
  final long[] dPending;
  final long[] dCommitted;

  LineState(BudgetState owner, int ordinal, BudgetLine line) {
    this.owner = owner;
    this.ordinal = ordinal;
    this.line = line;
    this.rules = owner.budget.rulesOf(line);
    int n = line.amounts().size();
    this.budget = new long[n];
    for (int i = 0; i < n; i++) {
      budget[i] = line.amounts().get(i).getAmountMinorLong();
    }
    this.actual = new long[n];
    this.pending = new long[n];
    this.committed = new long[n];
    this.delta = new long[n];
    this.dActual = new long[n];
    this.dPending = new long[n];
    this.dCommitted = new long[n];
    this.keys = line.dimensions().asMap().keySet().toArray(new Dimension[0]);
    String[] values = line.dimensions().asMap().values().toArray(new String[0]);
    this.keyValue = keyOf(values);
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

  /** Starts a new change: clears the scratch deltas. */
  void reset(long newMark) {
    if (mark != 0 && dMin <= dMax) {
      Arrays.fill(delta, dMin, dMax + 1, 0);
      Arrays.fill(dActual, dMin, dMax + 1, 0);
      Arrays.fill(dPending, dMin, dMax + 1, 0);
      Arrays.fill(dCommitted, dMin, dMax + 1, 0);
    }
    mark = newMark;
    dMin = Integer.MAX_VALUE;
    dMax = -1;
  }

  void add(int period, long actualDelta, long pendingDelta, long committedDelta) {
    dActual[period] += actualDelta;
    dPending[period] += pendingDelta;
    dCommitted[period] += committedDelta;
    delta[period] += actualDelta + pendingDelta + committedDelta;
    dMin = Math.min(dMin, period);
    dMax = Math.max(dMax, period);
  }

  /** Applies the scratch deltas to the figures. */
  void apply() {
    for (int p = dMin; p <= dMax; p++) {
      actual[p] += dActual[p];
      pending[p] += dPending[p];
      committed[p] += dCommitted[p];
    }
  }

  long consumed(int period) {
    return actual[period] + pending[period] + committed[period];
  }

  Money money(long minor) {
    return Money.ofMinor(owner.budget.currency(), minor);
  }

  String subject() {
    return "budget " + owner.budget.id() + " line " + line.id();
  }
}
