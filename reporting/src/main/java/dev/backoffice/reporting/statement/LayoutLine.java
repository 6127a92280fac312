package dev.backoffice.reporting.statement;

import com.google.common.collect.ImmutableList;
import dev.backoffice.core.BackOfficeStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a statement layout: its identifier ({@code "A.B.II.3.a.1"}), the marker printed before it
 * ({@code "A."}, {@code "II."}, {@code "1."}, {@code "a)"}, {@code "–"}), its labels, depth, kind and nature.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class LayoutLine {
  /** The identifier, unique in the layout; mapping rules name it. */
  public abstract String id();

  /** The marker printed before the label, possibly empty (totals). */
  public abstract String marker();

  /** The Polish label, as in the act. */
  public abstract String polish();

  /** The English label. */
  public abstract String english();

  /** The depth: 0 for a top-level line. */
  public abstract int depth();

  /** How the line gets its amount. */
  public abstract LineKind kind();

  /** Which balances it shows as positive. */
  public abstract LineNature nature();

  /** The enclosing line, if any. */
  public abstract Optional<String> parent();

  /**
   * For a {@link LineKind#FORMULA} line, the terms: each a line id with a sign ({@code "+A"}, {@code "-B"}).
   */
  public abstract ImmutableList<String> terms();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableLayoutLine.Builder builder() {
    return ImmutableLayoutLine.builder();
  }
}
