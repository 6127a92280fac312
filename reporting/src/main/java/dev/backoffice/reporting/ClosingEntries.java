package dev.backoffice.reporting;

import dev.backoffice.core.time.FiscalYear;
import dev.backoffice.ledger.account.AccountCategory;
import dev.backoffice.ledger.account.ChartOfAccounts;
import dev.backoffice.ledger.entry.PostedEntry;
import dev.backoffice.ledger.query.EntryQuery;
import dev.backoffice.ledger.query.LedgerView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds year-end closing entries: adjusting entries on the last day of a fiscal year that touch the result
 * account and otherwise only result accounts (as {@code Ledger.closeYear} posts them). They move the year's
 * result to the result account, so income statements and budget actuals must not count them.
 */
final class ClosingEntries {
  private ClosingEntries() {}

  static List<PostedEntry> in(LedgerView view, String resultAccount, LocalDate from, LocalDate to) {
    ChartOfAccounts chart = view.chart();
    List<PostedEntry> out = new ArrayList<>();
    if (!chart.contains(resultAccount)) {
      return out;
    }
    Optional<FiscalYear> year = Calendars.yearOf(view.calendar(), from);
    while (year.isPresent() && !year.get().start().isAfter(to)) {
      LocalDate end = year.get().end();
      if (!end.isBefore(from) && !end.isAfter(to)) {
        EntryQuery q = EntryQuery.builder().account(resultAccount).from(end).to(end).limit(EntryQuery.MAX_LIMIT).build();
        for (PostedEntry p : view.entries(q).items()) {
          boolean closing = p.entry().adjusting()
              && p.lines().stream().anyMatch(l -> isResultAccount(chart, l.account()))
              && p.lines().stream().allMatch(l -> l.account().equals(resultAccount) || isResultAccount(chart, l.account()));
          if (closing) {
            out.add(p);
          }
        }
      }
      year = Optional.of(year.get().next());
    }
    return out;
  }

  static boolean isResultAccount(ChartOfAccounts chart, String code) {
    return chart.account(code).map(a -> a.category() == AccountCategory.RESULT).orElse(false);
  }
}
