package dev.backoffice.payroll.calc;

/**
 * The stable identifier of a payslip line. Codes never change meaning; new codes may be added.
 * Each code belongs to a {@link Category} that says how the line enters the totals.
 */
public enum LineCode {
  /** Base pay component. */
  BASE_PAY(Category.EARNING, "Wynagrodzenie zasadnicze"),
  /** Bonus component. */
  BONUS(Category.EARNING, "Premia"),
  /** Overtime component. */
  OVERTIME(Category.EARNING, "Wynagrodzenie za nadgodziny"),
  /** Allowance component. */
  ALLOWANCE(Category.EARNING, "Dodatek"),
  /** Other pay component. */
  OTHER_PAY(Category.EARNING, "Inny składnik"),
  /** Deduction for unpaid absence (negative amount). */
  UNPAID_ABSENCE(Category.EARNING, "Potrącenie za nieobecność nieodpłatną"),
  /** Employer-financed sick pay. */
  EMPLOYER_SICK_PAY(Category.EARNING, "Wynagrodzenie chorobowe"),
  /** Sickness benefit financed by ZUS. */
  SICKNESS_BENEFIT(Category.EARNING, "Zasiłek chorobowy"),
  /** Gross pay: the sum of the earning lines. */
  GROSS(Category.SUMMARY, "Wynagrodzenie brutto"),
  /** The social contribution base of the month, before the 30× cap (information). */
  CONTRIBUTION_BASE(Category.INFORMATION, "Podstawa wymiaru składek społecznych"),
  /** Employee pension contribution. */
  EMPLOYEE_PENSION(Category.EMPLOYEE_DEDUCTION, "Składka emerytalna (pracownik)"),
  /** Employee disability contribution. */
  EMPLOYEE_DISABILITY(Category.EMPLOYEE_DEDUCTION, "Składka rentowa (pracownik)"),
  /** Employee sickness contribution. */
  EMPLOYEE_SICKNESS(Category.EMPLOYEE_DEDUCTION, "Składka chorobowa"),
  /** Health insurance contribution. */
  HEALTH(Category.EMPLOYEE_DEDUCTION, "Składka zdrowotna"),
  /** Employer PPK contribution added to taxable revenue (information). */
  EMPLOYER_PPK_REVENUE(Category.INFORMATION, "Wpłata pracodawcy do PPK – przychód pracownika"),
  /** Revenue exempt under a zero-PIT relief (information). */
  EXEMPT_REVENUE(Category.INFORMATION, "Przychód zwolniony z PIT"),
  /** Costs of income (KUP). */
  COSTS_OF_INCOME(Category.INFORMATION, "Koszty uzyskania przychodu"),
  /** The tax base, whole złoty. */
  TAX_BASE(Category.INFORMATION, "Podstawa opodatkowania"),
  /** Tax at the lower rate, before the reduction (information). */
  TAX_LOWER(Category.INFORMATION, "Podatek według stawki 12 %"),
  /** Tax at the upper rate, before the reduction (information). */
  TAX_UPPER(Category.INFORMATION, "Podatek według stawki 32 %"),
  /** The monthly reduction with PIT-2 (information). */
  TAX_REDUCTION(Category.INFORMATION, "Kwota zmniejszająca podatek (PIT-2)"),
  /** The tax advance withheld, whole złoty. */
  TAX_ADVANCE(Category.EMPLOYEE_DEDUCTION, "Zaliczka na podatek dochodowy"),
  /** The flat tax withheld on a small agreement, whole złoty. */
  FLAT_TAX(Category.EMPLOYEE_DEDUCTION, "Zryczałtowany podatek dochodowy"),
  /** Employee PPK contribution. */
  EMPLOYEE_PPK(Category.EMPLOYEE_DEDUCTION, "Wpłata pracownika do PPK"),
  /** Net pay. */
  NET(Category.SUMMARY, "Wynagrodzenie netto (do wypłaty)"),
  /** Employer pension contribution. */
  EMPLOYER_PENSION(Category.EMPLOYER_CHARGE, "Składka emerytalna (pracodawca)"),
  /** Employer disability contribution. */
  EMPLOYER_DISABILITY(Category.EMPLOYER_CHARGE, "Składka rentowa (pracodawca)"),
  /** Accident contribution. */
  EMPLOYER_ACCIDENT(Category.EMPLOYER_CHARGE, "Składka wypadkowa"),
  /** Labour Fund. */
  LABOR_FUND(Category.EMPLOYER_CHARGE, "Fundusz Pracy"),
  /** Guaranteed Employee Benefits Fund. */
  GUARANTEED_BENEFITS_FUND(Category.EMPLOYER_CHARGE, "Fundusz Gwarantowanych Świadczeń Pracowniczych"),
  /** Employer PPK contribution. */
  EMPLOYER_PPK(Category.EMPLOYER_CHARGE, "Wpłata pracodawcy do PPK"),
  /** Employer cost: gross plus the employer charges. */
  EMPLOYER_COST(Category.SUMMARY, "Koszt pracodawcy");

  /** How a line enters the totals. */
  public enum Category {
    /** Part of gross pay. */
    EARNING,
    /** Withheld from gross pay; net is gross less these. */
    EMPLOYEE_DEDUCTION,
    /** Paid by the employer on top of gross pay. */
    EMPLOYER_CHARGE,
    /** A total (gross, net, employer cost). */
    SUMMARY,
    /** Shows a step of the computation; adds to no total. */
    INFORMATION
  }

  private final Category category;
  private final String polishName;

  LineCode(Category category, String polishName) {
    this.category = category;
    this.polishName = polishName;
  }

  /** How the line enters the totals. */
  public Category category() {
    return category;
  }

  /** The Polish name printed on the payslip. */
  public String polishName() {
    return polishName;
  }

  static LineCode of(ComponentKind kind) {
    switch (kind) {
      case BASE:
        return BASE_PAY;
      case BONUS:
        return BONUS;
      case OVERTIME:
        return OVERTIME;
      case ALLOWANCE:
        return ALLOWANCE;
      default:
        return OTHER_PAY;
    }
  }
}
