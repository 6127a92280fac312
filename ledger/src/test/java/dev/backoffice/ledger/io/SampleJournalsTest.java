package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.testing.SharedData;
import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.query.AccountBalance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample journals of the shared reference data give exactly the balances hledger 1.25 and ledger 3.3
 * computed for them ({@code *.balances.csv}, see {@code shared/data/journals/README.md} beside the repository), on
 * every read path.
 */
class SampleJournalsTest {
  static Path resource(String name) {
    return SharedData.require("journals/" + name);
  }

  static String expected(String name) throws IOException {
    return Files.readString(resource(name + ".balances.csv"), StandardCharsets.UTF_8);
  }

  static String csv(List<BalanceRow> rows) {
    StringBuilder sb = new StringBuilder();
    JournalBalances.writeCsv(rows, sb);
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void fastPathGivesTheToolsBalances(String name) throws IOException {
    assertThat(csv(JournalBalances.of(resource(name + ".ledger")))).isEqualTo(expected(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void fastPathInParallelPartsGivesTheToolsBalances(String name) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int parts = 2; parts <= 7; parts++) {
        assertThat(csv(JournalBalances.of(resource(name + ".ledger"), null, pool, parts, 1)))
            .as("%d parts", parts).isEqualTo(expected(name));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"syntax-tour", "generated-3k-seed7"})
  void ledgerLoadedFromTheFileGivesTheToolsBalances(String name) throws IOException {
    Ledger ledger = JournalReader.load(resource(name + ".ledger"),
        Ledger.builder().clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));
    List<BalanceRow> rows = new ArrayList<>();
    for (AccountBalance b : ledger.accountBalances(null, null)) {
      Money net = b.balance().net();
      if (!net.isZero()) {
        rows.add(BalanceRow.of(b.account(), net));
      }
    }
    assertThat(csv(ImmutableList.copyOf(rows))).isEqualTo(expected(name));
  }
}
