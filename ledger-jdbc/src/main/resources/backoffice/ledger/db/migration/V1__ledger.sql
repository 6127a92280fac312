-- Backoffice ledger, schema version 1. One ledger per database schema.
-- Portable SQL: PostgreSQL 12+, and the subset YugabyteDB and CockroachDB run (no advisory locks, no
-- LISTEN/NOTIFY, no sequences whose order matters, no triggers).

-- The head row: the last record's sequence number. Every writing transaction locks it (SELECT ... FOR UPDATE),
-- so records get gapless sequence numbers in commit order and the change feed never skips a late commit.
CREATE TABLE ledger_head (
  id        SMALLINT PRIMARY KEY CHECK (id = 1),
  last_seq  BIGINT   NOT NULL
);
INSERT INTO ledger_head (id, last_seq) VALUES (1, 0);

-- Every record of the ledger, in order: the change feed and the source of truth. body is the record in the
-- ledger's binary record encoding (type byte + payload, as the file store writes it).
CREATE TABLE ledger_record (
  seq          BIGINT      PRIMARY KEY,
  kind         SMALLINT    NOT NULL,
  entry_id     TEXT,
  recorded_at  TIMESTAMPTZ NOT NULL,
  body         BYTEA       NOT NULL
);

-- One row per entry (posted or reserved): look-ups by id and idempotency key, searches by date. The unique
-- idempotency key holds across every instance writing to this database.
CREATE TABLE ledger_entry (
  entry_id         TEXT PRIMARY KEY,
  idempotency_key  TEXT UNIQUE,
  status           TEXT         NOT NULL,
  journal_seq      BIGINT       UNIQUE,
  entry_date       DATE         NOT NULL,
  reversal_of      TEXT,
  record_seq       BIGINT       NOT NULL REFERENCES ledger_record (seq)
);
CREATE INDEX ledger_entry_date ON ledger_entry (entry_date);
CREATE INDEX ledger_entry_status ON ledger_entry (status);

-- The lines of posted and reserved entries, for searches by account.
CREATE TABLE ledger_line (
  entry_id      TEXT NOT NULL REFERENCES ledger_entry (entry_id),
  line_no       INTEGER      NOT NULL,
  account       TEXT NOT NULL,
  currency      CHAR(3)      NOT NULL,
  side          CHAR(1)      NOT NULL CHECK (side IN ('D', 'C')),
  amount_minor  BIGINT       NOT NULL,
  entry_date    DATE         NOT NULL,
  PRIMARY KEY (entry_id, line_no)
);
CREATE INDEX ledger_line_account ON ledger_line (account, entry_date);
CREATE INDEX ledger_line_date ON ledger_line (entry_date);

-- Posted totals per account, currency and month (first day of the month), kept in the posting's transaction:
-- an instance starts from these instead of replaying the journal.
CREATE TABLE ledger_month_total (
  account       TEXT NOT NULL,
  currency      CHAR(3)      NOT NULL,
  month         DATE         NOT NULL,
  debit_minor   BIGINT       NOT NULL,
  credit_minor  BIGINT       NOT NULL,
  line_count    BIGINT       NOT NULL,
  PRIMARY KEY (account, currency, month)
);

-- The chart as it now is: each account's latest AccountSaved record (a deleted account has no row).
CREATE TABLE ledger_account (
  code        TEXT PRIMARY KEY,
  record_seq  BIGINT       NOT NULL REFERENCES ledger_record (seq)
);
