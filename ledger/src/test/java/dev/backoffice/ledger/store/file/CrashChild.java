package dev.backoffice.ledger.store.file;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.PolishChartOfAccounts;
import dev.backoffice.ledger.entry.EntryId;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link FileStoreCrashTest}: opens the store, then writes from several threads until it
 * is killed, printing each operation only after the ledger returned from it (so the line means "acknowledged").
 * Lines end with ';' so that the parent can ignore a line cut off by the kill.
 *
 * <p>Arguments: directory, first sale number, writer threads, and "executor" to give the store an executor
 * that writes records while the writers post ({@link FileStoreOptions#executor()}). Sale n does, by n mod 10: 0–6 post; 7 reserve
 * then commit; 8 reserve then void; 9 reserve only. When n mod 50 is 6 it first opens the three accounts of
 * {@link #group} in one call (a group of three records in the log: all of them or none after a crash).
 */
final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws InterruptedException {
    Path dir = Path.of(args[0]);
    AtomicLong next = new AtomicLong(Long.parseLong(args[1]));
    int threads = Integer.parseInt(args[2]);
    PrintStream out = System.out;
    FileStoreOptions options = args.length > 3 && args[3].equals("executor")
        ? FileStoreOptions.builder().executor(Executors.newCachedThreadPool(r -> {
          Thread t = new Thread(r, "store-writer");
          t.setDaemon(true);
          return t;
        })).build()
        : FileStoreOptions.defaults();
    FileLedgerStore store = FileLedgerStore.open(dir, options); // never closed: the parent kills this process
    Ledger ledger = Ledger.builder().store(store).chart(PolishChartOfAccounts.template()).clock(StoreFixtures.CLOCK)
        .build();
    say(out, "READY");
    Thread[] writers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      writers[t] = new Thread(() -> {
        while (true) {
          long n = next.getAndIncrement();
          EntryId id = EntryId.of("S-" + n);
          int kind = (int) (n % 10);
          if (n % 50 == 6) {
            ledger.openAccounts(group(n));
            say(out, "A " + n);
          }
          if (kind <= 6) {
            ledger.post(StoreFixtures.sale(n));
            say(out, "P " + n);
          } else {
            ledger.reserve(StoreFixtures.sale(n), StoreFixtures.T0.plus(1, ChronoUnit.DAYS));
            say(out, "R " + n);
            if (kind == 7) {
              ledger.commit(id);
              say(out, "C " + n);
            } else if (kind == 8) {
              ledger.voidReservation(id);
              say(out, "V " + n);
            }
          }
        }
      });
      writers[t].start();
    }
    for (Thread w : writers) {
      w.join();
    }
  }

  /** The accounts 130-n-1, 130-n-2 and 130-n-3 under 130. */
  static List<Account> group(long n) {
    List<Account> accounts = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      accounts.add(Account.builder().code("130-" + n + "-" + k).name("group " + n).type(AccountType.ASSET).parent("130")
          .build());
    }
    return accounts;
  }

  private static void say(PrintStream out, String line) {
    synchronized (out) {
      out.print(line);
      out.print(";\n");
      out.flush();
    }
  }
}
