package dev.backoffice.ledger.io;

import dev.backoffice.core.error.ValidationException;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/**
 * The checks of names that need the model's classes: an account name as an {@link Account} of the chart, a
 * commodity as a Joda-Money currency. Apart from {@link Symbols} so that the balance path, which checks names
 * without them where it can, loads none of those classes.
 */
final class NameChecks {
  private NameChecks() {}

  /**
   * The chart account for a journal account name: code = the full name, name = its last {@code :} part,
   * type inferred from the name, parent = the name up to the last {@code :}.
   *
   * @param code the full name
   * @return the account
   * @throws ValidationException when the name is not a valid account code
   */
  static Account accountOf(String code) {
    if (code.isEmpty()) {
      throw new ValidationException("account", code, "must not be empty");
    }
    char first = code.charAt(0);
    if (first == '(' || first == '[') {
      throw new ValidationException("account", code,
          "must not start with '(' or '[' (virtual postings are not supported)");
    }
    if (first == '*' || first == '!') {
      throw new ValidationException("account", code, "must not start with '*' or '!' (posting status marks are not supported)");
    }
    int colon = code.lastIndexOf(':');
    for (String part : code.split(":", -1)) {
      if (part.isBlank()) {
        throw new ValidationException("account", code, "must not have an empty part between ':' separators");
      }
    }
    String last = colon < 0 ? code : code.substring(colon + 1);
    return Account.builder().code(code).name(last.strip()).type(AccountType.infer(code))
        .parent(colon < 0 ? java.util.Optional.empty() : java.util.Optional.of(code.substring(0, colon)))
        .build();
  }

  static CurrencyUnit jodaCurrency(String code, int scale) {
    CurrencyUnit cu;
    try {
      cu = CurrencyUnit.of(code);
    } catch (IllegalCurrencyException e) {
      throw new ValidationException("commodity", code, "must be an ISO 4217 currency code such as PLN or EUR");
    }
    if (cu.getDecimalPlaces() != scale) {
      throw new ValidationException("commodity", code, "must have the same decimal places in the JDK ("
          + scale + ") and Joda-Money (" + cu.getDecimalPlaces() + ") currency data");
    }
    return cu;
  }

}
