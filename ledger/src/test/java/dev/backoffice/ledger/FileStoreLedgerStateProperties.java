package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.ledger.store.LedgerStore;
import dev.backoffice.ledger.store.file.FileLedgerStore;
import dev.backoffice.ledger.store.file.FileStoreVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * The ledger's stateful property ({@link LedgerStateProperties}: random posts, reservations, commits, voids,
 * expiries, reversals, period changes and invalid requests against a plain model) run on the durable
 * {@link FileLedgerStore} instead of memory. Each chain gets a store in a new directory; afterwards each store
 * is closed, its files verified and the ledger rebuilt from them compared with the one the chain left.
 */
class FileStoreLedgerStateProperties extends LedgerStateProperties {
  private final List<Ledger> ledgers = new ArrayList<>();
  private final List<Path> dirs = new ArrayList<>();

  @Override
  Ledger newLedger(MutableClock clock, Supplier<LedgerStore> store) {
    Ledger ledger = super.newLedger(clock, store);
    ledgers.add(ledger);
    return ledger;
  }

  @Override
  Supplier<LedgerStore> ledgerFactory() {
    return () -> {
      try {
        Path dir = Files.createTempDirectory("ledger-state-file");
        dirs.add(dir);
        return FileLedgerStore.open(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  @AfterProperty
  void everyStoreReopensToTheSameLedger() throws IOException {
    for (int i = 0; i < ledgers.size(); i++) {
      Ledger before = ledgers.get(i);
      before.close();
      Path dir = dirs.get(i);
      assertThat(FileStoreVerifier.verify(dir).problems()).as("verifier on %s", dir).isEmpty();
      try (FileLedgerStore store = FileLedgerStore.open(dir);
          Ledger after = Ledger.builder().store(store).clock(before.clock()).build()) {
        assertRebuiltEqual(after, before);
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(p);
        }
      }
    }
  }
}
