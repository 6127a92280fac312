package dev.backoffice.payroll.declaration;

import dev.backoffice.payroll.calc.ContractType;
import java.util.Optional;

/**
 * The ZUS insurance title code (kod tytułu ubezpieczenia, first four digits) an RCA block is reported under. The
 * fifth and sixth digits (right to a pension, degree of disability) are {@code 0 0} here: the terms do not hold
 * them.
 */
public enum InsuranceTitle {
  /** 0110: employee (pracownik), umowa o pracę. */
  EMPLOYEE("0110"),
  /** 0411: mandate contractor (osoba wykonująca pracę na podstawie umowy zlecenia). */
  MANDATE_CONTRACTOR("0411");

  private final String code;

  InsuranceTitle(String code) {
    this.code = code;
  }

  /** The four-digit code, e.g. {@code "0110"}. */
  public String code() {
    return code;
  }

  /** The full six-digit code with no pension right and no disability, e.g. {@code "011000"}. */
  public String fullCode() {
    return code + "00";
  }

  /**
   * The title of a contract, if it is insured at all (a specific-task contract is not).
   *
   * @param contract the contract
   * @return the title
   */
  public static Optional<InsuranceTitle> of(ContractType contract) {
    switch (contract) {
      case EMPLOYMENT:
        return Optional.of(EMPLOYEE);
      case MANDATE:
        return Optional.of(MANDATE_CONTRACTOR);
      default:
        return Optional.empty();
    }
  }
}
