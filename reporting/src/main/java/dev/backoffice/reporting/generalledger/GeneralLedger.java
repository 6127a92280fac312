package dev.backoffice.reporting.generalledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.reporting.common.Check;
import dev.backoffice.reporting.common.Report;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The general ledger (księga główna) of a range: one {@link AccountStatement} per account and currency with
 * postings up to the end of the range (each account's own postings), sorted by account then currency.
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class GeneralLedger implements Report {
  /** The first day, if bounded. */
  public abstract Optional<LocalDate> from();

  /** The last day, if bounded. */
  public abstract Optional<LocalDate> to();

  /** The account statements. */
  public abstract ImmutableList<AccountStatement> statements();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableGeneralLedger.Builder builder() {
    return ImmutableGeneralLedger.builder();
  }

  /** The checks of every statement, in statement order. */
  @Override
  @Value.Derived
  public ImmutableList<Check> checks() {
    return statements().stream().flatMap(s -> s.checks().stream()).collect(ImmutableList.toImmutableList());
  }
}
