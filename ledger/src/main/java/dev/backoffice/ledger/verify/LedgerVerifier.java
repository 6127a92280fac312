package dev.backoffice.ledger.verify;

import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.error.Checks;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.ledger.store.LedgerRecord;
import dev.backoffice.ledger.store.LedgerStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Recomputes every balance of a ledger from its store's records, with plain {@code BigDecimal} sums
 * independent of the ledger's indexes, and compares: posted debit and credit turnover per account and
 * currency, pending amounts, entry balance, and the journal's per-currency total. Holds the ledger's read
 * lock while it runs, so the comparison is of one consistent state.
 */
public final class LedgerVerifier {
  private LedgerVerifier() {}

  /**
   * Verifies a ledger against its own store.
   *
   * @param ledger the ledger
   * @return the report
   */
  public static VerificationReport verify(Ledger ledger) {
    Checks.notNull(ledger, "ledger");
    return ledger.read(view -> verify(ledger.store(), view));
  }

  /**
   * Verifies a view against a store's records (the caller keeps both still while this runs).
   *
   * @param store the records
   * @param view the state to check
   * @return the report
   */
  public static VerificationReport verify(LedgerStore store, LedgerView view) {
    Checks.notNull(store, "store");
    Checks.notNull(view, "view");
    Model m = new Model();
    store.replay(m::apply);
    List<Mismatch> mismatches = new ArrayList<>(m.entryProblems);
    Map<String, BigDecimal[]> found = new TreeMap<>();
    for (AccountBalance r : view.accountBalances(null, null)) {
      Balance b = r.balance();
      found.put(r.account() + " " + b.currency(), new BigDecimal[] {b.debit().getAmount(), b.credit().getAmount()});
    }
    for (Map.Entry<String, BigDecimal[]> e : m.posted.entrySet()) {
      BigDecimal[] f = found.remove(e.getKey());
      BigDecimal[] x = e.getValue();
      if (f == null) {
        if (x[0].signum() != 0 || x[1].signum() != 0 || x[2].signum() != 0) {
          mismatches.add(Mismatch.of("posted turnover", e.getKey(), x[0] + "/" + x[1], "no balance"));
        }
        continue;
      }
      compare(mismatches, "posted debit", e.getKey(), x[0], f[0]);
      compare(mismatches, "posted credit", e.getKey(), x[1], f[1]);
    }
    found.forEach((k, v) -> mismatches.add(Mismatch.of("posted turnover", k, "nothing posted", v[0] + "/" + v[1])));
    Map<String, BigDecimal[]> pendingFound = new TreeMap<>();
    for (PostedEntry p : view.pending()) {
      addLines(pendingFound, p);
    }
    Map<String, BigDecimal[]> pendingExpected = new TreeMap<>();
    m.pending.values().forEach(p -> addLines(pendingExpected, p));
    if (!sameSums(pendingExpected, pendingFound)) {
      mismatches.add(Mismatch.of("pending amounts", "reservations", pendingExpected.keySet().toString(),
          pendingFound.keySet().toString()));
    }
    if (view.postedCount() != m.postedCount) {
      mismatches.add(Mismatch.of("posted entries", "journal", String.valueOf(m.postedCount), String.valueOf(view.postedCount())));
    }
    ImmutableMap.Builder<CurrencyUnit, Money> totals = ImmutableMap.builder();
    m.balancing.forEach((cu, v) -> {
      totals.put(cu, Money.of(cu, v));
      if (v.signum() != 0) {
        mismatches.add(Mismatch.of("journal total (debits − credits)", cu.getCode(), "0", v.toPlainString()));
      }
    });
    return ImmutableVerificationReport.builder().records(m.records).postedEntries(m.postedCount)
        .putAllBalancingTotals(totals.build()).addAllMismatches(mismatches).build();
  }

  private static void compare(List<Mismatch> out, String what, String where, BigDecimal expected, BigDecimal found) {
    if (expected.compareTo(found) != 0) {
      out.add(Mismatch.of(what, where, expected.toPlainString(), found.toPlainString()));
    }
  }

