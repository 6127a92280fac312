package dev.backoffice.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.BalanceConstraint;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.jdbc.testkit.TestPool;
import dev.backoffice.ledger.jdbc.testkit.TransferChild;
import dev.backoffice.ledger.verify.LedgerVerifier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two JVMs, eight threads in each, posting transfers between ten wallets that must not be overdrawn into one
 * database, at both isolation levels: every currency sums to zero, no wallet is overdrawn at any point of the
 * journal's order, every accepted transfer is there exactly once (and no refused one), the journal's sequence
 * numbers have no gaps, and the ledger reopened on the database verifies.
 */
class MultiInstanceTest {
  static final int THREADS = 8;
  static final int PER_THREAD = 60;

  @ParameterizedTest
  @EnumSource(Isolation.class)
  void twoJvmsWithEightThreadsEachKeepTheConstraintsAndPostEveryAcceptedTransferOnce(Isolation isolation)
      throws Exception {
    String url = TestDatabases.newDatabaseUrl();
    DataSource ds = new TestPool(TestDatabases.dataSource(url));
    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds, JdbcStoreOptions.builder().migrate(true).build());
        Ledger setup = Ledger.builder().store(store).clock(JdbcLedgerStoreTest.CLOCK).build()) {
      setup.openAccount(Account.of("FUND", "Funding", AccountType.EQUITY));
      for (int w = 0; w < TransferChild.WALLETS; w++) {
        setup.openAccount(Account.builder().from(Account.of("W" + w, "Wallet " + w, AccountType.ASSET))
            .constraint(BalanceConstraint.CREDITS_MUST_NOT_EXCEED_DEBITS).build());
        Money m = Money.of(Monies.PLN, 100);
        setup.post(JournalEntry.builder().date(LocalDate.of(2025, 2, 1)).description("funding")
            .addLines(JournalLine.debit("W" + w, m), JournalLine.credit("FUND", m)).build());
      }
    }

    List<Process> children = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          "-cp", System.getProperty("java.class.path"), TransferChild.class.getName(), url, name, isolation.name(),
          Integer.toString(THREADS), Integer.toString(PER_THREAD)).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }
    Set<String> accepted = new HashSet<>();
    Set<String> refused = new HashSet<>();
    for (Process child : children) {
      List<String> lines;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        lines = r.lines().collect(Collectors.toList());
      }
      assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(child.exitValue()).isZero();
      assertThat(lines).last().isEqualTo("DONE");
      assertThat(lines).filteredOn(l -> l.startsWith("ERR")).isEmpty();
      for (String l : lines) {
        if (l.startsWith("ACK ")) {
          assertThat(accepted.add(l.substring(4))).as("acknowledged once: %s", l).isTrue();
        } else if (l.startsWith("REJ ")) {
          refused.add(l.substring(4));
        }
      }
    }
    assertThat(accepted.size() + refused.size()).isEqualTo(2 * THREADS * PER_THREAD);
    assertThat(refused).as("the constraint refused some transfers, so it was exercised").isNotEmpty();

    try (JdbcLedgerStore store = JdbcLedgerStore.open(ds);
        Ledger ledger = Ledger.builder().store(store).clock(JdbcLedgerStoreTest.CLOCK).build()) {
      List<PostedEntry> journal = ledger.journal().collect(Collectors.toList());
      Set<String> keys = new HashSet<>();
      Map<String, Long> balance = new HashMap<>();
      long expectedSequence = 1;
      for (PostedEntry p : journal) {
        assertThat(p.sequence()).isEqualTo(expectedSequence++);
        p.entry().idempotencyKey().ifPresent(k -> assertThat(keys.add(k.value())).as("once: %s", k).isTrue());
        for (JournalLine l : p.entry().lines()) {
          long signed = l.side() == dev.backoffice.ledger.entry.Side.DEBIT ? l.amount().getAmountMinorLong()
              : -l.amount().getAmountMinorLong();
          long now = balance.merge(l.account(), signed, Long::sum);
          if (l.account().startsWith("W")) {
            assertThat(now).as("wallet %s after entry %s", l.account(), p.sequence()).isNotNegative();
          }
        }
      }
      assertThat(keys).isEqualTo(accepted);
      assertThat(balance.values().stream().mapToLong(Long::longValue).sum()).as("PLN sums to zero").isZero();
      assertThat(LedgerVerifier.verify(ledger).mismatches()).isEmpty();
      assertThat(store.balances(null)).extracting(r -> r.amount().getAmountMinorLong())
          .containsExactlyInAnyOrderElementsOf(balance.entrySet().stream().filter(e -> e.getValue() != 0)
              .map(Map.Entry::getValue).collect(Collectors.toList()));
    }
  }
}
