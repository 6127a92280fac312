package dev.backoffice.ledger.jdbc.testkit;

import dev.backoffice.core.document.IdempotencyKey;
import dev.backoffice.core.error.BackOfficeException;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.error.BalanceConstraintException;
import dev.backoffice.ledger.jdbc.Isolation;
import dev.backoffice.ledger.jdbc.JdbcLedgerStore;
import dev.backoffice.ledger.jdbc.JdbcStoreOptions;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joda.money.Money;

/**
 * One instance of the multi-instance test, run in its own JVM: {@code TransferChild URL NAME ISOLATION THREADS
 * COUNT} opens a ledger on the shared database and lets THREADS threads post COUNT random transfers each between
 * the wallets {@code W0…W9} (no overdraft allowed), printing {@code ACK key} for each accepted transfer and
 * {@code REJ key} for each one refused by the constraint, then {@code DONE}.
 */
public final class TransferChild {
  public static final int WALLETS = 10;

  private TransferChild() {}

  /** Transfer i of a thread: from, to and amount, the same in every run. */
  public static JournalEntry transfer(Random random, String key) {
    int from = random.nextInt(WALLETS);
    int to = (from + 1 + random.nextInt(WALLETS - 1)) % WALLETS;
    Money m = Money.of(Monies.PLN, BigDecimal.valueOf(100 + random.nextInt(3000), 2));
    return JournalEntry.builder().date(LocalDate.of(2025, 3, 1 + random.nextInt(28))).description("transfer")
        .idempotencyKey(IdempotencyKey.of(key))
        .addLines(JournalLine.debit("W" + to, m), JournalLine.credit("W" + from, m)).build();
  }

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String name = args[1];
    Isolation isolation = Isolation.valueOf(args[2]);
    int threads = Integer.parseInt(args[3]);
    int count = Integer.parseInt(args[4]);
    PrintStream out = System.out;
    try (JdbcLedgerStore store = JdbcLedgerStore.open(new TestPool(TestDatabases.dataSource(url)),
            JdbcStoreOptions.builder().isolation(isolation).build());
        Ledger ledger = Ledger.builder().clock(Clock.systemUTC()).store(store).build()) {
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String prefix = name + "-" + t;
        Random random = new Random(prefix.hashCode());
        Thread w = new Thread(() -> {
          for (int i = 0; i < count; i++) {
            String key = prefix + "-" + i;
            try {
              ledger.post(transfer(random, key));
              synchronized (out) {
                out.println("ACK " + key);
              }
            } catch (BalanceConstraintException e) {
              synchronized (out) {
                out.println("REJ " + key);
              }
            } catch (BackOfficeException e) {
              synchronized (out) {
                out.println("ERR " + key + " " + e.getMessage().replace('\n', ' '));
              }
            }
          }
        });
        workers.add(w);
        w.start();
      }
      for (Thread w : workers) {
        w.join();
      }
      out.println("DONE");
      out.flush();
    }
  }
}