  private static void addLines(Map<String, BigDecimal[]> sums, PostedEntry p) {
    for (JournalLine l : p.lines()) {
      BigDecimal[] s = sums.computeIfAbsent(l.account() + " " + l.amount().getCurrencyUnit(),
          k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      int i = l.side() == Side.DEBIT ? 0 : 1;
      s[i] = s[i].add(l.amount().getAmount());
      s[2] = s[2].add(BigDecimal.ONE);
    }
  }

  private static boolean sameSums(Map<String, BigDecimal[]> a, Map<String, BigDecimal[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, BigDecimal[]> e : a.entrySet()) {
      BigDecimal[] x = e.getValue();
      BigDecimal[] y = b.get(e.getKey());
      if (x[0].compareTo(y[0]) != 0 || x[1].compareTo(y[1]) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The independent recomputation: naive maps over the records. */
  private static final class Model {
    final Map<String, BigDecimal[]> posted = new TreeMap<>();
    final Map<EntryId, PostedEntry> pending = new LinkedHashMap<>();
    final Map<CurrencyUnit, BigDecimal> balancing = new TreeMap<>();
    final List<Mismatch> entryProblems = new ArrayList<>();
    final Map<EntryId, Boolean> seen = new HashMap<>();
    long records;
    long postedCount;

    void apply(LedgerRecord r) {
      records++;
      if (r instanceof LedgerRecord.EntryPosted) {
        post(((LedgerRecord.EntryPosted) r).entry());
      } else if (r instanceof LedgerRecord.EntryReserved) {
        PostedEntry p = ((LedgerRecord.EntryReserved) r).entry();
        pending.put(p.id(), p);
      } else if (r instanceof LedgerRecord.ReservationCommitted) {
        PostedEntry p = ((LedgerRecord.ReservationCommitted) r).entry();
        if (pending.remove(p.id()) == null) {
          entryProblems.add(Mismatch.of("commit of a reservation", "entry " + p.id(), "a pending reservation", "none"));
        }
        post(p);
      } else if (r instanceof LedgerRecord.ReservationVoided) {
        pending.remove(((LedgerRecord.ReservationVoided) r).id());
      } else if (r instanceof LedgerRecord.ReservationExpired) {
        pending.remove(((LedgerRecord.ReservationExpired) r).id());
      }
    }

    void post(PostedEntry p) {
      postedCount++;
      if (p.sequence() != postedCount) {
        entryProblems.add(Mismatch.of("journal sequence", "entry " + p.id(), String.valueOf(postedCount),
            String.valueOf(p.sequence())));
      }
      if (seen.put(p.id(), Boolean.TRUE) != null) {
        entryProblems.add(Mismatch.of("unique id", "entry " + p.id(), "posted once", "posted twice"));
      }
      Map<CurrencyUnit, BigDecimal> entrySums = new HashMap<>();
      for (JournalLine l : p.lines()) {
        BigDecimal[] s = posted.computeIfAbsent(l.account() + " " + l.amount().getCurrencyUnit(),
            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        if (l.side() == Side.DEBIT) {
          s[0] = s[0].add(l.amount().getAmount());
        } else {
          s[1] = s[1].add(l.amount().getAmount());
        }
        s[2] = s[2].add(BigDecimal.ONE);
        Money b = l.balancingAmount();
        BigDecimal signed = l.side() == Side.DEBIT ? b.getAmount() : b.getAmount().negate();
        entrySums.merge(b.getCurrencyUnit(), signed, BigDecimal::add);
        balancing.merge(b.getCurrencyUnit(), signed, BigDecimal::add);
      }
      entrySums.forEach((cu, v) -> {
        if (v.signum() != 0) {
          entryProblems.add(Mismatch.of("entry balance " + cu, "entry " + p.id(), "0", v.toPlainString()));
        }
      });
    }
  }
}
