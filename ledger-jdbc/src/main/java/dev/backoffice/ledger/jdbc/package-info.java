/**
 * The ledger on a relational database: {@link dev.backoffice.ledger.jdbc.JdbcLedgerStore}, a
 * {@link dev.backoffice.ledger.store.LedgerStore} over the caller's {@link javax.sql.DataSource}, with its schema
 * shipped as versioned migrations ({@link dev.backoffice.ledger.jdbc.LedgerSchema}), a global, resumable change
 * feed ({@link dev.backoffice.ledger.jdbc.JdbcLedgerStore#recordsAfter}) and per account, currency and month
 * totals kept in SQL. Written for PostgreSQL; the SQL keeps to what YugabyteDB and CockroachDB also run.
 */
@NullMarked
package dev.backoffice.ledger.jdbc;

import org.jspecify.annotations.NullMarked;
