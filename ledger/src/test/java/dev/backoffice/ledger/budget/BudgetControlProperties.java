package dev.backoffice.ledger.budget;

import static dev.backoffice.ledger.budget.BudgetFixture.FY2025;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK01;
import static dev.backoffice.ledger.budget.BudgetFixture.MPK02;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.Money;

/**
 * Invariants of budget control under random sequences of posts, credits, reservations (committed, voided),
 * orders, tagged invoices and releases against a STOP budget:
 * <ul>
 *   <li>actuals + commitments never exceed budget + tolerance, in each rule's scope — recomputed here from
 *       the ledger's own journal and pending entries and a model of the orders, not from the control's index;
 *   <li>a rejected change leaves ledger and budget state exactly as they were;
 *   <li>the what-if {@link BudgetControl#check(JournalEntry)} predicts whether a post passes;
 *   <li>the control's variance rows equal the independently recomputed figures.
 * </ul>
 */
class BudgetControlProperties {
  enum Kind { POST, CREDIT, RESERVE, COMMIT_RESERVATION, VOID_RESERVATION, ORDER, INVOICE, RELEASE }

  /** One random action: which lines (0: A, 1: B, 2: both), which month, how much, and a pick among earlier objects. */
  record Op(Kind kind, int line, int month, long minor, int pick) {}

