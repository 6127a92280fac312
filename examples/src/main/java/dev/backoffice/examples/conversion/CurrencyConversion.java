package dev.backoffice.examples.conversion;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.DebitCredit;
import dev.backoffice.reporting.trialbalance.ImmutableTrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalance;
import dev.backoffice.reporting.trialbalance.TrialBalanceRow;
import dev.backoffice.reporting.trialbalance.TrialBalanceTotal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Adds conversion rows to a trial balance so that debits equal credits in every commodity.
 *
 * <p>An entry with a line priced in another currency (a line's {@code cost}, the journal format's {@code @} and
 * {@code @@}) balances through the price: {@code 131 Dr 1,000.00 EUR @ 4.2150 PLN / 201 Cr 4,215.00 PLN} sums to
 * +1,000.00 EUR and −4,215.00 PLN. A trial balance per currency therefore does not balance in either. The remedy
 * of multi-currency bookkeeping (GnuCash's trading accounts, hledger's {@code --infer-equity} conversion postings)
 * is a conversion account that takes, per entry and currency, the opposite of that sum: here Cr 1,000.00 EUR and
 * Dr 4,215.00 PLN. Its PLN balance is then the PLN value at which the foreign-currency amounts are carried, and
 * every currency balances.
 *
 * <p>This class adds one row {@value #ACCOUNT} per currency that has such differences, after the account rows,
 * and recomputes the totals and the checks: debits equal credits in every currency (with the conversion rows),
 * and, where the original was checked against the journal, the accounts' own turnover equals the journal's (the
 * journal has no conversion lines). A trial balance of entries without prices is returned unchanged.
 */
public final class CurrencyConversion {
  /** The conversion account's code in the rows. */
  public static final String ACCOUNT = "(conversion)";
  /** The conversion account's name in the rows. */
  public static final String NAME = "Currency conversion of priced entries";

  private CurrencyConversion() {}

  /**
   * The trial balance with conversion rows, for the same period and from the same ledger.
   *
   * @param trialBalance a posting-level, per-currency trial balance of the ledger
   *     ({@link dev.backoffice.reporting.trialbalance.TrialBalanceQuery#byCurrency()})
   * @param ledger the ledger it was computed from
   * @return the trial balance with a conversion row per currency that needs one, or the same one when none does
   */
  public static TrialBalance balanced(TrialBalance trialBalance, LedgerView ledger) {
    Checks.notNull(trialBalance, "trialBalance");
    Checks.notNull(ledger, "ledger");
    Checks.check(trialBalance.byCurrency(), "trial balance", "byCurrency", false,
        "must be true: a base-currency trial balance balances without conversion rows");
    List<TrialBalanceRow> conversions = ledger.read(v -> rows(v, trialBalance.from().orElse(null),
        trialBalance.to().orElse(null), trialBalance.cumulativeFrom().orElse(null)));
    return balanced(trialBalance, conversions);
  }

  /**
   * The trial balance with the given conversion rows (one per currency, computed elsewhere — for a journal read
   * without a ledger, by {@link dev.backoffice.ledger.io.JournalBalances#turnover}).
   *
   * @param trialBalance a posting-level trial balance
   * @param conversions the conversion rows, account {@value #ACCOUNT}, at most one per currency
   * @return the trial balance with those rows, totals and checks, or the same one when there are none
   */
  public static TrialBalance balanced(TrialBalance trialBalance, List<TrialBalanceRow> conversions) {
    Checks.notNull(trialBalance, "trialBalance");
    Checks.notNull(conversions, "conversions");
    if (conversions.isEmpty()) {
      return trialBalance;
    }
    Map<CurrencyUnit, TrialBalanceTotal> totals = new TreeMap<>();
    for (TrialBalanceTotal t : trialBalance.totals()) {
      totals.put(t.currency(), t);
    }
    for (TrialBalanceRow c : conversions) {
      TrialBalanceTotal t = totals.get(c.currency());
      DebitCredit zero = DebitCredit.zero(c.currency());
      totals.put(c.currency(), TrialBalanceTotal.builder().currency(c.currency())
          .opening((t == null ? zero : t.opening()).plus(c.opening()))
          .turnover((t == null ? zero : t.turnover()).plus(c.turnover()))
          .cumulativeTurnover((t == null ? zero : t.cumulativeTurnover()).plus(c.cumulativeTurnover()))
          .closing((t == null ? zero : t.closing()).plus(c.closing()))
          .build());
    }
    ImmutableTrialBalance.Builder b = TrialBalance.builder()
        .from(trialBalance.from())
        .to(trialBalance.to())
        .cumulativeFrom(trialBalance.cumulativeFrom())
        .level(trialBalance.level())
        .byCurrency(true)
        .addAllRows(trialBalance.rows())
        .addAllRows(conversions)
        .addAllTotals(totals.values());
    for (TrialBalanceTotal t : totals.values()) {
      b.addChecks(balanceCheck(t));
    }
    for (TrialBalanceTotal t : trialBalance.totals()) {
      t.journal().ifPresent(j -> b.addChecks(journalCheck(t, j)));
    }
    return b.build();
  }

  /** The conversion rows: per currency, minus each priced entry's own sum, dated as the entry. */
  private static List<TrialBalanceRow> rows(LedgerView view, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable LocalDate cumulativeFrom) {
    // per currency: opening net, turnover debit, turnover credit, cumulative debit, cumulative credit (minor units)
    Map<CurrencyUnit, long[]> sums = new TreeMap<>();
    Map<CurrencyUnit, Long> perEntry = new HashMap<>();
    view.journal().forEach((PostedEntry p) -> {
      LocalDate d = p.date();
      if (to != null && d.isAfter(to)) {
        return;
      }
      perEntry.clear();
      for (JournalLine l : p.entry().lines()) {
        long minor = l.amount().getAmountMinorLong();
        perEntry.merge(l.amount().getCurrencyUnit(), l.side() == Side.DEBIT ? minor : -minor, Math::addExact);
      }
      boolean beforePeriod = from != null && d.isBefore(from);
      boolean cumulative = cumulativeFrom == null ? !beforePeriod : !d.isBefore(cumulativeFrom);
      perEntry.forEach((cu, net) -> {
        if (net == 0) {
          return;
        }
        long conversion = -net;
        long[] s = sums.computeIfAbsent(cu, c -> new long[5]);
        if (beforePeriod) {
          s[0] = Math.addExact(s[0], conversion);
        } else if (conversion > 0) {
          s[1] = Math.addExact(s[1], conversion);
        } else {
          s[2] = Math.subtractExact(s[2], conversion);
        }
        if (cumulative) {
          int side = conversion > 0 ? 3 : 4;
          s[side] = Math.addExact(s[side], Math.abs(conversion));
        }
      });
    });
    ImmutableList.Builder<TrialBalanceRow> out = ImmutableList.builder();
    sums.forEach((cu, s) -> {
      DebitCredit opening = DebitCredit.ofBalance(Money.ofMinor(cu, s[0]));
      DebitCredit turnover = DebitCredit.of(Money.ofMinor(cu, s[1]), Money.ofMinor(cu, s[2]));
      out.add(TrialBalanceRow.builder().account(ACCOUNT).name(NAME).currency(cu)
          .opening(opening)
          .turnover(turnover)
          .cumulativeTurnover(DebitCredit.of(Money.ofMinor(cu, s[3]), Money.ofMinor(cu, s[4])))
          .closing(DebitCredit.ofBalance(opening.net().plus(turnover.net())))
          .build());
    });
    return out.build();
  }

  private static Check balanceCheck(TrialBalanceTotal t) {
    String cu = t.currency().getCode();
    boolean ok = t.balanced();
    String en = cu + ": debits " + (ok ? "equal" : "do not equal") + " credits with the conversion row — opening "
        + pair(t.opening()) + ", turnover " + pair(t.turnover()) + ", cumulative " + pair(t.cumulativeTurnover())
        + ", closing " + pair(t.closing());
    String pl = cu + ": suma Wn " + (ok ? "równa sumie" : "różna od sumy") + " Ma z wierszem przeliczenia walut — "
        + "bilans otwarcia " + pair(t.opening()) + ", obroty " + pair(t.turnover()) + ", obroty narastająco "
        + pair(t.cumulativeTurnover()) + ", salda końcowe " + pair(t.closing());
    return Check.of("debits-equal-credits:" + cu, ok, en, pl);
  }

  /** The journal check of the accounts' own turnover (the conversion row has no journal lines). */
  private static Check journalCheck(TrialBalanceTotal accounts, DebitCredit journal) {
    String cu = accounts.currency().getCode();
    boolean ok = accounts.matchesJournal().orElse(false);
    String en = cu + ": the accounts' turnover " + pair(accounts.turnover()) + (ok ? " equals" : " does not equal")
        + " the journal total " + pair(journal) + " (the conversion row is not in the journal)";
    String pl = cu + ": obroty kont " + pair(accounts.turnover()) + (ok ? " zgodne" : " niezgodne") + " z sumą dziennika "
        + pair(journal) + " (wiersza przeliczenia walut nie ma w dzienniku)";
    return Check.of("turnover-equals-journal:" + cu, ok, en, pl);
  }

  private static String pair(DebitCredit dc) {
    return dc.debit().getAmount().toPlainString() + " / " + dc.credit().getAmount().toPlainString();
  }
}
