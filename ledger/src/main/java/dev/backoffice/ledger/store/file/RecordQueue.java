package dev.backoffice.ledger.store.file;

import dev.backoffice.ledger.store.LedgerRecord;
import java.util.Arrays;

/**
 * Records appended to a {@link FileLedgerStore} and not yet written, with their group marks. Owned by the
 * store: filled under its mutex, emptied by the drain that writes it.
 */
final class RecordQueue {
  LedgerRecord[] records = new LedgerRecord[64];
  boolean[] continues = new boolean[64];
  int size;

  void add(LedgerRecord r, boolean groupContinues) {
    if (size == records.length) {
      records = Arrays.copyOf(records, size * 2);
      continues = Arrays.copyOf(continues, size * 2);
    }
    records[size] = r;
    continues[size] = groupContinues;
    size++;
  }

  void clear() {
    Arrays.fill(records, 0, size, null);
    size = 0;
  }
}
