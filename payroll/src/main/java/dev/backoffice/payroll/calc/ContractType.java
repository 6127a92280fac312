package dev.backoffice.payroll.calc;

import dev.backoffice.core.error.ValidationException;
import java.util.Locale;

/** The kind of contract under which a person is paid; it decides which contributions and costs apply. */
public enum ContractType {
  /** Employment contract (umowa o pracę): all ZUS contributions, health, monthly costs 250/300 zł, tax scale 12/32 %. */
  EMPLOYMENT("employment", "umowa o pracę"),
  /** Mandate contract (umowa zlecenie): pension, disability, accident, health; sickness voluntary; 20 % costs; advance 12 %. */
  MANDATE("mandate", "umowa zlecenie"),
  /** Specific-task contract (umowa o dzieło): no ZUS and no health; 20 % or 50 % costs; advance 12 %. */
  SPECIFIC_TASK("specific-task", "umowa o dzieło");

  private final String id;
  private final String polishName;

  ContractType(String id, String polishName) {
    this.id = id;
    this.polishName = polishName;
  }

  /** The identifier used on the command line and in test tables: {@code employment}, {@code mandate}, {@code specific-task}. */
  public String id() {
    return id;
  }

  /** The Polish name, e.g. {@code "umowa o pracę"}. */
  public String polishName() {
    return polishName;
  }

  /**
   * The contract type from its identifier or constant name, case-insensitive.
   *
   * @param text {@code employment}, {@code mandate} or {@code specific-task}
   * @return the type
   * @throws ValidationException naming the text when it is none of them
   */
  public static ContractType parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ContractType c : values()) {
      if (c.id.equals(t)) {
        return c;
      }
    }
    throw new ValidationException("contract", text, "must be employment, mandate or specific-task");
  }
}
