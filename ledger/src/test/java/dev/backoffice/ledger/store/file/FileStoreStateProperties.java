package dev.backoffice.ledger.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.PeriodClosedException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.period.PeriodState;
import dev.backoffice.ledger.query.AccountBalance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.joda.money.Money;

/**
 * A stateful test of a ledger on the file store that closes and reopens the store at random points — cleanly,
 * or as after a crash with no checkpoint — between posts, reservations, commits, voids, reversals, period
 * changes and invalid requests. After every action, and so after every reopen, the ledger equals a plain
 * model: the journal in order with each entry's content, the pending and voided reservations, the period
 * states, and every balance recomputed from the model's lines.
 *
 * <p>The ledger's own stateful property ({@code LedgerStateProperties}) also runs on this store, through
 * {@code FileStoreLedgerStateProperties}.
 */
class FileStoreStateProperties {
  static final List<String> ACCOUNTS = List.of("100", "130", "201", "202", "402", "700");
  static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
  /** Small enough that checkpoints are written in the middle of a chain. */
  static final FileStoreOptions OPTIONS = FileStoreOptions.builder().checkpointIntervalBytes(4096).build();

  @Property(tries = 15)
  void aReopenedLedgerEqualsTheModel(@ForAll("chains") ActionChain<World> chain) {
    chain.withInvariant("ledger equals model", World::check).run();
    World w = chain.finalState().orElseThrow();
    assertThat(w.actions).isEqualTo(chain.transformations().size());
    w.ledger.close();
    assertThat(FileStoreVerifier.verify(w.dir).problems()).isEmpty();
    w.delete();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return ActionChain.startWith(World::new)
        .withAction(25, new Post())
        .withAction(10, new Reserve())
        .withAction(6, new Commit())
        .withAction(4, new VoidIt())
        .withAction(5, new Reverse())
        .withAction(5, new Period())
        .withAction(5, new Invalid())
        .withAction(6, new Reopen())
        .withMaxTransformations(60)
        .dontShrink();
  }

  /** The store, the ledger on it, and the model. */
  static final class World {
    final Path dir;
    Ledger ledger;
    final Map<EntryId, JournalEntry> posted = new LinkedHashMap<>();
    final Map<EntryId, JournalEntry> pending = new LinkedHashMap<>();
    final Set<EntryId> voided = new HashSet<>();
    final Set<EntryId> reversed = new HashSet<>();
    final Map<YearMonth, PeriodState> periods = new TreeMap<>();
    int next;
    int actions;
    int reopens;

