package dev.backoffice.reporting.trialbalance;

/** Which accounts a trial balance lists. */
public enum AccountLevel {
  /**
   * Every account with postings, each with its own postings only (no roll-up): the analytic accounts
   * (konta analityczne) where the chart has them. The rows add up to the totals.
   */
  POSTING,
  /**
   * The synthetic accounts (konta syntetyczne, the roots of the chart) only, each summing its subtree.
   * Balances are expanded (saldo rozwinięte): the debit balances and the credit balances of the accounts
   * below are summed separately, so a settlement account can show both.
   */
  SYNTHETIC,
  /**
   * Every level: each synthetic account with its subtree sums, followed by its analytic accounts, in tree
   * order. Only the posting-level rows add up to the totals.
   */
  HIERARCHY
}
