package dev.backoffice.reporting.statement;

/** The financial statements of annex 1 to the Polish Accounting Act that Backoffice produces. */
public enum StatementKind {
  /** The balance sheet (bilans). */
  BALANCE_SHEET("Bilans", "Balance sheet"),
  /** The income statement, comparative variant (rachunek zysków i strat, wariant porównawczy), lines A–L. */
  INCOME_COMPARATIVE("Rachunek zysków i strat (wariant porównawczy)", "Income statement (comparative variant)"),
  /** The income statement, cost-of-sales variant (wariant kalkulacyjny), lines A–O. */
  INCOME_COST_OF_SALES("Rachunek zysków i strat (wariant kalkulacyjny)", "Income statement (cost-of-sales variant)"),
  /** The cash-flow statement, indirect method (rachunek przepływów pieniężnych, metoda pośrednia), lines A–G. */
  CASH_FLOW_INDIRECT("Rachunek przepływów pieniężnych (metoda pośrednia)", "Cash-flow statement (indirect method)"),
  /** The cash-flow statement, direct method (metoda bezpośrednia), lines A–G. */
  CASH_FLOW_DIRECT("Rachunek przepływów pieniężnych (metoda bezpośrednia)", "Cash-flow statement (direct method)");

  private final String polishName;
  private final String englishName;

  StatementKind(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The statement's Polish title. */
  public String polishName() {
    return polishName;
  }

  /** The statement's English title. */
  public String englishName() {
    return englishName;
  }

  /** True for the two income-statement variants, whose amounts are turnovers of a period. */
  public boolean isIncomeStatement() {
    return this == INCOME_COMPARATIVE || this == INCOME_COST_OF_SALES;
  }

  /** True for the two cash-flow variants, whose amounts are flows of a period. */
  public boolean isCashFlow() {
    return this == CASH_FLOW_INDIRECT || this == CASH_FLOW_DIRECT;
  }
}
