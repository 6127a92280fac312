package dev.backoffice.ledger.verify;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.BackOfficeStyle;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** What the {@link LedgerVerifier} found: counts, the per-currency totals, and every mismatch. */
@Value.Immutable
@BackOfficeStyle
public abstract class VerificationReport {
  /** Records read from the store. */
  public abstract long records();

  /** Posted entries recomputed. */
  public abstract long postedEntries();

  /**
   * Per currency, the sum over all posted lines of debits minus credits of their balancing amounts; zero
   * in every currency for a sound ledger.
   */
  public abstract ImmutableMap<CurrencyUnit, Money> balancingTotals();

  /** Every disagreement; empty when the ledger is sound. */
  public abstract ImmutableList<Mismatch> mismatches();

  /** True when nothing disagrees. */
  public boolean isSound() {
    return mismatches().isEmpty();
  }

  @Override
  public String toString() {
    return isSound() ? "sound: " + records() + " records, " + postedEntries() + " posted entries"
        : mismatches().size() + " mismatches: " + mismatches();
  }
}
