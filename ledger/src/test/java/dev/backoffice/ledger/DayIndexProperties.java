package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

/**
 * The day index sums exactly what a plain list of lines sums, after every line added: debits, credits, signed
 * base values and line counts, whatever order the dates come in. Ranges of whole months need only the month
 * totals kept at posting; any range is right once the days have caught up, however many lines each catch-up
 * brought.
 */
class DayIndexProperties {
  /** A line: its date, side, amount and base value, and the four slot values it adds. */
  private static final class Line {
    final LocalDate date;
    final boolean credit;
    final long amount;
    final long base;
    final long[] v;

    Line(LocalDate date, boolean credit, long amount, long base) {
      this.date = date;
      this.credit = credit;
      this.amount = amount;
      this.base = base;
      this.v = new long[] {credit ? 0 : amount, credit ? amount : 0, credit ? -base : base, 1};
    }

    @Override
    public String toString() {
      return date + (credit ? " cr " : " dr ") + amount + " base " + base;
    }
  }

  @Provide
  Arbitrary<List<Line>> lines() {
    // dates over three years, so months before the first one and far after it grow the month array both ways
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3 * 366)
        .map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    // negative amounts are red storno lines; the base value is mostly the amount (a line in the base
    // currency), sometimes not (a line in another currency with its cost)
    Arbitrary<Long> amounts = Arbitraries.longs().between(-1_000_000, 1_000_000);
    Arbitrary<Line> line = Combinators.combine(dates, amounts, Arbitraries.of(true, false),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just((Long) null)), Tuple.of(1, amounts)))
        .as((d, a, credit, b) -> new Line(d, credit, a, b == null ? a : b));
    return line.list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<LocalDate> bounds() {
    return Arbitraries.integers().between(-40, 3 * 366 + 40).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
  }

  @Property(tries = 400)
  void sumsEqualThoseOfTheLinesInRange(@ForAll("lines") List<Line> lines, @ForAll("bounds") LocalDate a,
      @ForAll("bounds") LocalDate b, @ForAll @IntRange(min = 1, max = 8) int catchUpEvery) {
    LocalDate from = a.isBefore(b) ? a : b;
    LocalDate to = a.isBefore(b) ? b : a;
    DayIndex index = new DayIndex();
    List<Line> added = new ArrayList<>();
    int caughtUp = 0;
    for (Line l : lines) {
      index.addToMonth(DayIndex.monthKey(l.date), l.credit, l.amount, l.base);
      added.add(l);
      // whole months: right at once, from the month totals alone
      LocalDate monthStart = from.withDayOfMonth(1);
      LocalDate monthEnd = to.withDayOfMonth(to.lengthOfMonth());
      assertThat(DayIndex.readsDays(monthStart, monthEnd)).isFalse();
      assertThat(index.sum(monthStart, monthEnd)).as("%s to %s after %s", monthStart, monthEnd, added)
          .containsExactly(model(added, monthStart, monthEnd));
      assertThat(index.sum(null, monthEnd)).containsExactly(model(added, null, monthEnd));
      assertThat(index.sum(monthStart, null)).containsExactly(model(added, monthStart, null));
      if (added.size() % catchUpEvery == 0 || added.size() == lines.size()) { // a query that reads days
        for (Line c : added.subList(caughtUp, added.size())) {
          index.addToDay(DayIndex.monthKey(c.date), c.date.getDayOfMonth(), c.credit, c.amount, c.base);
        }
        caughtUp = added.size();
        assertThat(index.sum(from, to)).as("%s to %s after %s", from, to, added).containsExactly(model(added, from, to));
        assertThat(index.sum(null, to)).as("up to %s", to).containsExactly(model(added, null, to));
        assertThat(index.sum(from, null)).as("from %s", from).containsExactly(model(added, from, null));
      }
    }
    assertThat(index.sum(null, null)).containsExactly(model(added, null, null));
  }

  @Example
  void aRangeReadsDaysWhenItStartsOrEndsInsideAMonth() {
    assertThat(DayIndex.readsDays(null, null)).isFalse();
    assertThat(DayIndex.readsDays(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(DayIndex.readsDays(null, LocalDate.of(2024, 2, 29))).isFalse(); // leap year
    assertThat(DayIndex.readsDays(null, LocalDate.of(2025, 2, 28))).isFalse();
    assertThat(DayIndex.readsDays(null, LocalDate.of(2024, 2, 28))).isTrue();
    assertThat(DayIndex.readsDays(LocalDate.of(2025, 4, 2), null)).isTrue();
    assertThat(DayIndex.readsDays(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 15))).isTrue();
  }

  private static long[] model(List<Line> lines, @Nullable LocalDate from, @Nullable LocalDate to) {
    long[] out = new long[4];
    for (Line l : lines) {
      if ((from == null || !l.date.isBefore(from)) && (to == null || !l.date.isAfter(to))) {
        for (int i = 0; i < 4; i++) {
          out[i] += l.v[i];
        }
      }
    }
    return out;
  }
}
