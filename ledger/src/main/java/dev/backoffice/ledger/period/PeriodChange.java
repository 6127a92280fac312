package dev.backoffice.ledger.period;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.time.AccountingPeriod;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** An auditable change of a period's state: who-knows-why is recorded as the reason. */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attributes named from/to; copy with ImmutableX.copyOf instead
public abstract class PeriodChange {
  /** The period changed. */
  @Value.Parameter
  public abstract AccountingPeriod period();

  /** The state before. */
  @Value.Parameter
  public abstract PeriodState from();

  /** The state after. */
  @Value.Parameter
  public abstract PeriodState to();

  /** Why (required when reopening). */
  @Value.Parameter
  public abstract Optional<String> reason();

  /** When, from the ledger's clock. */
  @Value.Parameter
  public abstract Instant at();

  /**
   * A change.
   *
   * @param period the period
   * @param from the state before
   * @param to the state after
   * @param reason why, if given
   * @param at when
   * @return the change
   */
  public static PeriodChange of(AccountingPeriod period, PeriodState from, PeriodState to, Optional<String> reason, Instant at) {
    return ImmutablePeriodChange.of(period, from, to, reason, at);
  }
}
