package dev.backoffice.reporting.statement;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A column of a financial statement: a balance-sheet date ("stan na") or an income-statement period.
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class StatementColumn {
  /** The heading, e.g. {@code "2025-03-31"} or {@code "2025-Q1"}. */
  public abstract String label();

  /** The first day of an income-statement period; empty for a balance-sheet date. */
  public abstract Optional<LocalDate> from();

  /** The balance-sheet date, or the last day of the period. */
  public abstract LocalDate to();

  /**
   * A balance-sheet column.
   *
   * @param asOf the date
   * @return the column, labelled with the date
   */
  public static StatementColumn asOf(LocalDate asOf) {
    return ImmutableStatementColumn.builder().label(asOf.toString()).to(asOf).build();
  }

  /**
   * An income-statement column.
   *
   * @param from the first day
   * @param to the last day
   * @param label the heading
   * @return the column
   */
  public static StatementColumn period(LocalDate from, LocalDate to, String label) {
    return ImmutableStatementColumn.builder().label(label).from(from).to(to).build();
  }

  @Value.Check
  void check() {
    Checks.check(!label().isBlank(), "statement column", "label", label(), "must not be blank");
    from().ifPresent(f -> Checks.check(!to().isBefore(f), "statement column " + label(), "to", to(),
        "must not be before from " + f));
  }
}
