package dev.backoffice.ledger.jdbc;

import dev.backoffice.ledger.error.LedgerStoreException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one row of {@code ledger_head}, which the first migration inserts and every query of the head expects. */
final class HeadRow {
  private HeadRow() {}

  /**
   * Moves a query on {@code ledger_head} to its row.
   *
   * @throws LedgerStoreException when there is none: the schema is damaged
   */
  static void require(ResultSet rs) throws SQLException {
    if (!rs.next()) {
      throw new LedgerStoreException("the table ledger_head has no row: the ledger schema is damaged");
    }
  }
}
