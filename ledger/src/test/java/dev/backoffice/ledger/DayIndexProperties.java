package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The day index sums exactly what a plain list of lines sums, for any range, whether the lines it holds are
 * still in its buffer or already in their days: after every add, not only after a flush; and readers that
 * sum at the same time all see every line, buffered or not.
 */
class DayIndexProperties {
  /** A line: its date and the four slot values. */
  private static final class Line {
    final LocalDate date;
    final long[] v;

    Line(LocalDate date, long dr, long cr, long base) {
      this.date = date;
      this.v = new long[] {dr, cr, base, 1};
    }

    @Override
    public String toString() {
      return date + " dr " + v[0] + " cr " + v[1] + " base " + v[2];
    }
  }

  @Provide
  Arbitrary<List<Line>> lines() {
    // dates over three years, so months before the first one and far after it grow the month array both ways
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3 * 366)
        .map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    Arbitrary<Long> amounts = Arbitraries.longs().between(0, 1_000_000);
    Arbitrary<Line> line = Combinators.combine(dates, amounts, Arbitraries.of(true, false), amounts)
        .as((d, a, debit, b) -> new Line(d, debit ? a : 0, debit ? 0 : a, debit ? b : -b));
    return line.list().ofMaxSize(3 * DayIndex.BUFFERED + 5);
  }

  @Provide
  Arbitrary<LocalDate> bounds() {
    return Arbitraries.integers().between(-40, 3 * 366 + 40).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
  }

  @Property(tries = 400)
  void sumsEqualThoseOfTheLinesInRange(@ForAll("lines") List<Line> lines, @ForAll("bounds") LocalDate a,
      @ForAll("bounds") LocalDate b) {
    LocalDate from = a.isBefore(b) ? a : b;
    LocalDate to = a.isBefore(b) ? b : a;
    DayIndex index = new DayIndex();
    List<Line> added = new ArrayList<>();
    for (Line l : lines) {
      index.add(l.date, l.v[0], l.v[1], l.v[2], l.v[3]);
      added.add(l);
      assertThat(index.sum(from, to)).as("%s to %s after %s", from, to, added).containsExactly(model(added, from, to));
      assertThat(index.sum(null, to)).as("up to %s", to).containsExactly(model(added, null, to));
      assertThat(index.sum(from, null)).as("from %s", from).containsExactly(model(added, from, null));
    }
    assertThat(index.sum(null, null)).containsExactly(model(added, null, null));
  }

  /** Readers sum side by side over a buffer the writer has flushed once and filled again: all see every line. */
  @Example
  void readersThatSumSideBySideAllSeeTheBufferedLines() throws Exception {
    for (int round = 0; round < 200; round++) {
      DayIndex index = new DayIndex();
      long expectedDr = 0;
      for (int i = 0; i < DayIndex.BUFFERED + 5; i++) { // a full buffer flushed by the writer, then 5 buffered
        index.add(LocalDate.of(2025, 1 + i % 12, 1 + i % 28), i + 1, 0, i + 1, 1);
        expectedDr += i + 1;
      }
      int readers = 4;
      CyclicBarrier start = new CyclicBarrier(readers);
      ExecutorService pool = Executors.newFixedThreadPool(readers);
      try {
        List<Future<long[]>> sums = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
          sums.add(pool.submit(() -> {
            start.await();
            return index.sum(null, LocalDate.of(2025, 12, 31));
          }));
        }
        for (Future<long[]> f : sums) {
          assertThat(f.get()).containsExactly(expectedDr, 0, expectedDr, DayIndex.BUFFERED + 5);
        }
      } finally {
        pool.shutdownNow();
      }
    }
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
