package dev.backoffice.core.document;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to the source document of an entry (dowód księgowy, art. 20–21 ustawy o rachunkowości):
 * its type, number, date and, for outside documents, the issuer.
 *
 * <p>Types are short upper-case codes; common ones: {@code FV} sales invoice (faktura VAT sprzedaży),
 * {@code FZ} purchase invoice, {@code WB} bank statement (wyciąg bankowy), {@code RK} cash report,
 * {@code LP} payroll (lista płac), {@code PK} internal note (polecenie księgowania), {@code BO} opening
 * balance, {@code ST} reversal (storno).
 */
@Value.Immutable
@BackOfficeStyle
public abstract class DocumentRef {
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");

  /** The document type code, e.g. {@code "FV"}. */
  public abstract String type();

  /** The document number as printed on it, e.g. {@code "FV/1/2025"}. */
  public abstract String number();

  /** The date of the document (data dowodu). */
  public abstract LocalDate date();

  /** Who issued it, for documents from outside (the supplier's name or NIP). */
  public abstract Optional<String> issuer();

  /**
   * A document without an issuer.
   *
   * @param type the type code ({@code [A-Z][A-Z0-9_]{0,9}})
   * @param number the number, non-blank, at most 256 characters
   * @param date the date of the document
   * @return the reference
   */
  public static DocumentRef of(String type, String number, LocalDate date) {
    return ImmutableDocumentRef.builder().type(type).number(number).date(date).build();
  }

  /**
   * A builder, for references with an issuer.
   *
   * @return a new builder
   */
  public static ImmutableDocumentRef.Builder builder() {
    return ImmutableDocumentRef.builder();
  }

  @Value.Check
  void check() {
    Checks.check(TYPE.matcher(type()).matches(), "document", "type", type(), "must be an upper-case code such as FV, WB, LP");
    Checks.check(!number().isBlank() && number().length() <= 256, "document " + type(), "number", number(),
        "must be non-blank and at most 256 characters");
    issuer().ifPresent(i -> Checks.check(!i.isBlank(), "document " + number(), "issuer", i, "must not be blank"));
  }

  /** {@code "FV FV/1/2025 2025-01-03"}. */
  @Override
  public String toString() {
    return type() + " " + number() + " " + date() + issuer().map(i -> " (" + i + ")").orElse("");
  }
}
