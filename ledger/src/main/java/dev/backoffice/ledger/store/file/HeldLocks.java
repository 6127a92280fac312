package dev.backoffice.ledger.store.file;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock files this JVM holds for open stores: the one piece of process-wide state in the module, and it
 * mirrors a process-wide fact. An OS file lock ({@code fcntl} on Linux) belongs to the process, not to the
 * channel that took it, and closing <em>any</em> descriptor of the file drops it. So a second open of a store
 * already open in this JVM must be refused before it opens {@code ledger.lock} at all: opening the file, finding
 * the lock taken ({@link java.nio.channels.OverlappingFileLockException}) and closing it again would release the
 * first store's lock, and another process could then write the same log (found by a black-box test).
 */
final class HeldLocks {
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
  /** Lock-file handles that must never be closed (nor collected, whose cleaner would close them). */
  private static final Set<RandomAccessFile> RETAINED = ConcurrentHashMap.newKeySet();

  private HeldLocks() {}

  /**
   * Claims a lock file for this JVM.
   *
   * @param lockFile the absolute, normalized path of a store's lock file
   * @return false when a store of this JVM already holds it
   */
  static boolean claim(Path lockFile) {
    return HELD.add(lockFile);
  }

  /**
   * Keeps a handle of a lock file open for the life of the JVM: found locked by code of this JVM other than a
   * store, it cannot be closed without releasing that code's lock.
   */
  static void retain(RandomAccessFile handle) {
    RETAINED.add(handle);
  }

  /** Gives a claim back, after the OS lock was released (or never taken). */
  static void release(Path lockFile) {
    HELD.remove(lockFile);
  }
}
