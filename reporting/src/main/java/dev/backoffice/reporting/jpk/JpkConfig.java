package dev.backoffice.reporting.jpk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.backoffice.core.BackOfficeStyle;
import dev.backoffice.core.error.Checks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a JPK_KR file needs that the ledger does not know: the subject (NIP, full name, REGON, address), the
 * tax office, the operator and journal names, the JPK_KR_PD account markers and tax reconciliation.
 *
 * <p>Only the NIP and the name are required. The defaults let a file be produced from the command line's
 * {@code --nip} and {@code --name} alone and are valid under the schemas, but the address
 * ({@link JpkAddress#unknown()}) and the tax office ({@value #DEFAULT_TAX_OFFICE}) are placeholders: a file
 * for the tax office needs the real ones ({@link #placeholders()} lists what is still a placeholder).
 *
 * <pre>{@code
 * JpkConfig.builder().nip("526-025-02-74").fullName("Przykład sp. z o.o.").taxOffice("1435")
 *     .address(JpkAddress.builder()...build()).build();
 * }</pre>
 */
@Value.Immutable
@BackOfficeStyle
public abstract class JpkConfig {
  /** The default tax office code, a placeholder: 1471 Pierwszy Mazowiecki Urząd Skarbowy w Warszawie. */
  public static final String DEFAULT_TAX_OFFICE = "1471";

  /** The subject's NIP, ten digits (dashes and spaces given are dropped), with a valid check digit. */
  public abstract String nip();

  /** The subject's full name (pełna nazwa), 1 to 240 characters. */
  public abstract String fullName();

  /** The subject's REGON, 9 or 14 digits. */
  public abstract Optional<String> regon();

  /** The subject's address; a placeholder by default. */
  @Value.Default
  public JpkAddress address() {
    return JpkAddress.unknown();
  }

  /** The tax office code (KodUrzedu), one of the schemas' 400 codes; {@value #DEFAULT_TAX_OFFICE} by default. */
  @Value.Default
  public String taxOffice() {
    return DEFAULT_TAX_OFFICE;
  }

  /** Who booked the entries (KodOperatora, D_9); {@code "Backoffice"} by default. */
  @Value.Default
  public String operator() {
    return "Backoffice";
  }

  /** The journal's name (OpisDziennika, D_2); {@code "Dziennik główny"} by default. */
  @Value.Default
  public String journalName() {
    return "Dziennik główny";
  }

  /** The purpose (CelZlozenia): 1 a first filing, 2 a correction (JPK_KR_PD only). */
  @Value.Default
  public int purpose() {
    return 1;
  }

  /**
   * Account markers ({@code S_12_1}) by account code prefix, the longest prefix winning; empty means the
   * markers of the Polish template chart ({@link JpkMarkers#polishTemplate()}).
   */
  public abstract ImmutableMap<String, String> accountMarkers();

  /** The marker of accounts no prefix matches; {@value JpkMarkers#OTHER} by default. */
  @Value.Default
  public String otherAccountMarker() {
    return JpkMarkers.OTHER;
  }

  /** Income-tax markers ({@code S_12_3}) by account code prefix; none by default. */
  public abstract ImmutableMap<String, String> taxMarkers();

  /** The {@code RPD} section of JPK_KR_PD; all zero by default. */
  @Value.Default
  public JpkTaxReconciliation taxReconciliation() {
    return JpkTaxReconciliation.none();
  }

  /** The subject is taxed with the Estonian CIT (Znacznik_EST). */
  @Value.Default
  public boolean estonianCit() {
    return false;
  }

  /**
   * The subject reports under IFRS (Znacznik_MSSF): the trial balance then goes in {@code ZOiS8}, whose
   * markers are free text, instead of {@code ZOiS7}.
   */
  @Value.Default
  public boolean ifrs() {
    return false;
  }

  /** The first day of the tax year when it differs from the fiscal year (RokPdDataOd). */
  public abstract Optional<LocalDate> taxYearStart();

  /** The last day of the tax year when it differs from the fiscal year (RokPdDataDo). */
  public abstract Optional<LocalDate> taxYearEnd();

  /** The zone of the booking dates (DataKsiegowania) and of the file's creation time; Europe/Warsaw. */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("Europe/Warsaw");
  }

  /**
   * The configuration with defaults for everything but the subject.
   *
   * @param nip the NIP
   * @param fullName the full name
   * @return the configuration
   * @throws dev.backoffice.core.error.ValidationException if the NIP or the name is invalid
   */
  public static JpkConfig of(String nip, String fullName) {
    return builder().nip(nip).fullName(fullName).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableJpkConfig.Builder builder() {
    return ImmutableJpkConfig.builder();
  }

  /** The account markers in force: the configured ones, or the Polish template's. */
  public ImmutableMap<String, String> effectiveAccountMarkers() {
    return accountMarkers().isEmpty() ? JpkMarkers.polishTemplate() : accountMarkers();
  }

  /** The settings still at their placeholder defaults, to be replaced before filing. */
  public ImmutableList<String> placeholders() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (address().isPlaceholder()) {
      out.add("address is a placeholder (JpkAddress.unknown())");
    }
    if (taxOffice().equals(DEFAULT_TAX_OFFICE)) {
      out.add("tax office is the default " + DEFAULT_TAX_OFFICE + " ("
          + JpkMarkers.taxOffice(DEFAULT_TAX_OFFICE).orElse("") + ")");
    }
    return out.build();
  }

  /** Drops the dashes and spaces of a NIP as written ({@code 526-025-02-74}), then checks every field. */
  @Value.Check
  JpkConfig normalize() {
    String digits = nip().replace("-", "").replace(" ", "");
    if (!digits.equals(nip())) {
      return ImmutableJpkConfig.copyOf(this).withNip(digits);
    }
    check();
    return this;
  }

  private void check() {
    String s = "JPK configuration";
    Checks.check(nip().matches("[1-9]((\\d[1-9])|([1-9]\\d))\\d{7}") && nipCheckDigitValid(nip()), s, "nip", nip(),
        "must be a valid NIP: ten digits with a correct check digit");
    Checks.check(!fullName().isBlank() && collapse(fullName()).length() <= 240, s, "fullName", fullName(),
        "must be 1 to 240 characters");
    regon().ifPresent(r -> Checks.check(r.matches("\\d{9}|\\d{14}"), s, "regon", r, "must be 9 or 14 digits"));
    Checks.check(JpkMarkers.taxOffice(taxOffice()).isPresent(), s, "taxOffice", taxOffice(),
        "must be a tax office code of the JPK schemas (TKodUS), e.g. 1435");
    Checks.check(!operator().isBlank() && collapse(operator()).length() <= 256, s, "operator", operator(),
        "must be 1 to 256 characters");
    Checks.check(!journalName().isBlank() && collapse(journalName()).length() <= 256, s, "journalName", journalName(),
        "must be 1 to 256 characters");
    Checks.check(purpose() == 1 || purpose() == 2, s, "purpose", purpose(), "must be 1 (first filing) or 2 (correction)");
    JpkMarkers.check(accountMarkers(), false, "accountMarkers");
    JpkMarkers.check(taxMarkers(), true, "taxMarkers");
    Checks.check(JpkMarkers.accountMarker(otherAccountMarker()).isPresent(), s, "otherAccountMarker",
        otherAccountMarker(), "must be a marker of the JPK_KR_PD dictionary TMapKontaPOZ");
    Checks.check(taxYearStart().isPresent() == taxYearEnd().isPresent(), s, "taxYearEnd", taxYearEnd().orElse(null),
        "must be given together with taxYearStart");
    if (taxYearStart().isPresent() && taxYearEnd().isPresent()) {
      Checks.check(!taxYearEnd().get().isBefore(taxYearStart().get()), s, "taxYearEnd", taxYearEnd().get(),
          "must not be before taxYearStart " + taxYearStart().get());
    }
  }

  /** NIP check digit: weights 6 5 7 2 3 4 5 6 7 on the first nine digits, sum mod 11 is the tenth digit. */
  static boolean nipCheckDigitValid(String nip) {
    int[] w = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += w[i] * (nip.charAt(i) - '0');
    }
    int check = sum % 11;
    return check != 10 && check == nip.charAt(9) - '0';
  }

  static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
