package dev.backoffice.reporting.jpk;

/**
 * The two forms of the VAT file with declaration, third version (wzór 2025/12/19, from 1 February 2026):
 * JPK_V7M for monthly filers (declaration VAT-7 every month), JPK_V7K for quarterly ones (the register every month,
 * the declaration VAT-7K for the quarter with the file of its last month).
 */
public enum JpkV7Variant {
  /** JPK_V7M(3): the register and VAT-7 (23) for a month. */
  MONTHLY("http://crd.gov.pl/wzor/2025/12/19/14090/", "JPK_V7M (3)", "VAT-7", "VAT-7 (23)", "23"),
  /** JPK_V7K(3): the register for a month; VAT-7K (17) for the quarter in the file of its last month. */
  QUARTERLY("http://crd.gov.pl/wzor/2025/12/19/14089/", "JPK_V7K (3)", "VAT-7K", "VAT-7K (17)", "17");

  private final String namespace;
  private final String systemCode;
  private final String declarationCode;
  private final String declarationSystemCode;
  private final String declarationVariant;

  JpkV7Variant(String namespace, String systemCode, String declarationCode, String declarationSystemCode,
      String declarationVariant) {
    this.namespace = namespace;
    this.systemCode = systemCode;
    this.declarationCode = declarationCode;
    this.declarationSystemCode = declarationSystemCode;
    this.declarationVariant = declarationVariant;
  }

  /** The schema's target namespace. */
  public String namespace() {
    return namespace;
  }

  /** The {@code kodSystemowy} of the file ({@code JPK_V7M (3)}). */
  public String systemCode() {
    return systemCode;
  }

  /** The declaration's form code ({@code VAT-7} or {@code VAT-7K}). */
  public String declarationCode() {
    return declarationCode;
  }

  /** The declaration's {@code kodSystemowy} ({@code VAT-7 (23)}). */
  public String declarationSystemCode() {
    return declarationSystemCode;
  }

  /** The declaration's form variant ({@code 23} or {@code 17}). */
  public String declarationVariant() {
    return declarationVariant;
  }
}
