package dev.backoffice.ledger.account;

import dev.backoffice.ledger.entry.Side;

/** What an account records; decides its usual normal balance and its {@link AccountCategory}. */
public enum AccountType {
  /** Assets (aktywa): debit balance, balance sheet. */
  ASSET(Side.DEBIT, AccountCategory.BALANCE_SHEET),
  /** Liabilities (zobowiązania): credit balance, balance sheet. */
  LIABILITY(Side.CREDIT, AccountCategory.BALANCE_SHEET),
  /** Equity (kapitał własny, incl. result 860): credit balance, balance sheet. */
  EQUITY(Side.CREDIT, AccountCategory.BALANCE_SHEET),
  /** Revenue and gains (przychody): credit balance, closed to the result. */
  REVENUE(Side.CREDIT, AccountCategory.RESULT),
  /** Expenses and losses (koszty): debit balance, closed to the result. */
  EXPENSE(Side.DEBIT, AccountCategory.RESULT),
  /** Off-balance memoranda (konta pozabilansowe). */
  OFF_BALANCE(Side.DEBIT, AccountCategory.OFF_BALANCE);

  private final Side normalBalance;
  private final AccountCategory category;

  AccountType(Side normalBalance, AccountCategory category) {
    this.normalBalance = normalBalance;
    this.category = category;
  }

  /** The side on which accounts of this type usually carry their balance. */
  public Side normalBalance() {
    return normalBalance;
  }

  /** Balance-sheet, result or off-balance. */
  public AccountCategory category() {
    return category;
  }

  /**
   * Guesses the type of an account from its code or name, for journals that do not declare types: the
   * hledger/ledger top-level names ({@code Assets}, {@code Liabilities}, {@code Equity}, {@code Income} or
   * {@code Revenue}, {@code Expenses}) and the Polish chart's numbering (zespół 0–3 assets, 2 settlements
   * as assets, 4–5 costs, 7 revenue unless the second digit is odd, 8 equity except 870 tax, 9 off-balance).
   *
   * @param codeOrName the account code or full name
   * @return the inferred type; {@link #ASSET} when nothing is recognised
   */
  public static AccountType infer(String codeOrName) {
    String s = codeOrName.strip();
    String top = s.split("[:\\s]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    switch (top) {
      case "assets": case "asset": case "aktywa":
        return ASSET;
      case "liabilities": case "liability": case "pasywa": case "zobowiązania":
        return LIABILITY;
      case "equity": case "kapitał":
        return EQUITY;
      case "income": case "revenue": case "revenues": case "przychody":
        return REVENUE;
      case "expenses": case "expense": case "koszty":
        return EXPENSE;
      default:
        break;
    }
    if (s.length() >= 3 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1)) && Character.isDigit(s.charAt(2))) {
      int group = s.charAt(0) - '0';
      int second = s.charAt(1) - '0';
      int third = s.charAt(2) - '0';
      switch (group) {
        case 4: case 5: case 6:
          return group == 6 ? ASSET : EXPENSE;
        case 7:
          // 70x, 72x, 74x, 76x revenue lines pair with odd "cost" accounts 701, 731, 751, 761
          return third % 2 == 1 ? EXPENSE : REVENUE;
        case 8:
          return second == 7 ? EXPENSE : EQUITY;
        case 9:
          return OFF_BALANCE;
        default:
          return ASSET;
      }
    }
    return ASSET;
  }
}
