package dev.backoffice.payroll.calc;

/** What a component of gross pay is; it names the payslip line and suggests default flags. */
public enum ComponentKind {
  /** Base salary (wynagrodzenie zasadnicze) or the contract's fee. */
  BASE("Wynagrodzenie zasadnicze"),
  /** Bonus (premia). */
  BONUS("Premia"),
  /** Overtime pay with its supplements (nadgodziny). */
  OVERTIME("Wynagrodzenie za nadgodziny"),
  /** An allowance (dodatek, ekwiwalent); set its taxable and ZUS flags to what the law says of it. */
  ALLOWANCE("Dodatek"),
  /** Any other pay. */
  OTHER("Inny składnik");

  private final String polishName;

  ComponentKind(String polishName) {
    this.polishName = polishName;
  }

  /** The name printed on the payslip when the component has no name of its own. */
  public String polishName() {
    return polishName;
  }
}
