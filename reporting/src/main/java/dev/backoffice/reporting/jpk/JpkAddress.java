package dev.backoffice.reporting.jpk;

import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The subject's Polish address as the JPK schemas' {@code TAdresPolski} has it (KodKraju is always PL).
 * Lengths are checked against the schemas: województwo, powiat, gmina up to 36 characters, street 65,
 * building number 9, flat 10, town and post office 56, postal code 8.
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JpkAddress {
  /** Województwo. */
  public abstract String voivodeship();

  /** Powiat. */
  public abstract String county();

  /** Gmina. */
  public abstract String municipality();

  /** Ulica. */
  public abstract Optional<String> street();

  /** Nr domu. */
  public abstract String building();

  /** Nr lokalu. */
  public abstract Optional<String> flat();

  /** Miejscowość. */
  public abstract String town();

  /** Kod pocztowy, e.g. {@code 00-950}. */
  public abstract String postalCode();

  /** Poczta (JPK_KR(1) only); the town by default. */
  @Value.Default
  public String postOffice() {
    return town();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJpkAddress.Builder builder() {
    return ImmutableJpkAddress.builder();
  }

  /**
   * A placeholder that satisfies the schemas ("nieznane", postal code 00-000), for a file whose subject
   * address is filled in elsewhere; a file for the tax office needs the real address.
   *
   * @return the placeholder
   */
  public static JpkAddress unknown() {
    return builder().voivodeship("nieznane").county("nieznany").municipality("nieznana").building("0")
        .town("nieznana").postalCode("00-000").build();
  }

  /** True for {@link #unknown()}. */
  public boolean isPlaceholder() {
    return equals(unknown());
  }

  @Value.Check
  void check() {
    text("voivodeship", voivodeship(), 36);
    text("county", county(), 36);
    text("municipality", municipality(), 36);
    street().ifPresent(s -> text("street", s, 65));
    text("building", building(), 9);
    flat().ifPresent(s -> text("flat", s, 10));
    text("town", town(), 56);
    text("postalCode", postalCode(), 8);
    text("postOffice", postOffice(), 56);
  }

  private static void text(String field, String value, int max) {
    Checks.check(!value.isBlank() && value.strip().length() <= max, "JPK address", field, value,
        "must be 1 to " + max + " characters");
  }
}
