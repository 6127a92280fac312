package dev.backoffice.examples.cli;

import java.util.concurrent.Executor;

/**
 * Runs each task on a new daemon thread: the tool owns its process and runs one balance, so a pool (and the
 * classes it loads) would only add to the start-up time.
 */
final class PartThreads implements Executor {
  @Override
  public void execute(Runnable task) {
    Thread t = new Thread(task, "balance-part");
    t.setDaemon(true);
    t.start();
  }
}
