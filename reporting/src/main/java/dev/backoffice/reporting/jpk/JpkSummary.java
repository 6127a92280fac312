package dev.backoffice.reporting.jpk;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a JPK_KR export wrote: the schema, the period, the number of trial-balance rows, journal entries and
 * posting lines, the control sums as written in the file, and warnings (placeholders in the configuration).
 */
@Value.Immutable
@BackOfficeStyle
@SuppressWarnings("immutables:from") // attribute named from; copy with ImmutableX.copyOf instead
public abstract class JpkSummary {
  /** The schema written. */
  public abstract JpkSchema schema();

  /** DataOd. */
  public abstract LocalDate from();

  /** DataDo. */
  public abstract LocalDate to();

  /** ZOiS rows (accounts). */
  public abstract long accounts();

  /** Dziennik rows (journal entries). */
  public abstract long entries();

  /** KontoZapis rows (posting lines). */
  public abstract long lines();

  /** The sum of the entries' amounts (SumaKwotOperacji, C_2). */
  public abstract Money entriesTotal();

  /** The sum of the debit postings (SumaWinien, C_4). */
  public abstract Money debitTotal();

  /** The sum of the credit postings (SumaMa, C_5). */
  public abstract Money creditTotal();

  /** Placeholders and other things to look at before filing. */
  public abstract ImmutableList<String> warnings();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJpkSummary.Builder builder() {
    return ImmutableJpkSummary.builder();
  }
}
