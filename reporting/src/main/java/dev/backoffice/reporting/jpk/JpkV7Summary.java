package dev.backoffice.reporting.jpk;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.reporting.vat.VatDeclaration;
import dev.backoffice.reporting.vat.VatRegister;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a JPK_V7 file holds: its month, the totals of its two registers (without rows: the file was streamed) and the
 * declaration, when the file has one (every JPK_V7M; the JPK_V7K of a quarter's last month).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JpkV7Summary {
  /** Monthly or quarterly. */
  public abstract JpkV7Variant variant();

  /** The month of the registers. */
  public abstract YearMonth month();

  /** The sales register's totals and checks. */
  public abstract VatRegister sales();

  /** The purchase register's totals and checks. */
  public abstract VatRegister purchases();

  /** The declaration, when the file has one. */
  public abstract Optional<VatDeclaration> declaration();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJpkV7Summary.Builder builder() {
    return ImmutableJpkV7Summary.builder();
  }
}
