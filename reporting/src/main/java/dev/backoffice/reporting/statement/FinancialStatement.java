package dev.backoffice.reporting.statement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.NotFoundException;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.Report;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A financial statement in the layout of annex 1 to the Polish Accounting Act — the balance sheet or an
 * income statement — in the ledger's base currency, with one or more columns (the current date or period, a
 * comparative one, or months and quarters).
 *
 * <p>Checks: for the balance sheet, total assets equal total equity and liabilities in every column; for an
 * income statement, the net result equals the balance of the result accounts; and every account figure was
 * mapped onto a line ({@link #unmapped()} lists the ones that were not).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class FinancialStatement implements Report {
  /** Which statement. */
  public abstract StatementKind kind();

  /** The currency of every amount (the ledger's base currency). */
  public abstract CurrencyUnit currency();

  /** The columns. */
  public abstract ImmutableList<StatementColumn> columns();

  /** The lines in layout order. */
  public abstract ImmutableList<StatementLine> lines();

  /** Account figures no rule placed. */
  public abstract ImmutableList<UnmappedAmount> unmapped();

  @Override
  public abstract ImmutableList<Check> checks();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableFinancialStatement.Builder builder() {
    return ImmutableFinancialStatement.builder();
  }

  /**
   * A line by id.
   *
   * @param id the layout line id, e.g. {@code "A.B.III.1.c.1"} or {@code "L"}
   * @return the line
   * @throws NotFoundException if there is no such line
   */
  public StatementLine line(String id) {
    return lines().stream().filter(l -> l.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("statement line", id));
  }

  /**
   * The amount of a line in a column.
   *
   * @param id the line id
   * @param column the column index, from 0
   * @return the amount
   */
  public Money amount(String id, int column) {
    return line(id).amount(column);
  }
}
