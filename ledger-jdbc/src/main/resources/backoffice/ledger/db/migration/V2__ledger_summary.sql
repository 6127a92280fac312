-- Backoffice ledger, schema version 2: a ledger opens from totals and counters instead of replaying its
-- journal, and looks entries up in SQL.

-- The journal's size, the highest entry number E<n> taken, the base currency the totals are valued in (set by
-- the first ledger that opens the database), and the record up to which the day totals and counters are
-- complete (a database migrated from version 1 has them rebuilt from its records by the first ledger that
-- opens it; every write moves the mark with the head while they are complete).
ALTER TABLE ledger_head ADD COLUMN posted_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ledger_head ADD COLUMN max_entry_number BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ledger_head ADD COLUMN base_currency CHAR(3);
ALTER TABLE ledger_head ADD COLUMN totals_seq BIGINT NOT NULL DEFAULT 0;

-- The record that holds each entry's content (its posting, reservation or commit; a void or expiry keeps it).
-- (filled by one join: ledger_record has no index on entry_id, so a correlated subquery would scan it per entry)
ALTER TABLE ledger_entry ADD COLUMN body_seq BIGINT;
UPDATE ledger_entry SET body_seq = c.seq
  FROM (SELECT entry_id, MAX(seq) AS seq FROM ledger_record WHERE kind IN (1, 2, 3) GROUP BY entry_id) c
  WHERE c.entry_id = ledger_entry.entry_id;
CREATE INDEX ledger_entry_reversal ON ledger_entry (reversal_of);

-- The records that are not about one entry (accounts, periods, budgets …): what a ledger reads at open.
CREATE INDEX ledger_record_state ON ledger_record (seq) WHERE kind NOT IN (1, 2, 3, 4, 5);

-- Posted totals per account, currency and effective day, with the base-currency value, kept in the posting's
-- transaction: they replace the month totals of version 1.
CREATE TABLE ledger_day_total (
  account       TEXT NOT NULL,
  currency      CHAR(3)      NOT NULL,
  day           DATE         NOT NULL,
  debit_minor   BIGINT       NOT NULL,
  credit_minor  BIGINT       NOT NULL,
  base_minor    BIGINT       NOT NULL,
  line_count    BIGINT       NOT NULL,
  PRIMARY KEY (account, currency, day)
);
DROP TABLE ledger_month_total;
