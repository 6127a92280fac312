package dev.backoffice.payroll.declaration;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A row of part E of the PIT-11 (version 29, for revenue from 2023): the source of revenue and the form's
 * positions for its columns b (revenue), c (costs), d (income), e (exempt income) and f (advance withheld).
 * Rows without a column have no position for it.
 */
public enum Pit11Source {
  /** Row 1: employment (stosunek pracy), art. 12 ust. 1, except rows 2 and 3. */
  EMPLOYMENT(1, "Należności ze stosunku pracy (art. 12 ust. 1 ustawy o PIT)", "P_29", "P_30", "P_31", "P_32", "P_33"),
  /** Row 2: employment revenue of a person up to the day they turn 26, taxed (relief waived or limit exceeded). */
  EMPLOYMENT_UNDER_26(2, "Należności ze stosunku pracy otrzymane do ukończenia 26. roku życia", "P_36", "P_37", "P_38", "P_39", "P_40"),
  /** Row 3: employment revenue of a person of retirement age (senior relief), taxed. */
  EMPLOYMENT_SENIOR(3, "Należności ze stosunku pracy otrzymane od ukończenia wieku emerytalnego", "P_43", "P_44", "P_45", "P_46", "P_47"),
  /** Row 5: personal activity (art. 13 pkt 2, 4–9), including specific-task contracts (umowa o dzieło). */
  PERSONAL_ACTIVITY(5, "Działalność wykonywana osobiście (art. 13 pkt 2, 4–9), w tym umowa o dzieło", "P_54", "P_55", "P_56", null, "P_57"),
  /** Row 6: mandate contracts (umowa zlecenia, art. 13 pkt 8), except rows 7 and 8. */
  MANDATE(6, "Należności z tytułu umowy zlecenia (art. 13 pkt 8)", "P_58", "P_59", "P_60", null, "P_61"),
  /** Row 7: mandate revenue of a person up to the day they turn 26, taxed. */
  MANDATE_UNDER_26(7, "Umowa zlecenia: należności otrzymane do ukończenia 26. roku życia", "P_62", "P_63", "P_64", null, "P_65"),
  /** Row 8: mandate revenue of a person of retirement age (senior relief), taxed. */
  MANDATE_SENIOR(8, "Umowa zlecenia: należności otrzymane od ukończenia wieku emerytalnego", "P_66", "P_67", "P_68", null, "P_69"),
  /** Row 15: other sources, among them social insurance benefits (zasiłki) paid by the employer (art. 20 ust. 1). */
  OTHER_SOURCES(15, "Inne źródła (m.in. zasiłki pieniężne z ubezpieczenia społecznego, art. 20 ust. 1)", "P_90", "P_91", "P_92", "P_93", "P_94");

  private final int row;
  private final String polishName;
  private final ImmutableList<Optional<String>> positions;

  Pit11Source(int row, String polishName, String revenue, String costs, String income, @org.jspecify.annotations.Nullable String exempt,
      String advance) {
    this.row = row;
    this.polishName = polishName;
    this.positions = ImmutableList.of(Optional.of(revenue), Optional.of(costs), Optional.of(income), Optional.ofNullable(exempt),
        Optional.of(advance));
  }

  /** The row number in part E. */
  public int row() {
    return row;
  }

  /** The row's wording, shortened. */
  public String polishName() {
    return polishName;
  }

  /** The position of column b (revenue), e.g. {@code P_29}. */
  public String revenuePosition() {
    return positions.get(0).orElseThrow();
  }

  /** The position of column c (costs of income). */
  public String costsPosition() {
    return positions.get(1).orElseThrow();
  }

  /** The position of column d (income). */
  public String incomePosition() {
    return positions.get(2).orElseThrow();
  }

  /** The position of column e (exempt income), where the row has one. */
  public Optional<String> exemptIncomePosition() {
    return positions.get(3);
  }

  /** The position of column f (advance withheld). */
  public String advancePosition() {
    return positions.get(4).orElseThrow();
  }
}
