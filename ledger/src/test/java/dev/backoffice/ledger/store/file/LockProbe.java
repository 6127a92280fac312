package dev.backoffice.ledger.store.file;

import java.nio.file.Path;

/**
 * A child process for the lock tests: tries to open the store in its argument; exit 0 when it opened (and
 * closed) it, 3 when the open was refused with a {@link StoreFileException}.
 */
final class LockProbe {
  private LockProbe() {}

  public static void main(String[] args) {
    try {
      FileLedgerStore.open(Path.of(args[0])).close();
      System.exit(0);
    } catch (StoreFileException refused) {
      System.exit(3);
    }
  }
}
