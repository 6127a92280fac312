package dev.backoffice.ledger;

import static dev.backoffice.ledger.Fixtures.d;
import static dev.backoffice.ledger.Fixtures.entry;
import static dev.backoffice.ledger.Fixtures.pln;
import static dev.backoffice.ledger.Fixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.dimension.Dimension;
import dev.backoffice.core.dimension.Dimensions;
import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.error.ConflictException;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.core.error.ValidationException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.core.time.AccountingPeriod;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryStatus;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.entry.PostingWarning;
import dev.backoffice.ledger.entry.ReversalMode;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.ledger.error.PostingRejectedException;
import dev.backoffice.ledger.event.LedgerListener;
import dev.backoffice.ledger.guard.PostingGuard;
import dev.backoffice.ledger.guard.PostingKind;
import dev.backoffice.ledger.guard.ProposedPosting;
import dev.backoffice.ledger.period.PeriodChange;
import dev.backoffice.ledger.query.EntryQuery;
import dev.backoffice.ledger.query.LedgerView;
import dev.backoffice.ledger.query.Page;
import dev.backoffice.ledger.store.InMemoryLedgerStore;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Account maintenance, listeners, guards, replay from the store and entry search. */
class LedgerServicesTest {
  private final MutableClock clock = new MutableClock(Fixtures.T0);

