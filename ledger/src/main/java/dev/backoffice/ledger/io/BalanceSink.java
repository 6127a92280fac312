package dev.backoffice.ledger.io;

/**
 * Sums the lines of every transaction up to a date into per-account, per-commodity balances in minor units
 * (debit positive): what {@code balance} reports, with no object per transaction.
 */
final class BalanceSink extends SumSink {
  private final int lastDateKey;

  /**
   * @param lastDateKey the last date counted as {@code yyyymmdd}; later transactions are read and checked only
   */
  BalanceSink(String source, int lastDateKey) {
    super(source, 1);
    this.lastDateKey = lastDateKey;
  }

  @Override
  void lines(Txn t, Symbols s) {
    if (t.dateKey > lastDateKey) {
      return;
    }
    for (int i = 0; i < t.lines; i++) {
      add(t.lAcct[i], t.lCmd[i], 0, signed(t, i), t, s);
    }
  }
}
