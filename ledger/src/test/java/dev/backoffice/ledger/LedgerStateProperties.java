package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.PeriodClosedException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.error.IdempotencyConflictException;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.query.AccountBalance;
import dev.backoffice.ledger.query.Balance;
import dev.backoffice.ledger.query.BalanceQuery;
import dev.backoffice.ledger.store.LedgerStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A stateful test of the ledger against a simple model (plain maps of minor units): thousands of random
 * posts, reservations, commits, voids, expiries, reversals, period changes and invalid requests. After
 * every action the ledger's balances equal the model's, the balances of every currency sum to zero, and a
 * rejected action has changed nothing.
 *
 * <p>{@link #ledgerFactory} is the seam for other stores: a subclass may build the ledger on a durable store.
 */
class LedgerStateProperties {
  static final String LIMITED = "100"; // cash: credits must not exceed debits
  static final String BLOCKED = "409";
  static final List<String> ACCOUNTS = List.of("100", "130", "201", "202", "402", "700", "800");
  static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
  static final int ACTIONS_PER_CHAIN = 1000;

  private long actionsRun;

  /** Builds the ledger under test; subclasses may use another store. */
  Ledger newLedger(MutableClock clock, Supplier<LedgerStore> store) {
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).store(store.get()).build();
    ledger.updateAccount(Account.builder().from(ledger.chart().require(LIMITED))
        .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build());
    ledger.blockAccount(BLOCKED);
    return ledger;
  }

  Supplier<LedgerStore> ledgerFactory() {
    return dev.backoffice.ledger.store.InMemoryLedgerStore::new;
  }

  /** A ledger rebuilt from a durable store equals the one that wrote it: journal, pending, balances, periods, chart. */
  static void assertRebuiltEqual(Ledger after, Ledger before) {
    assertThat(after.journal().collect(java.util.stream.Collectors.toList()))
        .containsExactlyElementsOf(before.journal().collect(java.util.stream.Collectors.toList()));
    assertThat(after.pending()).isEqualTo(before.pending());
    assertThat(after.accountBalances(null, null)).isEqualTo(before.accountBalances(null, null));
    assertThat(after.periodHistory()).isEqualTo(before.periodHistory());
    assertThat(after.chart().accounts()).isEqualTo(before.chart().accounts());
  }

  @Property(tries = 12)
  void ledgerAgreesWithTheModelAfterEveryAction(@ForAll("chains") ActionChain<Harness> chain) {
    chain.withInvariant("ledger equals model", Harness::checkAgainstModel).run();
    actionsRun += chain.transformations().size();
  }

  @AfterProperty
  void atLeastTenThousandActionsRan() {
    assertThat(actionsRun).as("actions run by the stateful property").isGreaterThanOrEqualTo(10_000);
  }

  @Provide
  Arbitrary<ActionChain<Harness>> chains() {
    ActionChainArbitrary<Harness> chain = ActionChain.startWith(() -> new Harness(this::newLedger, ledgerFactory()));
    return chain
        .withAction(30, new PostAction())
        .withAction(10, new ReserveAction())
        .withAction(8, new CommitAction())
        .withAction(4, new VoidAction())
        .withAction(4, new ClockAction())
        .withAction(6, new ReverseAction())
        .withAction(5, new PeriodAction())
        .withAction(8, new InvalidAction())
        .withAction(3, new RepeatAction())
        .withMaxTransformations(ACTIONS_PER_CHAIN)
        .dontShrink();
  }

  interface LedgerMaker {
    Ledger make(MutableClock clock, Supplier<LedgerStore> store);
  }

  /** The system under test and the model it must agree with. */
  static final class Harness {
    final MutableClock clock = new MutableClock(Instant.parse("2025-04-01T08:00:00Z"));
    final Ledger ledger;
    /** account|currency → {posted Dr, posted Cr, pending Dr, pending Cr, line count} in minor units. */
    final Map<String, long[]> books = new TreeMap<>();
    final Map<EntryId, Pending> pending = new LinkedHashMap<>();
    final List<PostedEntry> posted = new ArrayList<>();
    final Map<EntryId, Boolean> reversed = new HashMap<>();
    final Map<YearMonth, PeriodState> periods = new HashMap<>();
    final Map<String, JournalEntry> keyed = new HashMap<>();
    int keys;

    Harness(LedgerMaker maker, Supplier<LedgerStore> store) {
      this.ledger = maker.make(clock, store);
    }

    record Pending(PostedEntry entry, Instant expiresAt) {}

    PeriodState state(LocalDate d) {
      return periods.getOrDefault(YearMonth.from(d), PeriodState.OPEN);
    }

    long[] book(String account, CurrencyUnit cu) {
      return books.computeIfAbsent(account + "|" + cu, k -> new long[5]);
    }

    /** What the ledger must do with these lines: null to accept, else the exception class expected. */
    Class<? extends Exception> expectedRejection(JournalEntry e, boolean adjusting) {
      PeriodState s = state(e.date());
      if (s == PeriodState.CLOSED || (s == PeriodState.SOFT_CLOSED && !adjusting)) {
        return PeriodClosedException.class;
      }
      for (JournalLine l : e.lines()) {
        if (l.account().equals(BLOCKED)) {
          return PostingRejectedException.class;
        }
      }
      return null;
    }

    /** The constraint on the limited account, for a change of posted/pending amounts on it. */
    boolean breaksConstraint(List<JournalLine> postedLines, List<JournalLine> pendingLines, List<JournalLine> releasing) {
      for (CurrencyUnit cu : List.of(Monies.PLN, Monies.EUR)) {
        long[] b = books.getOrDefault(LIMITED + "|" + cu, new long[5]);
        long dDr = sum(postedLines, Side.DEBIT, cu);
        long dCr = sum(postedLines, Side.CREDIT, cu);
        long dPendCr = sum(pendingLines, Side.CREDIT, cu) - sum(releasing, Side.CREDIT, cu);
        long exposure = (b[1] + dCr + b[3] + dPendCr) - (b[0] + dDr);
        long delta = dCr + dPendCr - dDr;
        if (exposure > 0 && delta > 0) {
          return true;
        }
      }
      return false;
    }

    static long sum(List<JournalLine> lines, Side side, CurrencyUnit cu) {
      long s = 0;
      for (JournalLine l : lines) {
        if (l.account().equals(LIMITED) && l.side() == side && l.amount().getCurrencyUnit().equals(cu)) {
          s += l.amount().getAmountMinorLong();
        }
      }
      return s;
    }

    void applyPosted(List<JournalLine> lines, int sign) {
      for (JournalLine l : lines) {
        long[] b = book(l.account(), l.amount().getCurrencyUnit());
        b[l.side() == Side.DEBIT ? 0 : 1] += sign * l.amount().getAmountMinorLong();
        b[4]++;
      }
    }

    void applyPending(List<JournalLine> lines, int sign) {
      for (JournalLine l : lines) {
        long[] b = book(l.account(), l.amount().getCurrencyUnit());
        b[l.side() == Side.DEBIT ? 2 : 3] += sign * l.amount().getAmountMinorLong();
      }
    }

    void expireDue() {
      Instant now = clock.instant();
      pending.values().removeIf(p -> {
        if (!p.expiresAt().isAfter(now)) {
          applyPending(p.entry().lines(), -1);
          return true;
        }
        return false;
      });
    }

    void checkAgainstModel() {
      Map<String, long[]> found = new TreeMap<>();
      for (AccountBalance r : ledger.accountBalances(null, null)) {
        Balance b = r.balance();
        found.put(r.account() + "|" + b.currency(), new long[] {b.debit().getAmountMinorLong(), b.credit().getAmountMinorLong(),
            b.pendingDebit().getAmountMinorLong(), b.pendingCredit().getAmountMinorLong()});
      }
      Map<CurrencyUnit, Long> totals = new HashMap<>();
      for (Map.Entry<String, long[]> e : books.entrySet()) {
        long[] m = e.getValue();
        if (m[4] == 0) {
          continue; // never posted: the ledger shows no row
        }
        long[] f = found.remove(e.getKey());
        assertThat(f).as("balance row of " + e.getKey()).isNotNull();
        assertThat(new long[] {f[0], f[1]}).as("posted Dr/Cr of " + e.getKey()).containsExactly(m[0], m[1]);
        assertThat(new long[] {f[2], f[3]}).as("pending Dr/Cr of " + e.getKey()).containsExactly(m[2], m[3]);
        CurrencyUnit cu = CurrencyUnit.of(e.getKey().substring(e.getKey().indexOf('|') + 1));
        totals.merge(cu, m[0] - m[1], Long::sum);
      }
      assertThat(found).as("rows the model does not have").isEmpty();
      totals.forEach((cu, t) -> assertThat(t).as("sum of all balances in " + cu).isZero());
      checkDated();
      assertThat(ledger.postedCount()).isEqualTo(posted.size());
      assertThat(ledger.pending()).extracting(PostedEntry::id).containsExactlyInAnyOrderElementsOf(pending.keySet());
    }
     /**
     * Ranges that start or end inside a month read day slots, which the ledger fills when such a query comes:
     * up to a mid-month day, every account (from the journal) and one account (from its own entries) in turn,
     * equal the model's posted entries dated up to that day; a range over every date with both ends inside
     * months equals the undated balances.
     */
    void checkDated() {
      LocalDate cut = LocalDate.of(2025, 2, 14);
      Map<String, long[]> want = new TreeMap<>();
      for (PostedEntry p : posted) {
        if (!p.date().isAfter(cut)) {
          for (JournalLine l : p.lines()) {
            long[] v = want.computeIfAbsent(l.account() + "|" + l.amount().getCurrencyUnit(), k -> new long[2]);
            v[l.side() == Side.DEBIT ? 0 : 1] += l.amount().getAmountMinorLong();
          }
        }
      }
      checks++;
      if (checks % 2 == 0) {
        Map<String, long[]> got = new TreeMap<>();
        for (AccountBalance r : ledger.accountBalances(null, cut)) {
          got.put(r.account() + "|" + r.balance().currency(),
              new long[] {r.balance().debit().getAmountMinorLong(), r.balance().credit().getAmountMinorLong()});
        }
        assertThat(got.keySet()).as("rows up to %s", cut).isEqualTo(want.keySet());
        want.forEach((k, v) -> assertThat(got.get(k)).as("Dr/Cr of %s up to %s", k, cut).containsExactly(v));
      } else {
        String account = posted.isEmpty() ? LIMITED : posted.get(checks % posted.size()).lines().get(0).account();
        for (Map.Entry<CurrencyUnit, Balance> e
            : ledger.balances(BalanceQuery.builder().account(account).to(cut).build()).entrySet()) {
          long[] v = want.getOrDefault(account + "|" + e.getKey(), new long[2]);
          assertThat(new long[] {e.getValue().debit().getAmountMinorLong(), e.getValue().credit().getAmountMinorLong()})
              .as("Dr/Cr of %s up to %s", account, cut).containsExactly(v);
        }
      }
      Map<String, long[]> all = new TreeMap<>();
      for (AccountBalance r : ledger.accountBalances(null, null)) {
        all.put(r.account() + "|" + r.balance().currency(),
            new long[] {r.balance().debit().getAmountMinorLong(), r.balance().credit().getAmountMinorLong()});
      }
      for (AccountBalance r : ledger.accountBalances(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 30))) {
        assertThat(new long[] {r.balance().debit().getAmountMinorLong(), r.balance().credit().getAmountMinorLong()})
            .as("Dr/Cr of %s over every date, by days", r.account())
            .containsExactly(all.get(r.account() + "|" + r.balance().currency()));
      }
    }

    private int checks;
  }

  // -------------------------------------------------------------------------------------------- generators

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 89).map(i -> LocalDate.of(2025, 1, 1).plusDays(i));
  }

  /** A balanced entry in one currency: 1–3 random lines and a last one that balances them. */
  static Arbitrary<JournalEntry> entries(boolean withBlocked) {
    List<String> accounts = new ArrayList<>(ACCOUNTS);
    if (withBlocked) {
      accounts.add(BLOCKED);
    }
    Arbitrary<JournalLine> line = Combinators.combine(
            Arbitraries.of(accounts), Arbitraries.of(Side.class), Arbitraries.longs().between(1, 100_000))
        .as((a, s, m) -> JournalLine.of(a, s, Money.ofMinor(Monies.PLN, m)));
    return Combinators.combine(dates(), line.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(accounts),
            Arbitraries.of(Monies.PLN, Monies.EUR))
        .as((date, lines, last, cu) -> {
          ImmutableJournalEntry.Builder b = JournalEntry.builder().date(date).description("random");
          long net = 0;
          for (JournalLine l : lines) {
            Money m = Money.ofMinor(cu, l.amount().getAmountMinorLong());
            b.addLines(JournalLine.of(l.account(), l.side(), m));
            net += l.side() == Side.DEBIT ? m.getAmountMinorLong() : -m.getAmountMinorLong();
          }
          b.addLines(JournalLine.of(last, net > 0 ? Side.CREDIT : Side.DEBIT, Money.ofMinor(cu, Math.abs(net))));
          return b.build();
        });
  }

  // ----------------------------------------------------------------------------------------------- actions

  static final class PostAction implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return entries(true).map(e -> Transformer.mutate("post " + e.lines(), h -> post(h, e)));
    }

    static void post(Harness h, JournalEntry e) {
      Class<? extends Exception> expected = h.expectedRejection(e, e.adjusting());
      if (expected == null && h.breaksConstraint(e.lines(), List.of(), List.of())) {
        expected = BalanceConstraintException.class;
      }
      if (expected != null) {
        assertThatThrownBy(() -> h.ledger.post(e)).isInstanceOf(expected);
        return;
      }
      PostedEntry p = h.ledger.post(e);
      h.posted.add(p);
      h.applyPosted(e.lines(), 1);
    }
  }

  static final class ReserveAction implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Combinators.combine(entries(false), Arbitraries.integers().between(1, 120))
          .as((e, minutes) -> Transformer.<Harness>mutate("reserve " + e.lines() + " for " + minutes + " min", h -> {
            Instant expires = h.clock.instant().plus(Duration.ofMinutes(minutes));
            Class<? extends Exception> expected = h.expectedRejection(e, false);
            if (expected == null && h.breaksConstraint(List.of(), e.lines(), List.of())) {
              expected = BalanceConstraintException.class;
            }
            if (expected != null) {
              assertThatThrownBy(() -> h.ledger.reserve(e, expires)).isInstanceOf(expected);
              return;
            }
            PostedEntry p = h.ledger.reserve(e, expires);
            h.pending.put(p.id(), new Harness.Pending(p, expires));
            h.applyPending(e.lines(), 1);
          }));
    }
  }

  static final class CommitAction implements Action.Dependent<Harness> {
    @Override
    public boolean precondition(Harness h) {
      return !h.pending.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Harness>> transformer(Harness h) {
      return Arbitraries.of(new ArrayList<>(h.pending.keySet())).map(id -> Transformer.mutate("commit " + id, s -> {
        Harness.Pending p = s.pending.get(id);
        if (s.expectedRejection(p.entry().entry(), false) != null) {
          assertThatThrownBy(() -> s.ledger.commit(id)).isInstanceOf(PeriodClosedException.class);
          return;
        }
        PostedEntry c = s.ledger.commit(id);
        s.pending.remove(id);
        s.applyPending(p.entry().lines(), -1);
        s.applyPosted(c.lines(), 1);
        s.posted.add(c);
      }));
    }
  }

  static final class VoidAction implements Action.Dependent<Harness> {
    @Override
    public boolean precondition(Harness h) {
      return !h.pending.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Harness>> transformer(Harness h) {
      return Arbitraries.of(new ArrayList<>(h.pending.keySet())).map(id -> Transformer.mutate("void " + id, s -> {
        s.ledger.voidReservation(id);
        s.applyPending(s.pending.remove(id).entry().lines(), -1);
      }));
    }
  }

  static final class ClockAction implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Arbitraries.integers().between(1, 90).map(m -> Transformer.mutate("advance " + m + " min", h -> {
        h.clock.advance(Duration.ofMinutes(m));
        h.ledger.expireReservations();
        h.expireDue();
      }));
    }
  }

  static final class ReverseAction implements Action.Dependent<Harness> {
    @Override
    public boolean precondition(Harness h) {
      return h.posted.size() > h.reversed.size();
    }

    @Override
    public Arbitrary<Transformer<Harness>> transformer(Harness h) {
      List<PostedEntry> candidates = new ArrayList<>();
      for (PostedEntry p : h.posted) {
        if (!h.reversed.containsKey(p.id())) {
          candidates.add(p);
        }
      }
      return Combinators.combine(Arbitraries.of(candidates), dates(), Arbitraries.of(ReversalMode.class))
          .as((p, date, mode) -> Transformer.mutate("reverse " + p.id() + " " + mode + " on " + date, s -> {
            List<JournalLine> lines = new ArrayList<>();
            p.lines().forEach(l -> lines.add(mode == ReversalMode.RED ? l.negated() : l.withOppositeSide()));
            JournalEntry would = JournalEntry.builder().date(date).addAllLines(lines).build();
            Class<? extends Exception> expected = s.expectedRejection(would, p.entry().adjusting());
            if (expected == null && s.breaksConstraint(lines, List.of(), List.of())) {
              expected = BalanceConstraintException.class;
            }
            if (expected != null) {
              assertThatThrownBy(() -> s.ledger.reverse(p.id(), date, mode)).isInstanceOf(expected);
              return;
            }
            PostedEntry r = s.ledger.reverse(p.id(), date, mode);
            s.reversed.put(p.id(), Boolean.TRUE);
            s.reversed.put(r.id(), Boolean.TRUE); // keep the model simple: reversals are not reversed again
            s.posted.add(r);
            s.applyPosted(r.lines(), 1);
          }));
    }
  }

  static final class PeriodAction implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return Combinators.combine(Arbitraries.of(MONTHS), Arbitraries.of(PeriodState.class))
          .as((month, to) -> Transformer.mutate("period " + month + " → " + to, h -> {
            AccountingPeriod p = AccountingPeriod.ofMonth(month);
            PeriodState from = h.periods.getOrDefault(month, PeriodState.OPEN);
            boolean pendingIn = h.pending.values().stream().anyMatch(x -> YearMonth.from(x.entry().date()).equals(month));
            boolean conflict = from == to || (to == PeriodState.SOFT_CLOSED && from == PeriodState.CLOSED)
                || (to != PeriodState.OPEN && pendingIn);
            Runnable call = () -> {
              if (to == PeriodState.OPEN) {
                h.ledger.reopenPeriod(p, "test");
              } else if (to == PeriodState.CLOSED) {
                h.ledger.closePeriod(p);
              } else {
                h.ledger.softClosePeriod(p);
              }
            };
            if (conflict) {
              assertThatThrownBy(call::run).isInstanceOf(ConflictException.class);
              return;
            }
            call.run();
            h.periods.put(month, to);
            assertThat(h.ledger.periodState(p)).isEqualTo(to);
          }));
    }
  }

  /** Requests the ledger must refuse; the invariant then shows they changed nothing. */
  static final class InvalidAction implements Action.Dependent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer(Harness h) {
      List<Transformer<Harness>> options = new ArrayList<>();
      options.add(Transformer.mutate("post to an unknown account", s -> assertThatThrownBy(() -> s.ledger.post(
          JournalEntry.builder().date(LocalDate.of(2025, 4, 1)).addLines(JournalLine.debit("999", Monies.of("PLN", "1.00")),
              JournalLine.credit("130", Monies.of("PLN", "1.00"))).build())).isInstanceOf(PostingRejectedException.class)));
      options.add(Transformer.mutate("commit an unknown id", s ->
          assertThatThrownBy(() -> s.ledger.commit(EntryId.of("nope"))).isInstanceOf(NotFoundException.class)));
      if (!h.keyed.isEmpty()) {
        options.add(Transformer.mutate("reuse a key with other content", s -> {
          Map.Entry<String, JournalEntry> k = s.keyed.entrySet().iterator().next();
          JournalEntry other = JournalEntry.builder().from(k.getValue()).description("different").build();
          assertThatThrownBy(() -> s.ledger.post(other)).isInstanceOf(IdempotencyConflictException.class);
        }));
      }
      for (PostedEntry p : h.posted) {
        if (h.reversed.containsKey(p.id()) && p.entry().reversalOf().isEmpty()) {
          options.add(Transformer.mutate("reverse " + p.id() + " again", s -> assertThatThrownBy(
              () -> s.ledger.reverse(p.id(), LocalDate.of(2025, 4, 1), ReversalMode.RED)).isInstanceOf(ConflictException.class)));
          break;
        }
      }
      return Arbitraries.of(options);
    }
  }

  /** Posting with an idempotency key, then the same again: one entry. */
  static final class RepeatAction implements Action.Independent<Harness> {
    @Override
    public Arbitrary<Transformer<Harness>> transformer() {
      return entries(false).map(e -> Transformer.mutate("post twice with a key", h -> {
        JournalEntry keyed = JournalEntry.builder().from(e).date(LocalDate.of(2025, 4, 2))
            .idempotencyKey(IdempotencyKey.of("k" + (++h.keys))).build();
        if (h.breaksConstraint(keyed.lines(), List.of(), List.of())) {
          assertThatThrownBy(() -> h.ledger.post(keyed)).isInstanceOf(BalanceConstraintException.class);
          return;
        }
        PostedEntry first = h.ledger.post(keyed);
        assertThat(h.ledger.post(keyed)).isEqualTo(first);
        h.posted.add(first);
        h.applyPosted(keyed.lines(), 1);
        h.keyed.put(keyed.idempotencyKey().get().value(), keyed);
      }));
    }
  }
}