    World() {
      try {
        dir = Files.createTempDirectory("file-store-state");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FileLedgerStore store = FileLedgerStore.open(dir, OPTIONS);
      ledger = Ledger.builder().store(store).chart(PolishChartOfAccounts.template()).clock(StoreFixtures.CLOCK).build();
    }

    PeriodState state(LocalDate date) {
      return periods.getOrDefault(YearMonth.from(date), PeriodState.OPEN);
    }

    void reopen(boolean asAfterACrash) {
      ledger.close();
      if (asAfterACrash) {
        try {
          StoreFixtures.forgetCheckpoint(dir);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      FileLedgerStore store = FileLedgerStore.open(dir, OPTIONS);
      assertThat(store.recovery().truncatedBytes()).isZero();
      ledger = Ledger.builder().store(store).clock(StoreFixtures.CLOCK).build();
      reopens++;
    }

    void check() {
      List<PostedEntry> journal = ledger.journal().collect(Collectors.toList());
      assertThat(journal).extracting(PostedEntry::id).containsExactlyElementsOf(posted.keySet());
      for (PostedEntry p : journal) {
        assertThat(p.entry()).as("content of %s", p.id()).isEqualTo(posted.get(p.id()));
      }
      assertThat(ledger.pending()).extracting(PostedEntry::id).containsExactlyInAnyOrderElementsOf(pending.keySet());
      for (EntryId id : voided) {
        assertThat(ledger.entry(id).orElseThrow().status()).isEqualTo(EntryStatus.VOIDED);
      }
      for (YearMonth m : MONTHS) {
        assertThat(ledger.periodState(AccountingPeriod.ofMonth(m))).as("period %s", m).isEqualTo(state(m.atDay(1)));
      }
      assertThat(balances()).isEqualTo(expectedBalances());
    }

    /** account → {posted Dr, posted Cr, pending Dr, pending Cr} in grosze, accounts with posted lines only. */
    Map<String, List<Long>> balances() {
      Map<String, List<Long>> out = new TreeMap<>();
      for (AccountBalance b : ledger.accountBalances(null, null)) {
        out.put(b.account(), List.of(b.balance().debit().getAmountMinorLong(), b.balance().credit().getAmountMinorLong(),
            b.balance().pendingDebit().getAmountMinorLong(), b.balance().pendingCredit().getAmountMinorLong()));
      }
      return out;
    }

    Map<String, List<Long>> expectedBalances() {
      Map<String, long[]> sums = new TreeMap<>();
      Set<String> withPosted = new HashSet<>();
      posted.values().forEach(e -> e.lines().forEach(l -> {
        sums.computeIfAbsent(l.account(), k -> new long[4])[l.side() == Side.DEBIT ? 0 : 1] += l.amount().getAmountMinorLong();
        withPosted.add(l.account());
      }));
      pending.values().forEach(e -> e.lines().forEach(l ->
          sums.computeIfAbsent(l.account(), k -> new long[4])[l.side() == Side.DEBIT ? 2 : 3] += l.amount().getAmountMinorLong()));
      Map<String, List<Long>> out = new TreeMap<>();
      sums.forEach((a, s) -> {
        if (withPosted.contains(a)) {
          out.put(a, List.of(s[0], s[1], s[2], s[3]));
        }
      });
      return out;
    }

    void delete() {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Dr one account, Cr another, 0.01–1000.00 PLN, in January to March 2025. */
  static Arbitrary<JournalEntry> entries() {
    return Combinators.combine(Arbitraries.of(ACCOUNTS), Arbitraries.of(ACCOUNTS), Arbitraries.longs().between(1, 100_000),
            Arbitraries.integers().between(0, 89))
        .filter((dr, cr, m, d) -> !dr.equals(cr))
        .as((dr, cr, m, d) -> JournalEntry.builder().date(LocalDate.of(2025, 1, 1).plusDays(d)).description("random")
            .addLines(JournalLine.debit(dr, Money.ofMinor(Monies.PLN, m)), JournalLine.credit(cr, Money.ofMinor(Monies.PLN, m)))
            .build());
  }

  static JournalEntry withId(JournalEntry e, String id) {
    return JournalEntry.builder().from(e).id(EntryId.of(id)).build();
  }

  static final class Post implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return entries().map(e -> Transformer.mutate("post " + e.lines() + " on " + e.date(), w -> {
        w.actions++;
        JournalEntry entry = withId(e, "P-" + ++w.next);
        if (w.state(e.date()) == PeriodState.CLOSED) {
          assertThatThrownBy(() -> w.ledger.post(entry)).isInstanceOf(PeriodClosedException.class);
          return;
        }
        w.ledger.post(entry);
        w.posted.put(entry.id().orElseThrow(), entry);
      }));
    }
  }

  static final class Reserve implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return entries().map(e -> Transformer.mutate("reserve " + e.lines() + " on " + e.date(), w -> {
        w.actions++;
        JournalEntry entry = withId(e, "R-" + ++w.next);
        if (w.state(e.date()) == PeriodState.CLOSED) {
          assertThatThrownBy(() -> w.ledger.reserve(entry, StoreFixtures.T0.plus(1, ChronoUnit.DAYS)))
              .isInstanceOf(PeriodClosedException.class);
          return;
        }
        w.ledger.reserve(entry, StoreFixtures.T0.plus(1, ChronoUnit.DAYS));
        w.pending.put(entry.id().orElseThrow(), entry);
      }));
    }
  }

