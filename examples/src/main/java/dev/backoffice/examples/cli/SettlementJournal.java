package dev.backoffice.examples.cli;

import dev.backoffice.ledger.Ledger;
import dev.backoffice.ledger.io.JournalReader;
import dev.backoffice.ledger.io.ParsedJournal;
import dev.backoffice.ledger.io.JournalTransaction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A journal loaded for the settlement commands: the ledger, and the day to read it as of when the user gives
 * none (the journal's last transaction date, so that output does not depend on the day it is run). Postings name
 * their counterparty and document with comment tags ({@code ; partner: 5261040828, doc: FV/1/2025, due:
 * 2025-02-14}), which the journal reader gives the entries and lines.
 */
final class SettlementJournal implements AutoCloseable {
  final Ledger ledger;
  final LocalDate lastDate;

  private SettlementJournal(Ledger ledger, LocalDate lastDate) {
    this.ledger = ledger;
    this.lastDate = lastDate;
  }

  static SettlementJournal load(Path file) {
    Commands.requireReadable(file);
    ParsedJournal journal = JournalReader.read(file);
    LocalDate last = LocalDate.MIN;
    for (JournalTransaction t : journal.transactions()) {
      if (t.entry().date().isAfter(last)) {
        last = t.entry().date();
      }
    }
    Ledger ledger = JournalReader.load(journal, Ledger.builder().clock(Clock.systemUTC()));
    return new SettlementJournal(ledger, last.equals(LocalDate.MIN) ? LocalDate.EPOCH : last);
  }

  LocalDate asOf(@Nullable LocalDate given) {
    return given != null ? given : lastDate;
  }

  @Override
  public void close() {
    ledger.close();
  }
}
