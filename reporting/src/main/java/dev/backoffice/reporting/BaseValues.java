package dev.backoffice.reporting;

import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.trialbalance.CurrencyAmounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The base-currency figures of a trial balance that the balance indexes cannot give: the debit and credit
 * values of the lines posted in foreign currencies (the indexes keep their base value as a net only), read
 * from the journal in one pass, with their own amounts as memo; and, when asked, the journal's totals per
 * valuation currency.
 *
 * <p>A line's value is {@link JournalLine#baseValue} when it has one, else its balancing amount (its cost, or
 * its own amount): a line that cannot be valued in the base currency stays in the currency it balances in.
 */
final class BaseValues {
  /** Opening D/C (before the period), turnover D/C, cumulative D/C, in minor units of the valuation currency. */
  static final class Sums {
    final CurrencyUnit currency;
    final long[] value = new long[6];
    final Map<CurrencyUnit, long[]> memo = new TreeMap<>();

    Sums(CurrencyUnit currency) {
      this.currency = currency;
    }

    /** Adds the figures of a balance index row: before the period, before the cumulative start, to the end. */
    void addIndex(@Nullable Balance beforeFrom, @Nullable Balance beforeCumulative, Balance toEnd) {
      long[] b = minor(beforeFrom);
      long[] c = minor(beforeCumulative);
      long[] e = minor(toEnd);
      add(value, b[0], b[1], e[0] - b[0], e[1] - b[1], e[0] - c[0], e[1] - c[1]);
    }

    private static long[] minor(@Nullable Balance b) {
      return b == null ? new long[2] : new long[] {b.debit().getAmountMinorLong(), b.credit().getAmountMinorLong()};
    }

    DebitCredit opening() {
      return DebitCredit.ofBalance(Money.ofMinor(currency, value[0] - value[1]));
    }

    DebitCredit turnover() {
      return DebitCredit.of(Money.ofMinor(currency, value[2]), Money.ofMinor(currency, value[3]));
    }

    DebitCredit cumulative() {
      return DebitCredit.of(Money.ofMinor(currency, value[4]), Money.ofMinor(currency, value[5]));
    }

    DebitCredit closing() {
      return DebitCredit.ofBalance(opening().net().plus(turnover().net()));
    }

    List<CurrencyAmounts> memo() {
      List<CurrencyAmounts> out = new ArrayList<>();
      memo.forEach((cu, s) -> {
        DebitCredit opening = DebitCredit.ofBalance(Money.ofMinor(cu, s[0] - s[1]));
        DebitCredit turnover = DebitCredit.of(Money.ofMinor(cu, s[2]), Money.ofMinor(cu, s[3]));
        out.add(CurrencyAmounts.builder().currency(cu).opening(opening).turnover(turnover)
            .cumulativeTurnover(DebitCredit.of(Money.ofMinor(cu, s[4]), Money.ofMinor(cu, s[5])))
            .closing(DebitCredit.ofBalance(opening.net().plus(turnover.net()))).build());
      });
      return out;
    }
  }

  /** What one pass over the journal found. */
  record Scan(Map<String, Map<CurrencyUnit, Sums>> foreign, Map<CurrencyUnit, DebitCredit> journal) {}

  private BaseValues() {}

  /**
   * One pass over the journal up to {@code to}.
   *
   * @param view the ledger
   * @param base the base currency
   * @param from the first day of the period, or null
   * @param to the last day, or null
   * @param cumulativeFrom the first day of the cumulative turnover, or null for all up to {@code to}
   * @param journalTotals whether to sum every line dated in the period per valuation currency
   * @return per account and valuation currency the sums of its foreign-currency lines; the journal totals
   */
  static Scan scan(LedgerView view, CurrencyUnit base, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable LocalDate cumulativeFrom, boolean journalTotals) {
    Map<String, Map<CurrencyUnit, Sums>> foreign = new TreeMap<>();
    Map<CurrencyUnit, long[]> journal = new TreeMap<>();
    view.journal().forEach((PostedEntry p) -> {
      LocalDate d = p.date();
      if (to != null && d.isAfter(to)) {
        return;
      }
      boolean before = from != null && d.isBefore(from);
      boolean cumulative = !before && (cumulativeFrom == null || !d.isBefore(cumulativeFrom))
          || before && cumulativeFrom != null && !d.isBefore(cumulativeFrom);
      for (JournalLine l : p.lines()) {
        boolean inBase = l.amount().getCurrencyUnit().equals(base);
        Money v = l.baseValue(base).orElse(l.balancingAmount());
        boolean debit = l.side() == Side.DEBIT;
        long minor = v.getAmountMinorLong();
        if (journalTotals && !before) {
          journal.computeIfAbsent(v.getCurrencyUnit(), c -> new long[2])[debit ? 0 : 1] += minor;
        }
        if (inBase) {
          continue;
        }
        Sums s = foreign.computeIfAbsent(l.account(), a -> new LinkedHashMap<>())
            .computeIfAbsent(v.getCurrencyUnit(), Sums::new);
        long own = l.amount().getAmountMinorLong();
        long[] memo = s.memo.computeIfAbsent(l.amount().getCurrencyUnit(), c -> new long[6]);
        addLine(s.value, minor, debit, before, cumulative);
        addLine(memo, own, debit, before, cumulative);
      }
    });
    Map<CurrencyUnit, DebitCredit> totals = new LinkedHashMap<>();
    journal.forEach((cu, s) -> totals.put(cu, DebitCredit.of(Money.ofMinor(cu, s[0]), Money.ofMinor(cu, s[1]))));
    return new Scan(foreign, totals);
  }

  private static void addLine(long[] s, long minor, boolean debit, boolean before, boolean cumulative) {
    int side = debit ? 0 : 1;
    if (before) {
      s[side] = Math.addExact(s[side], minor);
    } else {
      s[2 + side] = Math.addExact(s[2 + side], minor);
    }
    if (cumulative) {
      s[4 + side] = Math.addExact(s[4 + side], minor);
    }
  }

  private static void add(long[] s, long... values) {
    for (int i = 0; i < values.length; i++) {
      s[i] = Math.addExact(s[i], values[i]);
    }
  }
}
