package dev.backoffice.ledger;

import dev.backoffice.ledger.jdbc.Isolation;
import dev.backoffice.ledger.jdbc.JdbcLedgerStore;
import dev.backoffice.ledger.jdbc.JdbcStoreOptions;
import dev.backoffice.ledger.jdbc.testkit.TestDatabases;
import dev.backoffice.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * The ledger's stateful property ({@link LedgerStateProperties}: random posts, reservations, commits, voids,
 * expiries, reversals, period changes and invalid requests against a plain model) run on the
 * {@link JdbcLedgerStore} over a real PostgreSQL, at READ COMMITTED here and at SERIALIZABLE in
 * {@link SerializableJdbcStoreLedgerStateProperties}. Each chain gets a new database; afterwards the ledger rebuilt from each database is compared with
 * the one the chain left.
 */
class JdbcStoreLedgerStateProperties extends LedgerStateProperties {
  private final List<Ledger> ledgers = new ArrayList<>();
  private final List<DataSource> databases = new ArrayList<>();

  Isolation isolation() {
    return Isolation.READ_COMMITTED;
  }

  @Override
  Ledger newLedger(MutableClock clock, Supplier<LedgerStore> store) {
    Ledger ledger = super.newLedger(clock, store);
    ledgers.add(ledger);
    return ledger;
  }

  @Override
  Supplier<LedgerStore> ledgerFactory() {
    return () -> {
      DataSource ds = TestDatabases.newDatabase();
      databases.add(ds);
      return JdbcLedgerStore.open(ds, JdbcStoreOptions.builder().migrate(true).isolation(isolation()).build());
    };
  }

  @AfterProperty
  void everyDatabaseReopensToTheSameLedger() {
    for (int i = 0; i < ledgers.size(); i++) {
      // the ledger that wrote stays open beside the reopened one: both read the same database
      try (Ledger before = ledgers.get(i);
          JdbcLedgerStore store = JdbcLedgerStore.open(databases.get(i));
          Ledger after = Ledger.builder().store(store).clock(before.clock()).build()) {
        assertRebuiltEqual(after, before);
      }
    }
    ledgers.clear();
    databases.clear();
  }
}