  @Test
  void accountsCanBeOpenedRenamedBlockedButNotDeletedOnceUsed() {
    Ledger ledger = Fixtures.ledger(clock);
    ledger.openAccount(Account.of("201-001", "Klient A", AccountType.ASSET));
    assertThatThrownBy(() -> ledger.openAccount(Account.of("201-001", "Klient B", AccountType.ASSET)))
        .isInstanceOf(ConflictException.class).hasMessage("account 201-001: already exists");
    assertThat(ledger.renameAccount("201-001", "Klient A sp. z o.o.").name()).isEqualTo("Klient A sp. z o.o.");
    assertThat(ledger.chart().require("201-001").name()).isEqualTo("Klient A sp. z o.o.");

    ledger.post(simple("2025-01-03", "201-001", "700", "5.00"));
    assertThatThrownBy(() -> ledger.deleteAccount("201-001")).isInstanceOf(ConflictException.class)
        .hasMessage("account 201-001: has 1 posted and 0 pending lines and cannot be deleted; block it instead");
    assertThatThrownBy(() -> ledger.updateAccount(Account.of("201-001", "Klient A", AccountType.LIABILITY)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("type and normal balance cannot change");

    ledger.openAccount(Account.of("201-002", "Klient B", AccountType.ASSET));
    ledger.deleteAccount("201-002");
    assertThat(ledger.chart().contains("201-002")).isFalse();
    assertThatThrownBy(() -> ledger.deleteAccount("201-002")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAccountWhoseParentIsMissingIsRejected() {
    Ledger ledger = Fixtures.ledger(clock);
    assertThatThrownBy(() -> ledger.openAccount(Account.builder().code("999-1").name("x").type(AccountType.ASSET).parent("999").build()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("parent = '999' is invalid: must be an account of the chart");
    assertThat(ledger.chart().contains("999-1")).isFalse();
  }

  @Test
  void listenersHearOnlyCommittedChangesAndAFailingOneHarmsNothing() throws Exception {
    List<String> heard = new ArrayList<>();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    List<String> heardAsync = java.util.Collections.synchronizedList(new ArrayList<>());
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock)
        .listener(new LedgerListener() {
          @Override
          public void onPosted(PostedEntry entry) {
            throw new IllegalStateException("listener bug");
          }
        })
        .listener(new LedgerListener() {
          @Override
          public void onPosted(PostedEntry entry) {
            heard.add("posted " + entry.id());
          }

          @Override
          public void onReversed(PostedEntry original, PostedEntry reversal) {
            heard.add("reversed " + original.id() + " by " + reversal.id());
          }

          @Override
          public void onReserved(PostedEntry entry) {
            heard.add("reserved " + entry.id());
          }

          @Override
          public void onReleased(PostedEntry entry) {
            heard.add(entry.status() + " " + entry.id());
          }

          @Override
          public void onPeriodChanged(PeriodChange change) {
            heard.add("period " + change.period() + " " + change.to());
          }
        })
        .listener(new LedgerListener() {
          @Override
          public void onPosted(PostedEntry entry) {
            heardAsync.add(Thread.currentThread().getName());
          }
        }, executor)
        .build();

    PostedEntry e1 = ledger.post(simple("2025-01-03", "130", "800", "5.00"));
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "999", "800", "5.00"))).isInstanceOf(PostingRejectedException.class);
    ledger.reverse(e1.id(), d("2025-01-04"), ReversalMode.RED);
    PostedEntry r = ledger.reserve(simple("2025-01-05", "130", "800", "1.00"), Fixtures.T0.plus(Duration.ofHours(1)));
    ledger.voidReservation(r.id());
    ledger.closePeriod(AccountingPeriod.ofMonth(YearMonth.of(2025, 1)));
    executor.shutdown();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

    assertThat(heard).containsExactly("posted E1", "posted E2", "reversed E1 by E2", "reserved E3", "VOIDED E3",
        "period 2025-01 CLOSED");
    assertThat(heardAsync).hasSize(2).allMatch(name -> !name.equals(Thread.currentThread().getName()));
  }

  @Test
  void guardsCanWarnOrRejectAndAreToldOfAppliedChanges() {
    List<String> applied = new ArrayList<>();
    PostingGuard guard = new PostingGuard() {
      @Override
      public ImmutableList<PostingWarning> check(ProposedPosting p, LedgerView view) {
        JournalLine first = p.entry().lines().get(0);
        if (first.amount().isGreaterThan(pln("1000.00"))) {
          throw new PostingRejectedException("entry", first.account(), "over 1000");
        }
        return first.amount().isGreaterThan(pln("100.00"))
            ? ImmutableList.of(PostingWarning.of("test", "over 100")) : ImmutableList.of();
      }

      @Override
      public void onApplied(ProposedPosting p, PostedEntry result) {
        applied.add(p.kind() + " " + result.id());
      }
    };
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).guard(guard).build();

    assertThat(ledger.post(simple("2025-01-03", "402", "130", "50.00")).warnings()).isEmpty();
    assertThat(ledger.post(simple("2025-01-03", "402", "130", "500.00")).warnings())
        .containsExactly(PostingWarning.of("test", "over 100"));
    assertThatThrownBy(() -> ledger.post(simple("2025-01-03", "402", "130", "5000.00")))
        .isInstanceOf(PostingRejectedException.class).hasMessageContaining("over 1000");
    assertThat(ledger.check(simple("2025-01-03", "402", "130", "500.00"))).hasSize(1);
    PostedEntry r = ledger.reserve(simple("2025-01-03", "402", "130", "10.00"), Fixtures.T0.plus(Duration.ofHours(1)));
    ledger.commit(r.id());

    assertThat(applied).containsExactly("POST E1", "POST E2", "RESERVE E3", "COMMIT E3");
    assertThat(ledger.balance("402", Monies.PLN, d("2025-01-31"))).isEqualTo(pln("560.00"));
  }

  @Test
  void aLedgerReplayedFromItsStoreEqualsTheOriginal() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    Ledger first = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).store(store).build();
    first.openAccount(Account.builder().code("130-01").name("PKO").type(AccountType.ASSET).parent("130").build());
    PostedEntry a = first.post(simple("2025-01-03", "130-01", "800", "100.00"));
    first.post(simple("2025-01-04", "402", "130-01", "30.00"));
    first.reverse(a.id(), d("2025-01-05"), ReversalMode.BLACK);
    PostedEntry r = first.reserve(simple("2025-01-06", "402", "130-01", "7.00"), Fixtures.T0.plus(Duration.ofHours(1)));
    PostedEntry r2 = first.reserve(simple("2025-02-06", "402", "130-01", "8.00"), Fixtures.T0.plus(Duration.ofHours(1)));
    first.commit(r2.id());
    first.closePeriod(AccountingPeriod.ofMonth(YearMonth.of(2024, 12)));
    first.blockAccount("409");

