package dev.backoffice.reporting.jpk;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a JPK_V7M / JPK_V7K file needs that the ledger does not know: the taxpayer (NIP, full name, e-mail, phone),
 * the tax office, whether it is a first filing or a correction, and the excess of input tax carried from the
 * previous declaration (P_39). The taxpayer is a legal person or organisation (OsobaNiefizyczna).
 *
 * <pre>{@code
 * JpkV7Config.builder().nip("5260250274").fullName("Przykład sp. z o.o.").email("biuro@przyklad.pl")
 *     .taxOffice("1435").build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JpkV7Config {
  /** The taxpayer's NIP, ten digits with a valid check digit (dashes and spaces given are dropped). */
  public abstract String nip();

  /** The full name, 1 to 240 characters. */
  public abstract String fullName();

  /** The e-mail address (required by the schema). */
  public abstract String email();

  /** A phone number, at most 16 characters. */
  public abstract Optional<String> phone();

  /** The tax office code (KodUrzedu), one of the schema's codes. */
  public abstract String taxOffice();

  /** Monthly (JPK_V7M) or quarterly (JPK_V7K); monthly by default. */
  @Value.Default
  public JpkV7Variant variant() {
    return JpkV7Variant.MONTHLY;
  }

  /** 1 for a first filing, 2 for a correction (CelZlozenia); 1 by default. */
  @Value.Default
  public int purpose() {
    return 1;
  }

  /** The reason of a correction (P_ORDZU), written when {@link #purpose()} is 2. */
  public abstract Optional<String> correctionReason();

  /** The excess of input tax carried forward by the previous declaration (P_39, its P_62), full złoty; 0 by default. */
  @Value.Default
  public long previousExcess() {
    return 0;
  }

  /** The name of the system the data comes from (NazwaSystemu); {@code "Backoffice"} by default. */
  @Value.Default
  public String systemName() {
    return "Backoffice";
  }

  /** The time zone of the creation time (DataWytworzeniaJPK); Europe/Warsaw by default. */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("Europe/Warsaw");
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJpkV7Config.Builder builder() {
    return ImmutableJpkV7Config.builder();
  }

  @Value.Check
  JpkV7Config normalize() {
    String digits = nip().replace("-", "").replace(" ", "");
    if (!digits.equals(nip())) {
      return ImmutableJpkV7Config.copyOf(this).withNip(digits);
    }
    String s = "JPK_V7 configuration";
    Checks.check(nip().matches("[1-9]((\\d[1-9])|([1-9]\\d))\\d{7}") && JpkConfig.nipCheckDigitValid(nip()), s, "nip",
        nip(), "must be a valid NIP: ten digits with a correct check digit");
    Checks.check(!fullName().isBlank() && JpkConfig.collapse(fullName()).length() <= 240, s, "fullName", fullName(),
        "must be 1 to 240 characters");
    Checks.check(email().strip().matches("\\S+@\\S+") && email().strip().length() <= 255, s, "email", email(),
        "must be an e-mail address (something@something, at most 255 characters)");
    phone().ifPresent(p -> Checks.check(!p.isBlank() && p.strip().length() <= 16, s, "phone", p,
        "must be 1 to 16 characters"));
    Checks.check(JpkMarkers.taxOffice(taxOffice()).isPresent(), s, "taxOffice", taxOffice(),
        "must be a tax office code of the schema (TKodUS), e.g. 1435");
    Checks.check(purpose() == 1 || purpose() == 2, s, "purpose", purpose(), "must be 1 (first filing) or 2 (correction)");
    Checks.check(previousExcess() >= 0, s, "previousExcess", previousExcess(), "must not be negative");
    Checks.check(!systemName().isBlank() && systemName().length() <= 240, s, "systemName", systemName(),
        "must be 1 to 240 characters");
    return this;
  }
}
