package dev.backoffice.reporting;

import dev.backoffice.core.time.FiscalCalendar;
import dev.backoffice.core.time.FiscalYear;
import java.time.LocalDate;
import java.util.Optional;

/** Fiscal-year look-ups that answer "none" instead of failing for dates before an explicit calendar starts. */
final class Calendars {
  private Calendars() {}

  /** The fiscal year containing the date, or empty when the date is before the calendar's first year. */
  static Optional<FiscalYear> yearOf(FiscalCalendar calendar, LocalDate date) {
    if (!calendar.explicitYears().isEmpty() && date.isBefore(calendar.explicitYears().get(0).start())) {
      return Optional.empty();
    }
    return Optional.of(calendar.yearOf(date));
  }
}
