package dev.backoffice.ledger.io;

/**
 * A balance assertion of a journal that does not hold: after the posting, in date order and within a date in
 * file order, the account's balance differs from the one asserted. The message reads
 * {@code file:line:column: balance assertion failed on ACCOUNT: expected X, found Y}, the column being that of
 * the {@code =}; for {@code ==} the balance found lists every commodity the account holds.
 */
public class BalanceAssertionException extends JournalParseException {
  private static final long serialVersionUID = 1L;

  private final String account;
  private final String expected;
  private final String found;

  /**
   * Creates the failure.
   *
   * @param file the source name
   * @param line the line of the posting, from 1
   * @param column the column of its {@code =}, from 1
   * @param account the account asserted
   * @param expected the balance asserted, as {@code 900.00 PLN}
   * @param found the balance found, as {@code 850.00 PLN} (for {@code ==}, every commodity: {@code 900.00 PLN, 5.00 EUR})
   */
  public BalanceAssertionException(String file, long line, int column, String account, String expected, String found) {
    super(file, line, column, "balance assertion", account, "expected " + expected + ", found " + found);
    this.account = account;
    this.expected = expected;
    this.found = found;
  }

  @Override
  public String getMessage() {
    return file() + ":" + line() + ":" + column() + ": balance assertion failed on " + account + ": expected " + expected
        + ", found " + found;
  }

  /** The account asserted. */
  public String account() {
    return account;
  }

  /** The balance asserted, as {@code 900.00 PLN}. */
  public String expected() {
    return expected;
  }

  /** The balance found. */
  public String found() {
    return found;
  }
}
