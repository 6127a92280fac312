package dev.backoffice.benchmarks.store;

import dev.backoffice.core.document.DocumentRef;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.ImmutableJournalEntry;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.Money;

/** Charts, entries and directories for the store benchmarks. */
final class StoreFixture {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC);

  private StoreFixture() {}

  /** Accounts "0000" … : assets, liabilities, revenue and expenses in turn. */
  static ChartOfAccounts chart(int accounts) {
    List<Account> list = new ArrayList<>(accounts);
    AccountType[] types = {AccountType.ASSET, AccountType.LIABILITY, AccountType.REVENUE, AccountType.EXPENSE};
    for (int i = 0; i < accounts; i++) {
      list.add(Account.of(code(i), "Konto " + i, types[i % types.length]));
    }
    return ChartOfAccounts.empty().withAll(list);
  }

  static String code(int i) {
    return String.format("%04d", i);
  }

  /**
   * Entries of 2–4 lines in PLN between random accounts, dated through 2025, each with a sales invoice number
   * and a description: about 200 bytes on disk each.
   */
  static JournalEntry[] entries(int count, int accounts, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    JournalEntry[] out = new JournalEntry[count];
    for (int n = 0; n < count; n++) {
      LocalDate date = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365));
      ImmutableJournalEntry.Builder b = JournalEntry.builder().date(date)
          .document(DocumentRef.of("FV", "FV/" + n + "/2025", date))
          .description("Sprzedaż towarów, faktura " + n);
      int lines = 2 + rnd.nextInt(3);
      long total = 0;
      for (int l = 0; l < lines - 1; l++) {
        long minor = 1 + rnd.nextInt(1_000_000);
        total += minor;
        b.addLines(JournalLine.credit(code(rnd.nextInt(accounts)), Money.ofMinor(Monies.PLN, minor)));
      }
      b.addLines(JournalLine.debit(code(rnd.nextInt(accounts)), Money.ofMinor(Monies.PLN, total)));
      out[n] = b.build();
    }
    return out;
  }

  static Path newDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
