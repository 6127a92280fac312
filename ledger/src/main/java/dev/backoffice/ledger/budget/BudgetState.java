package dev.backoffice.ledger.budget;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.core.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A registered budget: its current value, its lines' live figures and its revisions. Guarded by the control's lock. */
final class BudgetState {
  Budget budget;
  final FiscalYear year;
  final List<LineState> lines = new ArrayList<>();
  final Map<String, LineState> byId = new LinkedHashMap<>();
  final List<BudgetRevision> revisions = new ArrayList<>();
  boolean carriedForward;
  private final LocalDate start;
  private final LocalDate end;
  private final int startMonth;

  BudgetState(Budget budget, int firstOrdinal) {
    this.budget = budget;
    this.year = budget.fiscalYear();
    this.start = year.start();
    this.end = year.end();
    this.startMonth = start.getYear() * 12 + start.getMonthValue() - 1;
    int ordinal = firstOrdinal;
    for (BudgetLine l : budget.lines()) {
      LineState ls = new LineState(this, ordinal++, l);
      lines.add(ls);
      byId.put(l.id(), ls);
    }
  }

  /** The index of the period containing a date, or -1 when the date is outside the fiscal year. */
  int periodIndex(LocalDate date) {
    if (date.isBefore(start) || date.isAfter(end)) {
      return -1;
    }
    // the fiscal year's periods are its calendar months, the first and last clipped to its bounds
    return date.getYear() * 12 + date.getMonthValue() - 1 - startMonth;
  }

  boolean controls() {
    return budget.version().controls();
  }

  /** Rebuilds the budget value from the lines' current amounts. */
  void syncValue(BudgetVersion version) {
    ImmutableList.Builder<BudgetLine> out = ImmutableList.builder();
    for (LineState ls : lines) {
      out.add(ls.line);
    }
    budget = budget.withLines(out.build()).withVersion(version);
  }

  /** Budget versus actual per line and period ({@link BudgetControl#variance}). */
  ImmutableList<BudgetVariance> variance() {
    ImmutableList.Builder<BudgetVariance> out = ImmutableList.builder();
    for (LineState ls : lines) {
      for (int p = 0; p < ls.periods; p++) {
        out.add(ls.variance(year.periods().get(p), p, p));
      }
    }
    return out.build();
  }

  /** Budget versus actual per line, from the year's start through the period of a date ({@link BudgetControl#varianceToDate}). */
  ImmutableList<BudgetVariance> varianceToDate(LocalDate asOf) {
    int last = periodIndex(asOf);
    Checks.check(last >= 0, "budget " + budget.id(), "asOf", asOf, "must lie in fiscal year " + year.id());
    AccountingPeriod span = AccountingPeriod.of(year.start(), year.periods().get(last).end());
    ImmutableList.Builder<BudgetVariance> out = ImmutableList.builder();
    for (LineState ls : lines) {
      out.add(ls.variance(span, 0, last));
    }
    return out.build();
  }
}