  static final class Commit implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.pending.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Arbitraries.of(new ArrayList<>(w.pending.keySet())).map(id -> Transformer.mutate("commit " + id, s -> {
        s.actions++;
        JournalEntry e = s.pending.get(id);
        if (s.state(e.date()) == PeriodState.CLOSED) { // a reservation keeps its month open, but not for ever
          assertThatThrownBy(() -> s.ledger.commit(id)).isInstanceOf(PeriodClosedException.class);
          return;
        }
        s.ledger.commit(id);
        s.posted.put(id, s.pending.remove(id));
      }));
    }
  }

  static final class VoidIt implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return !w.pending.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      return Arbitraries.of(new ArrayList<>(w.pending.keySet())).map(id -> Transformer.mutate("void " + id, s -> {
        s.actions++;
        s.ledger.voidReservation(id);
        s.pending.remove(id);
        s.voided.add(id);
      }));
    }
  }

  static final class Reverse implements Action.Dependent<World> {
    @Override
    public boolean precondition(World w) {
      return w.posted.keySet().stream().anyMatch(id -> !w.reversed.contains(id));
    }

    @Override
    public Arbitrary<Transformer<World>> transformer(World w) {
      List<EntryId> candidates = w.posted.keySet().stream().filter(id -> !w.reversed.contains(id)).collect(Collectors.toList());
      return Combinators.combine(Arbitraries.of(candidates), Arbitraries.of(MONTHS))
          .as((id, month) -> Transformer.mutate("reverse " + id + " in " + month, s -> {
            s.actions++;
            LocalDate date = month.atDay(15);
            if (s.state(date) == PeriodState.CLOSED) {
              assertThatThrownBy(() -> s.ledger.reverse(id, date, ReversalMode.RED)).isInstanceOf(PeriodClosedException.class);
              return;
            }
            PostedEntry storno = s.ledger.reverse(id, date, ReversalMode.RED);
            JournalEntry original = s.posted.get(id);
            assertThat(storno.lines()).containsExactlyElementsOf(
                original.lines().stream().map(JournalLine::negated).collect(Collectors.toList()));
            s.posted.put(storno.id(), storno.entry());
            s.reversed.add(id);
            s.reversed.add(storno.id());
          }));
    }
  }

  static final class Period implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Arbitraries.of(MONTHS).map(month -> Transformer.mutate("close or reopen " + month, w -> {
        w.actions++;
        AccountingPeriod p = AccountingPeriod.ofMonth(month);
        if (w.periods.getOrDefault(month, PeriodState.OPEN) == PeriodState.CLOSED) {
          w.ledger.reopenPeriod(p, "correction");
          w.periods.put(month, PeriodState.OPEN);
        } else if (w.pending.values().stream().anyMatch(e -> YearMonth.from(e.date()).equals(month))) {
          assertThatThrownBy(() -> w.ledger.closePeriod(p)).isInstanceOf(ConflictException.class);
        } else {
          w.ledger.closePeriod(p);
          w.periods.put(month, PeriodState.CLOSED);
        }
      }));
    }
  }

  static final class Invalid implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return entries().map(e -> Transformer.mutate("post to an unknown account", w -> {
        w.actions++;
        JournalEntry bad = JournalEntry.builder().from(e).lines(List.of(
            JournalLine.debit("999", e.lines().get(0).amount()), JournalLine.credit("130", e.lines().get(0).amount())))
            .build();
        if (w.state(e.date()) == PeriodState.CLOSED) {
          assertThatThrownBy(() -> w.ledger.post(bad)).isInstanceOf(PeriodClosedException.class);
        } else {
          assertThatThrownBy(() -> w.ledger.post(bad)).isInstanceOf(PostingRejectedException.class)
              .hasMessageContaining("999");
        }
      }));
    }
  }

  static final class Reopen implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Arbitraries.of(false, true).map(crash -> Transformer.mutate(crash ? "reopen without checkpoint" : "reopen", w -> {
        w.actions++;
        w.reopen(crash);
      }));
    }
  }
}