    Ledger second = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).store(store).build();

    assertThat(second.accountBalances(null, null)).isEqualTo(first.accountBalances(null, null));
    assertThat(second.journal()).containsExactlyElementsOf(first.journal().collect(java.util.stream.Collectors.toList()));
    assertThat(second.pending()).containsExactly(r);
    assertThat(second.periodHistory()).isEqualTo(first.periodHistory());
    assertThat(second.chart()).isEqualTo(first.chart());
    assertThat(second.reversedBy(a.id())).isEqualTo(first.reversedBy(a.id()));
    // E1 posted, E2 posted, E3 its reversal, E4 pending, E5 committed: the next id continues after replay
    assertThat(second.post(simple("2025-01-07", "130", "800", "1.00")).id().value()).isEqualTo("E6");
  }

  @Test
  void aLedgerOnAnExistingStoreKeepsTheStoresChart() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    Ledger first = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).store(store).build();
    first.deleteAccount("409");

    Ledger second = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock).store(store).build();

    assertThat(second.chart().contains("409")).isFalse();
    assertThat(second.chart()).isEqualTo(first.chart());
  }

  @Test
  void entriesCanBeSearchedByAccountDocumentTextDimensionAndPaged() {
    Ledger ledger = Fixtures.ledger(clock);
    Dimensions proj = Dimensions.of(Dimension.PROJECT, "ERP");
    for (int i = 1; i <= 5; i++) {
      ledger.post(entry("2025-01-0" + i).description("Faktura zakupu " + i)
          .document(DocumentRef.of("FZ", "FZ/" + i, d("2025-01-0" + i)))
          .addLines(JournalLine.builder().account(i % 2 == 0 ? "402" : "401").side(Side.DEBIT).amount(pln(i + ".00"))
                  .dimensions(i == 3 ? proj : Dimensions.empty()).build(),
              JournalLine.credit("202", pln(i + ".00")))
          .build());
    }

    assertThat(ids(ledger.entries(EntryQuery.builder().account("402").build()))).containsExactly("E2", "E4");
    assertThat(ids(ledger.entries(EntryQuery.builder().documentNumber("FZ/3").build()))).containsExactly("E3");
    assertThat(ids(ledger.entries(EntryQuery.builder().text("ZAKUPU 5").build()))).containsExactly("E5");
    assertThat(ids(ledger.entries(EntryQuery.builder().dimensions(proj).build()))).containsExactly("E3");
    assertThat(ids(ledger.entries(EntryQuery.builder().from(d("2025-01-02")).to(d("2025-01-03")).build())))
        .containsExactly("E2", "E3");
    Page<PostedEntry> page = ledger.entries(EntryQuery.builder().limit(2).build());
    assertThat(ids(page)).containsExactly("E1", "E2");
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.hasMore()).isTrue();
    Page<PostedEntry> last = ledger.entries(EntryQuery.builder().limit(2).build().nextPage().nextPage());
    assertThat(ids(last)).containsExactly("E5");
    assertThat(last.hasMore()).isFalse();
    ledger.reserve(simple("2025-01-09", "402", "202", "1.00"), Fixtures.T0.plus(Duration.ofHours(1)));
    assertThat(ids(ledger.entries(EntryQuery.builder().status(EntryStatus.PENDING).account("402").build())))
        .containsExactly("E6");
    assertThatThrownBy(() -> EntryQuery.builder().limit(0).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("limit");
  }

  private static List<String> ids(Page<PostedEntry> page) {
    List<String> out = new ArrayList<>();
    page.items().forEach(p -> out.add(p.id().value()));
    return out;
  }

  @Test
  void guardSeesTheKindOfEveryChange() {
    List<PostingKind> kinds = new ArrayList<>();
    Ledger ledger = Ledger.builder().chart(PolishChartOfAccounts.template()).clock(clock)
        .guard(new PostingGuard() {
          @Override
          public ImmutableList<PostingWarning> check(ProposedPosting p, LedgerView view) {
            return ImmutableList.of();
          }

          @Override
          public void onApplied(ProposedPosting p, PostedEntry result) {
            kinds.add(p.kind());
          }
        }).build();
    ledger.reserve(simple("2025-01-09", "402", "202", "1.00"), Fixtures.T0.plus(Duration.ofMinutes(1)));
    PostedEntry v = ledger.reserve(simple("2025-01-09", "402", "202", "1.00"), Fixtures.T0.plus(Duration.ofMinutes(10)));
    ledger.voidReservation(v.id());
    clock.advance(Duration.ofMinutes(2));
    ledger.expireReservations();
    assertThat(kinds).containsExactly(PostingKind.RESERVE, PostingKind.RESERVE, PostingKind.VOID, PostingKind.EXPIRE);
  }
}
