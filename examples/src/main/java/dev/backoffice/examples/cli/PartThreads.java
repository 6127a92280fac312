package dev.backoffice.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * Runs each task on a new daemon thread: the tool owns its process and runs one balance, so a pool (and the
 * classes it loads) would only add to the start-up time. {@link #parallelism} says how many parts a file is read
 * in.
 */
final class PartThreads implements Executor {
  /**
   * Below this size a file is read with one core fewer than the machine has. A run of the tool is short, and for
   * most of a small file's parse the JIT compilers are still at work on the parser's hot methods: on two cores,
   * a second part competes with them for the other core, and one part is faster (100k transactions, 21.6 MB:
   * 0.26 s against 0.30 s best of 15; even at 86 MB; two parts win from about 130 MB, docs/PERFORMANCE.md).
   */
  static final long SHARED_WITH_COMPILER_BYTES = 64L << 20;

  @Override
  public void execute(Runnable task) {
    Thread t = new Thread(task, "balance-part");
    t.setDaemon(true);
    t.start();
  }

  /**
   * How many parts to read {@code file} in: one per core, but one core fewer for a file below
   * {@link #SHARED_WITH_COMPILER_BYTES} (at least one).
   */
  static int parallelism(Path file) {
    return parallelism(file.toFile().length(), Runtime.getRuntime().availableProcessors());
  }

  /** {@link #parallelism(Path)} for a file of {@code bytes} on {@code cores} cores. */
  static int parallelism(long bytes, int cores) {
    int n = bytes < SHARED_WITH_COMPILER_BYTES ? cores - 1 : cores;
    return Math.max(1, n);
  }
}
