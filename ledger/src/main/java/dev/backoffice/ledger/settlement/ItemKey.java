package dev.backoffice.ledger.settlement;

import org.joda.money.CurrencyUnit;

/** Identifies an item: account, counterparty, document and currency (empty strings where not named). */
record ItemKey(String account, String partner, String document, CurrencyUnit currency) {
  ItemKey unapplied() {
    return new ItemKey(account, partner, "", currency);
  }
}
