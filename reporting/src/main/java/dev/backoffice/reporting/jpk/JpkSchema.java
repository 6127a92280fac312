package dev.backoffice.reporting.jpk;

import dev.backoffice.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The JPK_KR schema versions Backoffice writes, as published by the Ministry of Finance.
 */
public enum JpkSchema {
  /**
   * JPK_KR(1) of 2016: {@code kodSystemowy="JPK_KR (1)"}, {@code wersjaSchemy="1-0"}, namespace
   * {@code http://jpk.mf.gov.pl/wzor/2016/03/09/03091/}. Dates are limited to 1900-01-01…2030-12-31 by the 2016
   * types; journal lines carry both sides ({@code KodKontaWinien}/{@code KodKontaMa}, the unused one
   * {@code "null"} with {@code 0.00}).
   */
  KR("JPK_KR", "JPK_KR (1)", "1-0", "http://jpk.mf.gov.pl/wzor/2016/03/09/03091/",
      "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2016/01/25/eD/DefinicjeTypy/", LocalDate.of(2030, 12, 31)),
  /**
   * JPK_KR_PD(1) of 2024, schema revision 1-1: {@code kodSystemowy="JPK_KR_PD (1)"}, {@code wersjaSchemy="1-1"},
   * namespace {@code http://jpk.mf.gov.pl/wzor/2024/09/04/09041/}, with account markers ({@code S_12_1}), the
   * postings nested in their journal entry with one side each, and the tax reconciliation {@code RPD}. Dates
   * up to 2050-12-31.
   */
  KR_PD("JPK_KR_PD", "JPK_KR_PD (1)", "1-1", "http://jpk.mf.gov.pl/wzor/2024/09/04/09041/",
      "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/", LocalDate.of(2050, 12, 31));

  /** The earliest date the schemas' {@code etd:TData} accepts. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  private final String formCode;
  private final String systemCode;
  private final String version;
  private final String namespace;
  private final String typesNamespace;
  private final LocalDate maxDate;

  JpkSchema(String formCode, String systemCode, String version, String namespace, String typesNamespace, LocalDate maxDate) {
    this.formCode = formCode;
    this.systemCode = systemCode;
    this.version = version;
    this.namespace = namespace;
    this.typesNamespace = typesNamespace;
    this.maxDate = maxDate;
  }

  /**
   * The schema named on the command line.
   *
   * @param text {@code kr} or {@code kr-pd} (case-insensitive)
   * @return the schema
   * @throws ValidationException for anything else
   */
  public static JpkSchema parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "kr":
        return KR;
      case "kr-pd":
      case "kr_pd":
        return KR_PD;
      default:
        throw new ValidationException("schema", text, "must be kr or kr-pd");
    }
  }

  /** {@code KodFormularza}: {@code JPK_KR} or {@code JPK_KR_PD}. */
  public String formCode() {
    return formCode;
  }

  /** The {@code kodSystemowy} attribute. */
  public String systemCode() {
    return systemCode;
  }

  /** The {@code wersjaSchemy} attribute. */
  public String version() {
    return version;
  }

  /** The target namespace of the schema. */
  public String namespace() {
    return namespace;
  }

  /** The namespace of the imported type definitions ({@code etd}). */
  public String typesNamespace() {
    return typesNamespace;
  }

  /** The latest date the schema's date type accepts. */
  public LocalDate maxDate() {
    return maxDate;
  }
}
