package dev.backoffice.payroll.posting;

import dev.backoffice.core.error.Checks;
import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.entry.JournalEntry;
import dev.backoffice.ledger.entry.JournalLine;
import dev.backoffice.ledger.entry.Side;
import dev.backoffice.payroll.declaration.ConsistencyCheck;
import dev.backoffice.payroll.declaration.Dra;
import java.time.YearMonth;
import org.joda.money.Money;

/**
 * Ties a DRA to the books: with the payroll posted by a {@link PostingScheme}, the month's net credit on the ZUS
 * settlement account (229: contributions credited, sickness benefits paid on ZUS's behalf debited) equals the
 * DRA's amount to pay.
 */
public final class ZusAccountCheck {
  private ZusAccountCheck() {}

  /**
   * The month's net credit movement on the scheme's ZUS account in the given entries.
   *
   * @param entries journal entries (any dates; those outside the month are ignored)
   * @param scheme the posting scheme (its {@link PostingScheme#zusPayable()} account)
   * @param month the month
   * @return credits − debits, PLN
   */
  public static Money movement(Iterable<JournalEntry> entries, PostingScheme scheme, YearMonth month) {
    Checks.notNull(scheme, "scheme");
    Money m = Money.zero(Monies.PLN);
    for (JournalEntry e : entries) {
      if (!YearMonth.from(e.date()).equals(month)) {
        continue;
      }
      for (JournalLine l : e.lines()) {
        if (l.account().equals(scheme.zusPayable())) {
          m = l.side() == Side.CREDIT ? m.plus(l.amount()) : m.minus(l.amount());
        }
      }
    }
    return m;
  }

  /**
   * The DRA's amount to pay equals the month's movement on the ZUS account.
   *
   * @param dra the declaration
   * @param entries the posted payroll entries
   * @param scheme the posting scheme
   * @return the check
   */
  public static ConsistencyCheck check(Dra dra, Iterable<JournalEntry> entries, PostingScheme scheme) {
    return ConsistencyCheck.of("dra-229:" + dra.month(), "DRA amount to pay = movement on account " + scheme.zusPayable(),
        dra.payable(), movement(entries, scheme, dra.month()));
  }
}