  private static final Dimensions[] TAGS = {MPK01, MPK02};
  // A: 10,000.00 a year, STOP annual with 5 % tolerance → limit 10,500.00
  // B: 500.00 a month, STOP monthly accumulated with 10.00 tolerance → limit through month q: 500·q + 10
  private static final long A_LIMIT = 1_050_000;
  private static final long B_MONTH = 50_000;
  private static final long B_TOLERANCE = 1_000;

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = Combinators.combine(
        Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(1, 12),
        Arbitraries.longs().between(1, 700_000),
        Arbitraries.integers().between(0, 1_000)).as(Op::new);
    return op.list().ofMinSize(5).ofMaxSize(40);
  }

  private static Budget budget() {
    return Budget.builder().id("P").name("P").fiscalYear(FY2025).version(BudgetVersion.APPROVED)
        .addLines(BudgetLine.builder().from(BudgetLine.of("A", AccountSelector.account("402"), MPK01,
                Monies.of("PLN", "10000.00"), Phasing.equal(), FY2025))
                .addRules(ControlRule.stop(ControlScope.ANNUAL).withTolerancePercent(dev.backoffice.core.money.Rate.ofPercent("5")))
                .build(),
            BudgetLine.builder().from(BudgetLine.of("B", AccountSelector.account("402"), MPK02,
                Monies.of("PLN", "6000.00"), Phasing.equal(), FY2025))
                .addRules(ControlRule.stop(ControlScope.MONTHLY_ACCUMULATED).withToleranceAmount(Monies.of("PLN", "10.00")))
                .build())
        .build();
  }

  /** An order as the test models it: amount and released, kept apart from the control. */
  static final class Order {
    final String id;
    final int line;
    final int month;
    final long amount;
    long released;

    Order(String id, int line, int month, long amount) {
      this.id = id;
      this.line = line;
      this.month = month;
      this.amount = amount;
    }
  }

  @Property(tries = 150)
  void stopBudgetIsNeverExceededAndRejectedChangesChangeNothing(@ForAll("ops") List<Op> ops) {
    BudgetFixture f = new BudgetFixture();
    f.budgets.addBudget(budget());
    List<Order> orders = new ArrayList<>();
    Instant expiry = BudgetFixture.NOW.plusSeconds(86_400);
    for (Op op : ops) {
      Snapshot before = Snapshot.of(f);
      boolean rejected = false;
      try {
        switch (op.kind()) {
          case POST: {
            JournalEntry e = entry(op, null, Side.DEBIT);
            boolean predicted = f.budgets.check(e).passes();
            try {
              f.ledger.post(e);
              assertThat(predicted).as("check predicted a rejection of a post that passed").isTrue();
            } catch (BudgetExceededException x) {
              assertThat(predicted).as("check predicted a pass of a post that was rejected").isFalse();
              throw x;
            }
            break;
          }
          case CREDIT:
            f.ledger.post(entry(op, null, Side.CREDIT));
            break;
          case RESERVE:
            f.ledger.reserve(entry(op, null, Side.DEBIT), expiry);
            break;
          case COMMIT_RESERVATION: {
            List<PostedEntry> pending = f.ledger.pending();
            if (!pending.isEmpty()) {
              PostedEntry r = pending.get(op.pick() % pending.size());
              if (op.pick() % 2 == 0) {
                f.ledger.commit(r.id());
              } else { // settle for less: scale every line by the same fraction so the entry stays balanced
                List<Money> smaller = new ArrayList<>();
                for (JournalLine l : r.lines()) {
                  smaller.add(l.amount().dividedBy(2, java.math.RoundingMode.DOWN));
                }
                fixBalance(r, smaller);
                f.ledger.commit(r.id(), smaller);
              }
            }
            break;
          }
          case VOID_RESERVATION: {
            List<PostedEntry> pending = f.ledger.pending();
            if (!pending.isEmpty()) {
              f.ledger.voidReservation(pending.get(op.pick() % pending.size()).id());
            }
            break;
          }
          case ORDER: {
            int line = op.line() % 2;
            Order o = new Order("ZZ/" + orders.size(), line, op.month(), op.minor());
            f.budgets.commit(Commitment.builder().id(o.id).account("402").dimensions(TAGS[line])
                .date(LocalDate.of(2025, o.month, 15)).amount(Money.ofMinor(Monies.PLN, o.amount)).build());
            orders.add(o);
            break;
          }
          case INVOICE:
            if (!orders.isEmpty()) {
              Order o = orders.get(op.pick() % orders.size());
              f.ledger.post(entry(new Op(Kind.INVOICE, o.line, op.month(), op.minor(), 0), o.id, Side.DEBIT));
            }
            break;
          case RELEASE:
            if (!orders.isEmpty()) {
              Order o = orders.get(op.pick() % orders.size());
              long open = f.budgets.commitment(o.id).orElseThrow().open().getAmountMinorLong();
              long amount = Math.min(open, op.minor());
              if (amount > 0) {
                f.budgets.release(o.id, Money.ofMinor(Monies.PLN, amount), "random release");
                o.released += amount;
              }
            }
            break;
          default:
            throw new AssertionError(op);
        }
      } catch (BudgetExceededException e) {
        rejected = true;
        assertThat(Snapshot.of(f)).as("state after rejected %s", op).isEqualTo(before);
      }
      Statistics.label("outcome").collect(rejected ? "rejected" : "accepted");
      checkInvariant(f, orders);
    }
    // the run is meaningful only if STOP rules were actually hit, many times
    Statistics.label("outcome").coverage(c -> c.check("rejected").count(n -> n >= 30));
  }

  /** Makes the halved amounts of a reservation balance again by giving the credit line the debits' sum. */
  private static void fixBalance(PostedEntry r, List<Money> amounts) {
    Money debits = Money.zero(Monies.PLN);
    for (int i = 0; i < amounts.size(); i++) {
      if (r.lines().get(i).side() == Side.DEBIT) {
        debits = debits.plus(amounts.get(i));
      }
    }
    for (int i = 0; i < amounts.size(); i++) {
      if (r.lines().get(i).side() == Side.CREDIT) {
        amounts.set(i, debits);
      }
    }
  }

  /** A cost on A, B or both (Dr 402 tagged / Cr 202), or a credit note (the mirror image). */
  private static JournalEntry entry(Op op, String order, Side side) {
    LocalDate date = LocalDate.of(2025, op.month(), 15);
    var b = JournalEntry.builder().date(date).description(op.kind().toString());
    long total = 0;
    for (int l = 0; l < 2; l++) {
      if (op.line() == l || op.line() == 2) {
        Dimensions tags = order == null ? TAGS[l] : TAGS[l].with(BudgetControl.COMMITMENT, order);
        Money m = Money.ofMinor(Monies.PLN, op.minor());
        b.addLines(JournalLine.builder().account("402").side(side).amount(m).dimensions(tags).build());
        total += op.minor();
      }
    }
    b.addLines(JournalLine.of("202", side.opposite(), Money.ofMinor(Monies.PLN, total)));
    return b.build();
  }

  /** Consumption per line and month recomputed from the ledger and the order model; then the STOP limits. */
  private static void checkInvariant(BudgetFixture f, List<Order> orders) {
    long[][] actual = new long[2][13];
    long[][] commitments = new long[2][13];
    Map<String, long[]> consumed = new java.util.HashMap<>();
    Stream.concat(f.ledger.journal().map(p -> Map.entry(p, false)), f.ledger.pending().stream().map(p -> Map.entry(p, true)))
        .forEach(e -> {
          PostedEntry p = e.getKey();
          for (JournalLine l : p.lines()) {
            if (!l.account().equals("402")) {
              continue;
            }
            long v = (l.side() == Side.DEBIT ? 1 : -1) * l.amount().getAmountMinorLong();
            int line = l.dimensions().matches(MPK01) ? 0 : 1;
            (e.getValue() ? commitments : actual)[line][p.date().getMonthValue()] += v;
            l.dimensions().get(BudgetControl.COMMITMENT).ifPresent(o -> consumed.computeIfAbsent(o, k -> new long[1])[0] += v);
          }
        });
    for (Order o : orders) {
      long used = consumed.getOrDefault(o.id, new long[1])[0];
      commitments[o.line][o.month] += Math.max(0, o.amount - o.released - used);
    }
    long annualA = 0;
    for (int m = 1; m <= 12; m++) {
      annualA += actual[0][m] + commitments[0][m];
    }
    assertThat(annualA).as("line A: actuals + commitments ≤ 10,000.00 + 5 %").isLessThanOrEqualTo(A_LIMIT);
    long cumB = 0;
    for (int m = 1; m <= 12; m++) {
      cumB += actual[1][m] + commitments[1][m];
      assertThat(cumB).as("line B through month %d", m).isLessThanOrEqualTo(B_MONTH * m + B_TOLERANCE);
    }
    List<BudgetVariance> rows = f.budgets.variance("P");
    for (int line = 0; line < 2; line++) {
      for (int m = 1; m <= 12; m++) {
        BudgetVariance row = rows.get(line * 12 + m - 1);
        assertThat(row.actual().getAmountMinorLong()).as("actual of line %d month %d", line, m).isEqualTo(actual[line][m]);
        assertThat(row.commitments().getAmountMinorLong()).as("commitments of line %d month %d", line, m)
            .isEqualTo(commitments[line][m]);
      }
    }
  }

  /** What a rejected change must leave untouched. */
  record Snapshot(long posted, List<PostedEntry> pending, List<BudgetVariance> variance, List<CommitmentStatus> orders) {
    static Snapshot of(BudgetFixture f) {
      return new Snapshot(f.ledger.postedCount(), f.ledger.pending(), f.budgets.variance("P"), f.budgets.commitments());
    }
  }
}
