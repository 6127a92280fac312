package dev.backoffice.ledger;

import dev.backoffice.ledger.jdbc.Isolation;

/** {@link JdbcStoreLedgerStateProperties} with the store's transactions at SERIALIZABLE. */
class SerializableJdbcStoreLedgerStateProperties extends JdbcStoreLedgerStateProperties {
  @Override
  Isolation isolation() {
    return Isolation.SERIALIZABLE;
  }
}
